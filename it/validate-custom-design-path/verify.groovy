def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

log.expectInOrder([
    // Invocation 1: a broken design at designs/api.yaml; the message names that path, relative to the project.
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-custom-design-path ---',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-custom-design-path: designs/api.yaml has 1 error:',
    "[ERROR]   designs/api.yaml:8:22: unknown value 'money' for 'type'. Did you mean 'decimal'? Allowed: string, text, integer, long, decimal, boolean, date, datetime, uuid, enum.",
    '[ERROR] -> [Help 1]',
    // Invocation 2: a valid design at designs/valid.yaml; the summary names it.
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-custom-design-path ---',
    '[INFO] designs/valid.yaml is valid: 1 entity, 0 relationships, 2 endpoints, 0 roles (authentication: none)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.contains('design.yaml') && !it.contains('designs/') } : 'the default design.yaml was looked at'
log.noStackTrace()
true
