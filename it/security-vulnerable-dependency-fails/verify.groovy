import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-security) @ security-vulnerable-dependency-fails ---',
    "[INFO] Scanning 1 dependency file(s) with OWASP Dependency-Check (data in ${new File(basedir, 'target/nvd-data')})".toString(),
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-security) on project security-vulnerable-dependency-fails: security gate failed with 1 violation:',
    '[ERROR]   - commons-collections:commons-collections:3.2.1: CVE-2015-7501, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0 (pom.xml:10)',
])
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'FAILED'
assert result.violations.size() == 1
assert result.violations[0].rule == 'security.vulnerability'
assert result.violations[0].location == 'pom.xml:10'
assert result.violations[0].actual == '9.8 (CVSS v3.1)'
assert result.metrics.find { it.name == 'dependencies.scanned' }.value == 1
assert result.evidence == ['target/builder/security.html', 'target/builder/security.sarif',
                           'vulnerability database: ' + new File(basedir, 'target/nvd-data')]

def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/security.sarif'))
assert sarif.version == '2.1.0'
def rule = sarif.runs[0].tool.driver.rules.find { it.id == 'CVE-2015-7501' }
assert rule.properties.'security-severity' == '9.8'
def finding = sarif.runs[0].results.find { it.ruleId == 'CVE-2015-7501' }
assert finding.level == 'error'
assert finding.locations[0].physicalLocation.artifactLocation.uri == 'pom.xml'
assert finding.locations[0].physicalLocation.region.startLine == 10

assert new File(basedir, 'target/builder/security.html').text.contains('CVE-2015-7501')
true
