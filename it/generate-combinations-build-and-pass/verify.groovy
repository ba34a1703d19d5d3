import groovy.xml.XmlSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))
log.expectInOrder(['[INFO] Generating shop (6 entities, 19 endpoints) into shop/', '[INFO] BUILD SUCCESS',
                   '[INFO] BUILD SUCCESS'])
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

// No authentication and no integrations: none of their machinery; MySQL in compose; the cached User tested.
assert !new File(java, 'integration').exists()
def pom = new File(root, 'pom.xml').text
assert !pom.contains('resilience4j') && !pom.contains('wiremock') && pom.contains('<artifactId>caffeine</artifactId>')
assert !new File(root, '.env.example').text.contains('JWT_SECRET')
def compose = new File(root, 'compose.yaml').text
assert compose.contains('image: mysql:8.4') && compose.contains('jdbc:mysql://db:3306/shop')

// The generated project's own build: every generated test passed and its gates passed.
project.assertBuilt(log, new File(basedir, 'shop'), 'shop', ['com.acme.shop.order.OrderApiTest', 'com.acme.shop.category.CategoryApiTest',
        'com.acme.shop.tag.TagApiTest', 'com.acme.shop.profile.ProfileApiTest', 'com.acme.shop.user.UserApiTest',
        'com.acme.shop.OperationsTest', 'com.acme.shop.user.UserCacheTest', 'com.acme.shop.common.ProductionEnvironmentTest'])
true
