import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:report (builder-gates) @ report-install-attaches-artifacts ---',
    '[INFO] Implementation report: target/builder/implementation-report.md (also .json, .html; target/builder/builder.sarif)',
    '[INFO]   coverage: passed, line coverage 0.9285, branch coverage 0.8750',
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()

def installed = new File(localRepositoryPath, 'com/example/it/report-install-attaches-artifacts/1.0.0')
def name = 'report-install-attaches-artifacts-1.0.0-implementation-report'
['md', 'json', 'html', 'sarif'].each { type ->
    def file = new File(installed, "${name}.${type}")
    assert file.isFile() : "not installed: ${file}"
    def built = new File(basedir, type == 'sarif' ? 'target/builder/builder.sarif' : "target/builder/implementation-report.${type}")
    assert file.bytes == built.bytes
}
def json = new JsonSlurper().parse(new File(installed, "${name}.json"))
assert json.generatedAt == '2026-01-01T00:00:00Z'
assert json.verdict.status == 'PASSED'
assert json.verdict.violations.isEmpty()
assert new File(installed, "${name}.md").text.contains('com.example.it:report-install-attaches-artifacts:1.0.0, generated 2026-01-01T00:00:00Z')
true
