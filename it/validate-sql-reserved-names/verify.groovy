def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// Order, User, Group and fields order/key/value are SQL reserved words, not design errors.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-sql-reserved-names ---',
    '[INFO] design.yaml is valid: 3 entities, 2 relationships, 5 endpoints, 2 roles (authentication: basic)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
true
