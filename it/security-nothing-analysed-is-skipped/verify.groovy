import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def why = 'Nothing was analysed, so nothing can pass: No dependencies in the scanned scopes: no vulnerability scan needed. Bytecode not analysed: no compiled classes in ' + new File(basedir, 'target/classes') + '.'
log.expectInOrder(["[WARNING] ${why}", '[INFO] BUILD SUCCESS'])
assert !log.any { it.contains('security gate passed') }
log.noStackTrace()
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'SKIPPED'
assert result.summary == why
// no database was created for a scan that did not happen
assert !new File(basedir, 'target/nvd-data/odc.mv.db').exists()
true
