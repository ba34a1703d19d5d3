import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// The root and core only say where the check runs; app checks the merged reactor: core's Calculator
// (covered by app's tests only) and app's Greeter.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) @ coverage-aggregate-two-modules ---',
    "[INFO] The reactor's coverage is checked in its last module, app (builder.coverage.aggregate=true)",
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) @ core ---',
    "[INFO] The reactor's coverage is checked in its last module, app (builder.coverage.aggregate=true)",
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) @ app ---',
    '[INFO] line coverage: 0.9473 (minimum 0.80, margin +0.1473)',
    '[INFO] branch coverage: 0.9166 (minimum 0.80, margin +0.1166)',
    '[INFO] coverage gate passed: line 0.9473, branch 0.9166 (2 class files, 1 exec file)',
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()
assert !new File(basedir, 'target/builder/coverage.json').exists()
assert !new File(basedir, 'core/target/builder/coverage.json').exists()
def result = new JsonSlurper().parse(new File(basedir, 'app/target/builder/coverage.json'))
assert result.status == 'PASSED'
assert result.metrics.find { it.name == 'bundle.line.total' }.value == 19
def xml = new File(basedir, 'app/target/builder/coverage/jacoco.xml').text
assert xml.contains('<report name="coverage-aggregate-two-modules">')
assert xml.contains('<class name="com/example/calc/Calculator"') && xml.contains('<class name="com/example/app/Greeter"')
true
