import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

log.expectInOrder([
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-security) on project security-expired-suppression-fails: security gate failed with 2 violations:',
    '[ERROR]   - commons-collections:commons-collections:3.2.1: CVE-2015-7501, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0 (pom.xml:10)',
    '[ERROR]   - suppression of CVE-2015-7501 in commons-collections:commons-collections:3.2.1 expired on 2020-01-31 (reason was: Waiting for the 3.2.2 upgrade); fix the finding, or review it and move \'until\' forward (security-suppressions.yaml:2)',
])
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'FAILED'
assert result.violations*.rule == ['security.vulnerability', 'security.suppression.expired']
true
