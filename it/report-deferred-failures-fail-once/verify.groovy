import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// The coverage check records its violations without failing; report runs after it, writes the
// report, and fails the build once with every violation and the report's path.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-gates) @ report-deferred-failures-fail-once ---',
    '[INFO] line coverage: 0.5000 (minimum 0.80, margin -0.3000)',
    '[WARNING] coverage gate failed with 2 violations:',
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:report (builder-gates) @ report-deferred-failures-fail-once ---',
    '[INFO] Implementation report: target/builder/implementation-report.md (also .json, .html; target/builder/builder.sarif)',
    '[INFO]   coverage: failed, line coverage 0.5000, branch coverage 0.3750',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:report (builder-gates) on project report-deferred-failures-fail-once: 2 gate violations (report: target/builder/implementation-report.md):',
    '[ERROR]   - coverage: line coverage 0.5000 < minimum 0.80 [coverage.bundle.line]',
    '[ERROR]   - coverage: branch coverage 0.3750 < minimum 0.80 [coverage.bundle.branch]',
])
assert log.count { it.startsWith('[ERROR] Failed to execute goal') } == 1
log.noStackTrace()

def folder = new File(basedir, 'target/builder')
['implementation-report.md', 'implementation-report.json', 'implementation-report.html', 'builder.sarif'].each {
    assert new File(folder, it).length() > 0 : "missing ${it}"
}
def md = new File(folder, 'implementation-report.md').text
assert md.contains('| coverage | FAILED | line coverage 0.5000, branch coverage 0.3750 | line coverage ≥ 0.80, branch coverage ≥ 0.80 | line coverage -0.3000, branch coverage -0.4250 |')
assert md.contains('| com.example.calc | 0.5000 | 7 of 14 | 0.3750 | 3 of 8 |')
assert md.contains('| unit | target/surefire-reports | 1 | 3 | 0 | 0 | 0 |')
def json = new JsonSlurper().parse(new File(folder, 'implementation-report.json'))
assert json.verdict.status == 'FAILED'
assert json.verdict.violations*.rule == ['coverage.bundle.line', 'coverage.bundle.branch']
def sarif = new JsonSlurper().parse(new File(folder, 'builder.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['coverage.bundle.line', 'coverage.bundle.branch']
assert sarif.runs[0].results*.level == ['error', 'error']
true
