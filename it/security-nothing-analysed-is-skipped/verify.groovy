import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def why = 'Nothing was analysed, so nothing can pass: No dependencies in the scanned scopes: no vulnerability scan needed. Bytecode not analysed: no compiled classes in ' + new File(basedir, 'target/classes') + '.'
def skipped = 'Nothing was analysed, so nothing can pass: Bytecode not analysed: no compiled classes in ' + new File(basedir, 'target/classes') + '. Dependency-Check took no evidence from any of the 1 dependency file(s) (no analyzer for their type): commons-collections:commons-collections:3.2.1 (commons-collections-3.2.1.pom).'
log.expectInOrder(["[WARNING] ${why}", '[INFO] BUILD SUCCESS', "[WARNING] ${skipped}", '[INFO] BUILD SUCCESS'])
assert !log.any { it.contains('security gate passed') }
log.noStackTrace()
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'SKIPPED'
assert result.summary == skipped
// no database was created for a scan that did not happen
assert !new File(basedir, 'target/nvd-data/odc.mv.db').exists()
true
