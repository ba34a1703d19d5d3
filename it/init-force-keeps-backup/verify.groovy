def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:init (default-cli) @ my-shop ---',
    '[INFO] Replaced design.yaml (the previous one is kept as design.yaml.bak)',
    '[INFO] Wrote .builder/design-v1.schema.json',
    '[INFO] Kept the existing pom.xml; add the builder plugin to it to validate the design in every build.',
    "[INFO] Next: edit design.yaml, then run 'mvn builder:validate'.",
    '[INFO] BUILD SUCCESS',
])

// The old design is kept byte for byte; the new one is the starter.
assert new File(basedir, 'design.yaml.bak').bytes == new File(basedir, 'original-design.yaml').bytes
def design = new File(basedir, 'design.yaml').getText('UTF-8')
assert design.startsWith('# yaml-language-server: $schema=.builder/design-v1.schema.json\n')
assert !design.contains('my own design')
assert design =~ /(?m)^  name: init-force-keeps-backup\s/

// The user's pom is never replaced, even with force, and gets no backup.
assert new File(basedir, 'pom.xml').bytes == new File(basedir, 'original-pom.txt').bytes
assert !new File(basedir, 'pom.xml.bak').exists()
assert new File(basedir, '.builder/design-v1.schema.json').isFile()
true
