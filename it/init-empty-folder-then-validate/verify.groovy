import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Invocation 1 (no project): init writes the three starter files.
def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:init (default-cli) @ standalone-pom ---',
    '[INFO] Wrote design.yaml',
    '[INFO] Wrote .builder/design-v1.schema.json',
    '[INFO] Wrote pom.xml',
    "[INFO] Next: edit design.yaml, then run 'mvn builder:validate'.",
    '[INFO] BUILD SUCCESS',
    // Invocation 2 (the pom init wrote): validate passes on the starter design.
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (default-cli) @ init-empty-folder-then-validate ---',
    '[INFO] design.yaml is valid: 3 entities, 2 relationships, 15 endpoints, 2 roles (authentication: jwt)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.contains('BUILD FAILURE') || it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }

def design = new File(basedir, 'design.yaml')
def schema = new File(basedir, '.builder/design-v1.schema.json')
def pom = new File(basedir, 'pom.xml')
[design, schema, pom].each { assert it.isFile() && it.length() > 0 : "not written: ${it}" }

// The starter design points editors at the schema and is named after the folder.
def designText = design.getText('UTF-8')
assert designText.startsWith('# yaml-language-server: $schema=.builder/design-v1.schema.json\n')
assert designText.contains('\nversion: 1\n')
assert designText =~ /(?m)^  name: init-empty-folder-then-validate\s/
assert designText =~ /(?m)^  package: com\.example\.initemptyfolderthenvalidate\s/

// The schema is valid JSON and a 2020-12 schema that requires version and app.
def json = new JsonSlurper().parse(schema)
assert json instanceof Map
assert json['$schema'] == 'https://json-schema.org/draft/2020-12/schema'
assert json.required == ['version', 'app']

// The pom configures this plugin, at the version that wrote it, bound to validate.
def project = new XmlSlurper().parse(pom)
assert project.groupId.text() == 'com.example'
assert project.artifactId.text() == 'init-empty-folder-then-validate'
def plugin = project.build.plugins.plugin.find { it.artifactId.text() == 'builder-maven-plugin' }
assert plugin.groupId.text() == 'dev.backendbuilder'
assert plugin.version.text() == '0.1.0-SNAPSHOT'
assert plugin.executions.execution.goals.goal*.text() == ['validate']

// Nothing else: no backups, no temporary files left by the atomic writes.
def names = basedir.list().toList().sort()
assert names == ['.builder', '.mvn', 'build.log', 'design.yaml', 'invoker.properties', 'pom.xml', 'verify.groovy'] : names
assert new File(basedir, '.builder').list().toList() == ['design-v1.schema.json']
true
