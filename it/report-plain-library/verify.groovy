import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:report (default) @ report-plain-library ---',
    '[INFO] Implementation report: target/builder/implementation-report.md (also .json, .html; target/builder/builder.sarif)',
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()

def md = new File(basedir, 'target/builder/implementation-report.md').text
[
    '# Implementation report: report-plain-library 1.0.0',
    'No gate results found in target/builder: no check goal (coverage, security, benchmark, conformance) ran before report.',
    '| src/main/java | main | 1 | 1 |',
    '| com.example.text | 1 |',
    'No direct dependencies.',
    'No migrations found under src/main/resources/db/migration.',
    'No HTTP endpoints found in the compiled classes (no @RestController or @Controller with request mappings).',
    'No test reports found in target/surefire-reports or target/failsafe-reports.',
    'No coverage result: builder:coverage did not run before report.',
    'No security result: builder:security did not run before report.',
    'No benchmark result: builder:benchmark did not run before report.',
    'No environment variables read by the configuration.',
    'No API description: springdoc-openapi is not a dependency.',
    'No README.',
].each { assert md.contains(it) : "missing in the report: ${it}" }
['### Project Structure', '### Data Architecture', '### API Implementation', '### Code Examples', '### Testing Strategy',
 '### Security Implementation', '### Performance Optimizations', '### Deployment Configuration', '### Documentation'].each {
    assert md.contains("\n${it}\n") : "missing section ${it}"
}
def json = new JsonSlurper().parse(new File(basedir, 'target/builder/implementation-report.json'))
assert json.formatVersion == 1
assert json.verdict.status == 'PASSED' && json.verdict.rows.isEmpty()
assert json.facts.endpoints.isEmpty() && json.facts.data.tables.isEmpty()
def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/builder.sarif'))
assert sarif.runs.size() == 1 && sarif.runs[0].results.isEmpty()
true
