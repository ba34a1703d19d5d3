import groovy.xml.XmlSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))
log.expectInOrder([
    '[INFO] Generating notes (1 entity, 5 endpoints) into this project (existing project: merging into its pom.xml)',
    '[INFO] Merged into pom.xml what the backend needs (the previous one is kept as pom.xml.bak):',
    '[INFO] BUILD SUCCESS',
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-gates) @ notes-service ---',
    '[INFO] BUILD SUCCESS',
])
assert log.any { it ==~ /\[INFO\] Generated in \d+\.\d s\. Next: mvn verify/ }

def original = new File(basedir, 'original-pom.xml').text
assert new File(basedir, 'pom.xml.bak').text == original
def merged = new File(basedir, 'pom.xml').text
// Everything the user wrote is still there, in place.
assert merged.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- The team\'s own pom: nothing in it may be lost. -->\n<project')
assert merged.contains('<!-- owned by the platform team -->\n    <team.owner>platform</team.owner>')
assert merged.contains('<artifactId>commons-lang3</artifactId>\n      <version>3.17.0</version>')
assert merged.contains('<version>2.4.0-SNAPSHOT</version>\n  <name>Notes service</name>')
def pom = new XmlSlurper().parse(new File(basedir, 'pom.xml'))
assert pom.artifactId.text() == 'notes-service'
assert pom.dependencyManagement.dependencies.dependency.find { it.artifactId.text() == 'spring-boot-dependencies' }.scope.text() == 'import'
assert pom.dependencies.dependency*.artifactId*.text().containsAll(['commons-lang3', 'spring-boot-starter-webmvc', 'spring-boot-starter-data-jpa'])
assert pom.build.plugins.plugin.find { it.artifactId.text() == 'builder-maven-plugin' }.executions.execution.goals.goal*.text() == ['validate', 'prepare-coverage', 'coverage', 'security', 'report']
// The gates defer their failures to report, which fails the build once after writing the report.
assert pom.properties.'builder.deferFailures'.text() == 'true'
// The design stays where the user keeps it: no copy written over it.
assert new File(basedir, 'design.yaml').text.contains('name: notes')
assert new File(basedir, 'src/main/java/com/acme/notes/note/NoteController.java').isFile()

assert new File(basedir, 'target/notes-service-2.4.0-SNAPSHOT.jar').isFile()

// The generated project's own build: every generated test passed and its gates passed.
project.assertBuilt(log, basedir, 'notes-service', ['com.acme.notes.note.NoteApiTest'])

// HTTP Basic, a public read, an editor-only write (not even ADMIN may), delete for any signed-in user:
// anonymous, EDITOR and ADMIN (added by the model: it manages users) on each of 5 operations.
assert pom.dependencies.dependency*.artifactId*.text().containsAll(['spring-boot-starter-security', 'spring-boot-starter-security-test'])
assert !pom.dependencies.dependency*.artifactId*.text().any { it.contains('oauth2') || it.contains('bucket4j') }
def matrix = project.passed(basedir, 'com.acme.notes.note.NotePermissionTest')
assert matrix.size() == 15
assert matrix.containsAll(['anonymous_may_list', 'anonymous_gets_401_for_create', 'editor_may_create',
        'admin_gets_403_for_create', 'editor_may_delete', 'admin_may_delete'])
assert project.passed(basedir, 'com.acme.notes.ProtectionHttpTest').containsAll(['a_user_signs_in_with_basic_credentials',
        'without_credentials_note_create_is_401_with_a_challenge', 'role_admin_gets_403_for_note_create_before_its_body_is_read',
        'a_browser_on_an_allowed_origin_may_call_and_others_may_not'])
assert !new File(basedir, 'src/main/java/com/acme/notes/security/TokenService.java').exists()
true
