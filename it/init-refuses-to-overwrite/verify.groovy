def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

assert log.contains('[INFO] BUILD FAILURE')
def expected = "[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:init (default-cli)" +
    " on project standalone-pom: Not overwriting design.yaml: the file exists. Nothing was written." +
    " Re-run with -Dbuilder.force=true to replace it (the old design is kept as design.yaml.bak)," +
    " or -Dbuilder.design=<other file>. -> [Help 1]"
assert log.contains(expected) : "missing: ${expected}"
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
assert !log.any { it.contains('\tat ') || it.contains('at dev.backendbuilder') } : 'stack trace in the log'
assert !log.any { it.startsWith('[INFO] Wrote ') }

// The user's design is untouched, byte for byte, and nothing was written beside it.
assert new File(basedir, 'design.yaml').bytes == new File(basedir, 'original-design.yaml').bytes
['pom.xml', '.builder', 'design.yaml.bak'].each { assert !new File(basedir, it).exists() : "written: ${it}" }
assert !basedir.list().any { it.endsWith('.tmp') }
true
