import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
log.noStackTrace()
def shared = new File(basedir, 'target/shared-nvd-data')

// Both checks ran, each on its own dependency, against the one database.
def one = new JsonSlurper().parse(new File(basedir, 'one/target/builder/security.json'))
def two = new JsonSlurper().parse(new File(basedir, 'two/target/builder/security.json'))
assert one.status == 'FAILED'
assert one.violations*.message == ['commons-collections:commons-collections:3.2.1: CVE-2015-7501, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0']
assert two.status == 'PASSED'
assert new File(shared, 'odc.mv.db').isFile()
assert !new File(shared, 'odc.update.lock').exists()
// -T 2 really ran the two checks at the same time: both started before either finished.
def scans = log.lines.findIndexValues { it.startsWith('[INFO] Scanning 1 dependency file(s) with OWASP Dependency-Check') }
def verdicts = log.lines.findIndexValues { it.startsWith('[INFO] security gate passed') || it.startsWith('[WARNING] security gate failed') }
assert scans.size() == 2 && verdicts.size() == 2
assert scans[1] < verdicts[0]
assert log.contains('[INFO] BUILD SUCCESS')
true
