import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// The module keeps its own minimums; 3 of the 13 changed coverable lines since the merge-base with main ran
// (Discount.java is new and committed on 'feature'; Calculator.negate is not committed yet).
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) @ coverage-new-code ---',
    '[INFO] line coverage: 0.3750 (minimum 0.30, margin +0.0750)',
    '[INFO] branch coverage: 0.2500 (minimum 0.20, margin +0.0500)',
    '[INFO] new code line coverage: 0.2307 (minimum 0.80, margin -0.5693)',
])
def mergeBase = log.find { it.startsWith('[INFO] new code since merge-base ') }
assert mergeBase ==~ /\[INFO\] new code since merge-base [0-9a-f]{7} with main: 3 of 13 changed coverable lines covered/
String id = (mergeBase =~ /merge-base ([0-9a-f]{7})/)[0][1]
def gitLog = ['git', 'rev-parse', '--short=7', 'main'].execute(null, basedir).text.trim()
assert id == gitLog
log.expectInOrder([
    '[INFO] uncovered new lines: com/example/calc/Calculator.java:15, com/example/calc/Discount.java:8,'
        + ' com/example/calc/Discount.java:14, com/example/calc/Discount.java:15, com/example/calc/Discount.java:16,'
        + ' com/example/calc/Discount.java:20, com/example/calc/Discount.java:21, com/example/calc/Discount.java:23,'
        + ' com/example/calc/Discount.java:24, com/example/calc/Discount.java:26',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) on project coverage-new-code: coverage gate failed with 1 violation:',
    "[ERROR]   - new code line coverage 0.2307 < minimum 0.80 (since merge-base ${id} with main)".toString(),
])
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/coverage.json'))
assert result.status == 'FAILED'
assert result.violations*.rule == ['coverage.newCode.line']
assert result.metrics.find { it.name == 'newCode.coverableLines' }.value == 13
assert result.metrics.find { it.name == 'newCode.line' }.threshold == 0.8
true
