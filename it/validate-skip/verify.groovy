def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// Skipped before the (absent) design is looked for.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-skip ---',
    '[INFO] Skipping builder:validate (builder.skip=true)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.contains('No design file') || it.startsWith('[ERROR]') }
true
