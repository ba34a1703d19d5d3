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

expectInOrder([
    // Invocation 1: a broken design at designs/api.yaml; the message names that path, relative to the project.
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-custom-design-path ---',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-custom-design-path: designs/api.yaml has 1 error:',
    "[ERROR]   designs/api.yaml:8:22: unknown value 'money' for 'type'. Allowed: string, text, integer, long, decimal, boolean, date, datetime, uuid, enum.",
    '[ERROR] -> [Help 1]',
    // Invocation 2: a valid design at designs/valid.yaml; the summary names it.
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-custom-design-path ---',
    '[INFO] designs/valid.yaml is valid: 1 entity, 0 relationships, 2 endpoints, 0 roles (authentication: none)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.contains('design.yaml') && !it.contains('designs/') } : 'the default design.yaml was looked at'
noStackTrace()
true
