import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// The test asserts both user system properties and the agent on its JVM's command line; the exec file
// it wrote gives full coverage.
log.expectInOrder([
    '[INFO] JaCoCo agent 0.8.15 set into argLine (exec file target/jacoco-builder.exec); kept the existing argLine: -Dfrom.property=kept',
    '[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0',
    '[INFO] line coverage: 1.0000 (minimum 0.80, margin +0.2000)',
    '[INFO] branch coverage: 1.0000 (minimum 0.80, margin +0.2000)',
    '[INFO] coverage gate passed: line 1.0000, branch 1.0000 (1 class file, 1 exec file)',
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()
assert new File(basedir, 'target/jacoco-builder.exec').length() > 0
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.calc.CalculatorTest.xml').text
assert report.contains('tests="2"') && report.contains('failures="0"') && report.contains('errors="0"')
assert new JsonSlurper().parse(new File(basedir, 'target/builder/coverage.json')).status == 'PASSED'
true
