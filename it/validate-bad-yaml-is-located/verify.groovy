def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// Three invocations, three failures, each one located message and no stack trace.
log.expectInOrder([
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
log.noStackTrace()
true
