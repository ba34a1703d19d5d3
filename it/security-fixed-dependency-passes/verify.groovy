import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-security) @ security-fixed-dependency-passes ---',
    "[INFO] Scanning 1 dependency file(s) with OWASP Dependency-Check (data in ${new File(basedir, 'target/nvd-data')})".toString(),
    '[INFO] security gate passed: 1 dependency, 0 vulnerabilities (0 at or above CVSS 7.0, 0 accepted)',
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()
assert !log.any { it.contains('CVE-2015-7501') }

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'PASSED'
assert result.violations.isEmpty()
assert result.notes.any { it.startsWith('Vulnerability data from the NVD datafeed file:') }
assert result.notes.contains('Vulnerability data last modified 2025-01-01T00:00:00Z.')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/security.sarif'))
assert sarif.runs[0].results.isEmpty()
true
