import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// No agent, but @{argLine} in surefire's configuration resolves (to empty) and the tests run.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:prepare-coverage (builder-coverage) @ coverage-skip ---',
    '[INFO] Skipping builder:prepare-coverage (builder.coverage.skip=true)',
    '[INFO] argLine is not set; set it empty so that @{argLine} resolves',
    '[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0',
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) @ coverage-skip ---',
    '[INFO] Skipping builder:coverage (builder.coverage.skip=true)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.contains('JaCoCo agent') }
log.noStackTrace()
assert !new File(basedir, 'target/jacoco-builder.exec').exists()
assert !new File(basedir, 'target/builder/coverage').exists()
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/coverage.json'))
assert result.status == 'SKIPPED'
assert result.notes == ['skipped with builder.coverage.skip=true']
true
