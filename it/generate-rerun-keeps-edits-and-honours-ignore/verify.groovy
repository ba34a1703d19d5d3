import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def root = new File(basedir, 'library')
log.expectInOrder([
    '[INFO] Generating library (3 entities, 15 endpoints) into library/',
    '[INFO] Kept README.md (changed by you); new version in README.md.builder-new',
    '[INFO] Updated src/main/resources/application.yaml',
    '[INFO] Skipped src/test/java/com/example/library/ApplicationHttpTest.java (matched by .builderignore)',
    '[INFO] Deleted src/main/java/com/example/library/Gone.java (no longer generated from the design, and unchanged since it was generated)',
    '[INFO] Files: 72 created, 1 updated, 0 unchanged, 1 kept, 40 ignored, 1 deleted',
    '[WARNING] src/main/java/com/example/library/Old.java is no longer generated from the design; it was kept, delete it if you no longer need it.',
    '[WARNING] Kept your changes in 1 file; the new version is beside each, merge what you need and delete it:',
    '[WARNING]   README.md.builder-new',
    // a generated class was deleted (code of the user's might use it): the project is compiled
    '[INFO] Compiling the project with your changes and the new version together (mvn test-compile; -Dbuilder.generate.compile=NEVER skips this) ...',
    ~/\[INFO\] The project compiles \(\d+\.\d s\)\./,
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()

// The user's README is untouched; the new one is beside it.
assert new File(root, 'README.md').text == '# library\n\nOur team keeps its own notes here.\n'
assert new File(root, 'README.md.builder-new').text.startsWith('# library\n\nLibrary catalogue service\n')
// The untouched generated configuration was regenerated; .gitignore comes from the override template.
assert new File(root, 'src/main/resources/application.yaml').text.contains('url: ${DATABASE_URL:jdbc:h2:mem:library;DB_CLOSE_DELAY=-1}')
assert !new File(root, 'src/main/resources/application.yaml.bak').exists()
assert new File(root, '.gitignore').text == '# our own ignore rules\ntarget/\n*.log\n'
// Nothing under the ignored folder; the orphan the user changed stays, the untouched one is gone.
assert !new File(root, 'src/test').exists()
assert new File(root, 'src/main/java/com/example/library/Old.java').text.contains('// ours')
assert !new File(root, 'src/main/java/com/example/library/Gone.java').exists()
assert new File(root, 'src/main/java/com/example/library/book/Book.java').isFile()

// The manifest keeps the README as the user's (old hash) and records the new .gitignore.
def manifest = new JsonSlurper().parse(new File(root, '.builder/manifest.json'))
assert manifest.generator == 'builder-maven-plugin 0.1.0-SNAPSHOT'
def sha = { String text -> java.security.MessageDigest.getInstance('SHA-256').digest(text.getBytes('UTF-8')).encodeHex().toString() }
assert manifest.files['README.md'] == sha('# library\n\nGenerated README.\n')
assert manifest.files['.gitignore'] == sha('# our own ignore rules\ntarget/\n*.log\n')
assert manifest.files['src/main/resources/application.yaml'] == sha(new File(root, 'src/main/resources/application.yaml').text)
// The orphan keeps its entry, so later runs still list it (and regenerate it if its entity returns).
assert manifest.files['src/main/java/com/example/library/Old.java'] == sha('package com.example.library;\n\nclass Old {\n}\n')
assert !manifest.files.containsKey('src/main/java/com/example/library/Gone.java')
assert !manifest.files.keySet().any { it.startsWith('src/test/') }
// No temporary or backup files left by the atomic writes.
def leftovers = []
root.eachFileRecurse { if (it.name.endsWith('.tmp') || it.name.endsWith('.builder-old') || it.name.endsWith('.bak')) leftovers << it }
assert leftovers.isEmpty() : leftovers
true
