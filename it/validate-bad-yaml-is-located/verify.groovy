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

// Three invocations, three failures, each one located message and no stack trace.
expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-bad-yaml-is-located ---',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-bad-yaml-is-located: malformed.yaml has 1 error:',
    "[ERROR]   malformed.yaml:8:3: YAML syntax error: expected ',' or '}', but got <scalar> (while parsing a flow mapping that starts at line 7, column 13)",
    '[ERROR] -> [Help 1]',

    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-bad-yaml-is-located ---',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-bad-yaml-is-located: empty.yaml has 1 error:',
    "[ERROR]   empty.yaml:1:1: the file is empty. A design starts with 'version: 1' and an 'app' section; run 'mvn builder:init' for a commented starter.",
    '[ERROR] -> [Help 1]',

    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-bad-yaml-is-located ---',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-bad-yaml-is-located: bomb.yaml has 1 error:',
    '[ERROR]   bomb.yaml:9:23: the YAML references anchored lists or mappings more than 50 times (an alias bomb?); a design file needs far fewer aliases.',
    '[ERROR] -> [Help 1]',
])
assert log.count('[INFO] BUILD FAILURE') == 3
assert !log.contains('[INFO] BUILD SUCCESS')
noStackTrace()
true
