import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

log.expectInOrder([
    '[INFO] Analysing 2 class file(s) with SpotBugs and Find Security Bugs (forked JVM, -Xmx1g)',
    '[INFO] security gate passed: 0 dependencies, 0 vulnerabilities (0 at or above CVSS 7.0, 0 accepted); 2 classes, 3 bugs (0 not accepted, 3 accepted)',
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'PASSED'
assert result.metrics.find { it.name == 'bugs.accepted' }.value == 3

def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/security.sarif'))
assert sarif.runs[0].results.every { it.level == 'note' && it.suppressions[0].justification == 'in the baseline' }
true
