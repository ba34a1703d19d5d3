def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))

log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:generate (default-cli) @ service ---',
    '[INFO] Merged into pom.xml what the backend needs (the previous one is kept as pom.xml.bak):',
    '[INFO] Reactor Build Order:',
    ~/\[INFO\] platform +\[pom\]/,
    ~/\[INFO\] model +\[jar\]/,
    ~/\[INFO\] service +\[jar\]/,
])
// the reactor's root and the other module are left alone
assert !new File(basedir, 'pom.xml.bak').exists() && !new File(basedir, 'model/pom.xml.bak').exists()
assert !new File(basedir, 'src').exists() && !new File(basedir, 'model/src/main/resources').exists()
assert new File(basedir, 'model/target/model-1.0-SNAPSHOT.jar').isFile()
def service = new File(basedir, 'service')
assert new File(service, 'src/main/java/com/example/notes/note/NoteController.java').isFile()
project.assertEveryGatePassed(log, service, 'service', true)
