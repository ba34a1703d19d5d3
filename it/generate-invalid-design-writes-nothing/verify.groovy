def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
assert log.any { it.contains('design.yaml has 2 errors:') }
assert log.any { it.contains('design.yaml:8:22:') && it.contains("'strin'") }
assert log.any { it.contains('design.yaml:10:') && it.contains('Writer') }
log.expectInOrder(['[INFO] BUILD FAILURE'])
log.noStackTrace()
assert !new File(basedir, 'broken').exists() : 'an invalid design must write nothing'
assert basedir.list().toList().sort() == ['.mvn', 'build.log', 'design.yaml', 'invoker.properties', 'verify.groovy'].sort() : basedir.list().toList()
true
