import groovy.xml.XmlSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
log.expectInOrder(['[INFO] Generating shop (6 entities, 19 endpoints) into shop/', '[INFO] BUILD SUCCESS',
                   '[INFO] BUILD SUCCESS'])
// The generated tests log the errors they provoke on purpose; none comes from the plugin.
assert !log.any { it.contains('at dev.backendbuilder') }
def root = new File(basedir, 'shop')
def java = new File(root, 'src/main/java/com/acme/shop')
def h2 = new File(root, 'src/main/resources/db/migration/h2/V1__init.sql').text
def mysql = new File(root, 'src/main/resources/db/migration/mysql/V1__init.sql').text
// Reserved words become safe names; the join table and its keys exist; set-null and cascade.
assert h2.contains('CREATE TABLE user_ (') && h2.contains('CREATE TABLE order_ (') && h2.contains('    group_ VARCHAR(20),')
assert h2.contains('CREATE TABLE order_tags (')
assert h2.contains('FOREIGN KEY (customer_id) REFERENCES user_ (id) ON DELETE SET NULL')
assert h2.contains('CONSTRAINT uk_profile_owner_id UNIQUE (owner_id)')
assert h2.contains('state VARCHAR(32)') && h2.contains("CHECK (state IN ('OPEN', 'PAID', 'SHIPPED'))")
assert mysql.contains('id BIGINT NOT NULL AUTO_INCREMENT') && mysql.contains('note LONGTEXT') && mysql.contains('reference BINARY(16) NOT NULL')
// The entity without operations has a table and an entity, but no API.
assert new File(java, 'auditentry/AuditEntry.java').isFile()
assert !new File(java, 'auditentry/AuditEntryController.java').exists()
// Category offers list only; write-only passwords never come back.
def categories = new File(java, 'category/CategoryController.java').text
assert categories.contains('@GetMapping') && !categories.contains('@PostMapping') && !categories.contains('"/{id}"')
assert !new File(java, 'user/UserResponse.java').text.contains('password')
assert new File(java, 'user/UserRequest.java').text.contains('@Size(min = 8, max = 100) String password')
assert !new File(java, 'user/UserRequest.java').text.contains('createdAt')

def suites = new File(root, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }.collect { new XmlSlurper().parse(it) }
assert suites*.@name*.toString().containsAll(['com.acme.shop.order.OrderApiTest', 'com.acme.shop.category.CategoryApiTest',
        'com.acme.shop.tag.TagApiTest', 'com.acme.shop.profile.ProfileApiTest', 'com.acme.shop.user.UserApiTest'])
assert suites.every { it.@failures.toInteger() == 0 && it.@errors.toInteger() == 0 }
// The generated project passes its own coverage gate (>= 0.80 line and branch), bound in its pom.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:prepare-coverage (builder-gates) @ shop ---',
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-gates) @ shop ---',
])
def gate = new groovy.json.JsonSlurper().parse(new File(new File(basedir, 'shop'), 'target/builder/coverage.json'))
assert gate.status == 'PASSED'
def figures = gate.metrics.findAll { it.threshold != null }.collectEntries { [(it.name): it.value] }
assert figures.size() == 2 && figures.values().every { it >= 0.80 } : figures
true
