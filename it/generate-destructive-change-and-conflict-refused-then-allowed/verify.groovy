def buildLog = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def log = buildLog.join('\n')
def notes = new File(basedir, 'notes')
def service = new File(notes, 'src/main/java/com/acme/notes/note/NoteService.java')
def conflict = new File(service.path + '.builder-conflict')
def v2 = 'src/main/resources/db/migration/h2/V2__drop_column_note_body_and_add_column_note_pinned.sql'
def expected = [
    // 3: the data loss refused, located, nothing written
    'design.yaml drops data the database holds:',
    "field 'body' is gone from Note: the migration would drop the column note.body and every value in it.",
    'If that data may go, run generate with -Dbuilder.generate.allowDataLoss=true: the next migration then drops it, and says so. Nothing was written.',
    // 4: allowed; the merge of NoteService conflicts: written beside it, listed, the goal fails
    '[WARNING] Conflict in src/main/java/com/acme/notes/note/NoteService.java: kept as you left it; the merge with conflict markers is in src/main/java/com/acme/notes/note/NoteService.java.builder-conflict',
    "[INFO] Wrote the migration ${v2}:",
    '[INFO]   - drop column note.body',
    'Your changes and the new version change the same lines of 1 file; each file is kept as you left it, and the merge with conflict markers (<<<<<<< yours, >>>>>>> generated now) is beside it. Resolve it, move it over your file, and delete it:',
    '  src/main/java/com/acme/notes/note/NoteService.java.builder-conflict',
    '(-Dbuilder.generate.allowConflicts=true lets generate pass with this list.) Every other file was written.',
    // 5: allowed too: the same list as a warning; the project is compiled, and what the conflict leaves broken (the
    // user's NoteService still sets the dropped body) is named as a warning, not a failure; the build passes
    '[WARNING] Your changes and the new version change the same lines of 1 file',
    '[INFO] Compiling the project with your changes and the new version together (mvn test-compile; -Dbuilder.generate.compile=NEVER skips this) ...',
    ~/\[WARNING\] The project no longer compiles \(\d+ errors?, mvn test-compile, \d+\.\d s\): your code and the regenerated code do not fit together:/,
    ~/\[WARNING\]   src\/main\/java\/com\/acme\/notes\/note\/NoteService\.java:\d+:\d+: cannot find symbol; symbol: method body\(\); location: variable request of type com\.acme\.notes\.note\.NoteRequest/,
    '[WARNING] The conflicts listed above are not resolved yet; resolve them, then run mvn test-compile.',
    '[INFO] BUILD SUCCESS',
]
// in this order, each within a line (an error message comes inside Maven's [ERROR] line)
buildLog.expectInOrder(expected.collect { it instanceof java.util.regex.Pattern ? it : ~/.*${java.util.regex.Pattern.quote(it)}.*/ })
// the refused run wrote nothing: the failure came before any file (step 3 is followed by step 4's V2 only)
assert log.count('[INFO] Wrote the migration') == 1
assert new File(notes, v2).text.contains('ALTER TABLE note DROP COLUMN body;')
assert service.text.contains('note.setBody(request.body() == null ? null : request.body().strip());')
assert conflict.text.contains('<<<<<<< yours\n        note.setBody(request.body() == null ? null : request.body().strip());')
assert conflict.text.contains('>>>>>>> generated now')
assert new File(notes, 'src/main/java/com/acme/notes/note/Note.java').text.contains('pinned')
true
