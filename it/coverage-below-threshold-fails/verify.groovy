import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// Figures first, then the least-covered classes, then one failure listing each broken rule,
// rounded against the user (7 of 14 lines, 3 of 8 branches).
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:prepare-coverage (builder-coverage) @ coverage-below-threshold-fails ---',
    '[INFO] JaCoCo agent 0.8.15 set into argLine (exec file target/jacoco-builder.exec)',
    '[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 0',
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) @ coverage-below-threshold-fails ---',
    '[INFO] line coverage: 0.5000 (minimum 0.80, margin -0.3000)',
    '[INFO] branch coverage: 0.3750 (minimum 0.80, margin -0.4250)',
    '[WARNING] Least-covered classes (line, branch):',
    '[WARNING]   com.example.calc.Calculator: line 0.5000 (7 of 14), branch 0.3750 (3 of 8)',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) on project coverage-below-threshold-fails: coverage gate failed with 2 violations:',
    '[ERROR]   - line coverage 0.5000 < minimum 0.80',
    '[ERROR]   - branch coverage 0.3750 < minimum 0.80',
])
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/coverage.json'))
assert result.area == 'coverage'
assert result.status == 'FAILED'
assert result.violations*.message == ['line coverage 0.5000 < minimum 0.80', 'branch coverage 0.3750 < minimum 0.80']
assert result.violations*.rule == ['coverage.bundle.line', 'coverage.bundle.branch']
assert result.evidence == ['target/builder/coverage/index.html', 'target/builder/coverage/jacoco.xml']
assert new File(basedir, 'target/builder/coverage/index.html').isFile()
assert new File(basedir, 'target/builder/coverage/jacoco.xml').text.contains('<counter type="LINE" missed="7" covered="7"/>')
assert new File(basedir, 'target/jacoco-builder.exec').length() > 0
true
