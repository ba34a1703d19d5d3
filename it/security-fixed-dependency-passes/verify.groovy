import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def feeds = evaluate(new File(basedir, '../../../it/_support/nvd-feed.groovy'))

log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-security) @ security-fixed-dependency-passes ---',
    "[INFO] Scanning 1 dependency file(s) with OWASP Dependency-Check (data in ${new File(basedir, 'target/nvd-data')})".toString(),
    '[INFO] BUILD SUCCESS',
])
// the verdict names the data it rests on: the fixture feed, stamped when the plugin was built
def passed = '\\[INFO\\] security gate passed: 1 dependency, 0 vulnerabilities \\(0 at or above CVSS 7\\.0, 0 accepted\\); ' + feeds.itFeedData()
assert log.any { it ==~ passed } : passed
log.noStackTrace()
assert !log.any { it.contains('CVE-2015-7501') }

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'PASSED'
assert result.violations.isEmpty()
assert result.notes.any { it.startsWith('Vulnerability data from the NVD datafeed file:') }
assert result.notes.any { it ==~ 'Vulnerability data: ' + feeds.itFeedData() + ', in ' + java.util.regex.Pattern.quote(new File(basedir, 'target/nvd-data').path) + '\\.' }

def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/security.sarif'))
assert sarif.runs[0].results.isEmpty()
true
