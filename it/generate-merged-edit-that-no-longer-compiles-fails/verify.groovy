def buildLog = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def log = buildLog.join('\n')
def notes = new File(basedir, 'notes')
def service = new File(notes, 'src/main/java/com/acme/notes/note/NoteService.java')
def expected = [
    // 3: the user's method merged into the new version, the project compiled, the error named and located
    '[INFO] Merged src/main/java/com/acme/notes/note/NoteService.java: your changes and the new version',
    '[INFO] Compiling the project with your changes and the new version together (mvn test-compile; -Dbuilder.generate.compile=NEVER skips this) ...',
    ~/.*The project no longer compiles \(1 error, mvn test-compile, \d+\.\d s\): your code and the regenerated code do not fit together:/,
    '  src/main/java/com/acme/notes/note/NoteService.java:26:23: cannot find symbol; symbol: method title(); location: variable request of type com.acme.notes.note.NoteRequest',
    'Every file was written (the merged and kept files are listed above). Change your code to fit the new version, or the design back, then run mvn test-compile.',
    // 5: fixed by the user; compiled on request, and it compiles
    '[INFO] Compiling the project (mvn test-compile; -Dbuilder.generate.compile=NEVER skips this) ...',
    ~/\[INFO\] The project compiles \(\d+\.\d s\)\./,
    '[INFO] BUILD SUCCESS',
]
buildLog.expectInOrder(expected.collect { it instanceof java.util.regex.Pattern ? it : ~/.*${java.util.regex.Pattern.quote(it)}.*/ })
// the failed run wrote everything: the merged service (the user's method and the renamed call), the migration
assert service.text.contains('note.setHeading(request.heading());')
assert service.text.contains('    static String auditTitle(NoteRequest request) {\n        return request.heading().strip();')
assert new File(notes, 'src/main/resources/db/migration/h2/V2__rename_column_note_title_to_heading.sql').isFile()
assert !new File(service.path + '.builder-new').exists() && !new File(service.path + '.builder-conflict').exists()
// the fork compiled into the project's own target/
assert new File(notes, 'target/classes/com/acme/notes/note/NoteService.class').isFile()
true
