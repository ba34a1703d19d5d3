import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

def failure = '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-security) on project security-bytecode-bug-fails: security gate failed with 3 violations:'
log.expectInOrder([
    '[INFO] Analysing 2 class file(s) with SpotBugs and Find Security Bugs (forked JVM, -Xmx1g)',
    failure,
    // the second build: same classes
    '[INFO] Classes unchanged since the last analysis: reusing its result (3 bug(s)).',
    failure,
    // the third build: the baseline accepts the three bugs
    '[INFO] Classes unchanged since the last analysis: reusing its result (3 bug(s)).',
    '[INFO] security gate passed: 0 dependencies, 0 vulnerabilities (0 at or above CVSS 7.0, 0 accepted); 2 classes, 3 bugs (0 not accepted, 3 accepted)',
    '[INFO] BUILD SUCCESS',
])
def sql = log.find { it.startsWith('[ERROR]   - SQL_INJECTION_JDBC in com.example.OrderDao.exists: ') }
assert sql && sql.endsWith('(src/main/java/com/example/OrderDao.java:18)')
def random = log.find { it.startsWith('[ERROR]   - PREDICTABLE_RANDOM in com.example.Tokens.newToken: ') }
assert random && random.endsWith('(src/main/java/com/example/Tokens.java:8)')
log.noStackTrace()

// the result files are those of the third build (accepted); the failing ones were checked in the log
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'PASSED'
assert result.metrics.find { it.name == 'bugs.accepted' }.value == 3
// SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE (SpotBugs' own) joins Find Security Bugs' two
def nonConstant = log.find { it.startsWith('[ERROR]   - SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE in com.example.OrderDao.exists: ') }
assert nonConstant && nonConstant.endsWith('(src/main/java/com/example/OrderDao.java:18)')
assert result.metrics.find { it.name == 'bugs.classes' }.value == 2

def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/security.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId as Set == ['SQL_INJECTION_JDBC', 'SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE', 'PREDICTABLE_RANDOM'] as Set
results.each { r ->
    assert r.level == 'note' && r.suppressions[0].justification == 'in the baseline'
    assert r.locations[0].physicalLocation.artifactLocation.uri.startsWith('src/main/java/com/example/')
    assert r.locations[0].physicalLocation.region.startLine > 0
}
assert sarif.runs[0].tool.driver.rules.every { it.properties.'security-severity' }
assert sarif.runs[0].properties.failOnCvss == 7.0
// the forked SpotBugs JVM has a logging provider: SpotBugs' own warnings and errors are not lost
def forkLog = new File(basedir, 'target/builder/spotbugs/spotbugs.log').text
assert !forkLog.contains('No SLF4J providers') && !forkLog.contains('NOP')
true
