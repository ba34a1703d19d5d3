def log = new File(basedir, 'build.log').text.readLines()*.replaceAll(/\u001B\[[0-9;]*m/, '')
/** The lines appear in this order (other lines may come between). */
def expectInOrder = { List<String> lines ->
    int from = 0
    lines.each { line ->
        int at = log.subList(from, log.size()).indexOf(line.toString())
        assert at >= 0 : "missing (in order) log line: ${line}"
        from += at + 1
    }
}
def noStackTrace = {
    assert !log.any { it.contains('at dev.backendbuilder') || it.startsWith('\tat ') || it.contains('Exception:') } : 'a stack trace in the log'
}

// Skipped before the (absent) design is looked for.
expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-skip ---',
    '[INFO] Skipping builder:validate (builder.skip=true)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.contains('No design file') || it.startsWith('[ERROR]') }
true
