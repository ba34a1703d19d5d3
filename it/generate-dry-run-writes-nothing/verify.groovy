def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
log.expectInOrder([
    '[INFO] Generating library (3 entities, 15 endpoints) into library/',
    '[INFO] Would create .gitignore',
    '[INFO] Would create pom.xml',
    '[INFO] Would create src/main/java/com/example/library/book/BookController.java',
    '[INFO] Would create src/main/resources/db/migration/h2/V1__init.sql',
    '[INFO] Would write files: 114 created, 0 updated, 0 unchanged, 0 kept, 0 ignored',
    '[INFO] Dry run: nothing was written.',
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()
assert !new File(basedir, 'library').exists() : 'a dry run must write nothing'
true
