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

    /**
     * A passing build is quiet and honest: no stack-trace line, no ERROR line (Maven's or an application
     * log's, plain or JSON), no WARN line of an application log; what its tests provoke they assert on.
     */
    void quiet() {
        def traces = lines.findAll { it ==~ /\s+at .*/ }
        assert traces.isEmpty() : "${traces.size()} stack-trace lines, the first: ${traces.take(3)}"
        def errors = lines.findAll { it.contains('[ERROR]') || it.contains(' ERROR ') || it.contains('"level":"ERROR"') }
        assert errors.isEmpty() : "${errors.size()} ERROR lines: ${errors.take(3)}"
        def warnings = lines.findAll { it.contains(' WARN ') || it.contains('"level":"WARN"') }
        assert warnings.isEmpty() : "${warnings.size()} WARN lines: ${warnings.take(3)}"
    }

    void noStackTrace() {
        assert !lines.any { it.contains('at dev.backendbuilder') || it.startsWith('\tat ') || it.contains('Exception:') } : 'a stack trace in the log'
    }
}

BuildLog
