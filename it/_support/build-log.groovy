/**
 * The build.log of one invoker scenario, colour codes removed, with the assertions every
 * verify.groovy makes. Loaded by each script:
 *   def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
 */
class BuildLog {
    @Delegate
    final List<String> lines

    private BuildLog(List<String> lines) {
        this.lines = lines
    }

    static BuildLog read(File basedir) {
        new BuildLog(new File(basedir, 'build.log').text.readLines()*.replaceAll(/\u001B\[[0-9;]*m/, ''))
    }

    /** The lines appear in this order (other lines may come between); a Pattern (~/.../) matches a whole line. */
    void expectInOrder(List expected) {
        int from = 0
        expected.each { line ->
            int at = lines.subList(from, lines.size()).findIndexOf {
                line instanceof java.util.regex.Pattern ? it ==~ line : it == line.toString()
            }
            assert at >= 0 : "missing (in order) log line: ${line}"
            from += at + 1
        }
    }

    void noStackTrace() {
        assert !lines.any { it.contains('at dev.backendbuilder') || it.startsWith('\tat ') || it.contains('Exception:') } : 'a stack trace in the log'
    }
}

BuildLog
