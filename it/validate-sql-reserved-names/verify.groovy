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

// Order, User, Group and fields order/key/value are SQL reserved words, not design errors.
expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-sql-reserved-names ---',
    '[INFO] design.yaml is valid: 3 entities, 2 relationships, 5 endpoints, 2 roles (authentication: basic)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
true
