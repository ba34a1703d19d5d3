import groovy.xml.XmlSlurper
import java.sql.Connection

def buildLog = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def log = buildLog.join('\n')
def shelf = new File(basedir, 'shelf')
def reference = new File(basedir, 'reference/shelf')
def migrations = { vendor -> new File(shelf, "src/main/resources/db/migration/${vendor}").list().sort() }
def v2 = 'V2__create_table_publisher_and_rename_column_book_title_to_name_and_more.sql'
def v3 = 'V3__drop_column_book_note_and_rename_table_publisher_to_imprint_and_more.sql'

// V1 stays byte for byte what the v1 design gave; V2 and V3 follow it, one per vendor
['h2', 'postgresql'].each { vendor ->
    assert migrations(vendor) == ['V1__init.sql', v2, v3]: "${vendor}: ${migrations(vendor)}"
    def path = "src/main/resources/db/migration/${vendor}/V1__init.sql"
    assert new File(shelf, path).bytes == new File(reference, path).bytes: "${path} changed"
}
def expected = [
    "[INFO] Wrote the migration src/main/resources/db/migration/postgresql/${v2}:",
    '[INFO]   - rename column book.title to name',
    '[INFO]   - add column book.status',
    '[INFO] Merged your changes into the new version of 1 file:',
    '[INFO]   src/main/java/com/acme/shelf/book/BookService.java',
    // a Java file the user changed was merged: generate compiles the project, and it compiles
    '[INFO] Compiling the project with your changes and the new version together (mvn test-compile; -Dbuilder.generate.compile=NEVER skips this) ...',
    ~/\[INFO\] The project compiles \(\d+\.\d s\)\./,
    // v3 without consent: refused, named, nothing written
    "builder-maven-plugin:0.1.0-SNAPSHOT:generate (default-cli) on project shelf: design.yaml drops data the database holds:",
    "field 'note' is gone from Book: the migration would drop the column book.note and every value in it.",
    'If that data may go, run generate with -Dbuilder.generate.allowDataLoss=true',
    // then with it
    // with it: the note dropped, and Publisher (renamed Imprint by its id) renamed with its keys, its rows kept;
    // its generated classes, untouched, deleted (the project is compiled again: code of the user's might use them)
    '[INFO] Deleted src/main/java/com/acme/shelf/publisher/Publisher.java (no longer generated from the design, and unchanged since it was generated)',
    "[INFO] Wrote the migration src/main/resources/db/migration/postgresql/${v3}:",
    '[INFO]   - drop column book.note',
    '[INFO]   - rename table publisher to imprint',
    '[INFO]   - rename unique uk_publisher_name to uk_imprint_name',
    ~/\[INFO\] The project compiles \(\d+\.\d s\)\./,
    // the project's tests, on H2 with Flyway over V1, V2 and V3, and the upgrade test of V3 over rows of v2
    'Tests run:',
    '[INFO] BUILD SUCCESS',
]
// in this order, each within a line (an error message comes inside Maven's [ERROR] line)
buildLog.expectInOrder(expected.collect { it instanceof java.util.regex.Pattern ? it : ~/.*${java.util.regex.Pattern.quote(it.toString())}.*/ })
assert new File(shelf, '.builder/schema-design.yaml').text.contains('# v3:')
def upgrade = new XmlSlurper().parse(new File(shelf, 'target/surefire-reports/TEST-com.acme.shelf.MigrationUpgradeTest.xml'))
assert upgrade.@tests.toInteger() == 1 && upgrade.@failures.toInteger() == 0 && upgrade.@errors.toInteger() == 0
assert new File(shelf, 'src/test/resources/db/upgrade/h2').list().sort() == ['V2.sql', 'V3.sql']
assert new File(shelf, 'src/test/resources/db/upgrade/postgresql').list().sort() == ['V2.sql', 'V3.sql']
// the hand edit is in the new version (which the tests above compiled and ran), and nothing was parked beside it
def service = new File(shelf, 'src/main/java/com/acme/shelf/book/BookService.java')
assert service.text.contains('    // audited by the shelf team\n    private void apply(Book book, BookRequest request) {')
assert service.text.contains('book.setName(request.name());')
assert !new File(service.path + '.builder-new').exists() && !new File(service.path + '.builder-conflict').exists()

// The same three migrations on a real PostgreSQL server, over a row written under v1
def postgres = evaluate(new File(basedir, '../../../it/_support/postgres.groovy')).find(localRepositoryPath)
def url = postgres.freshDatabase('builder_it_evolving')
def statements = { File file ->
    file.readLines().findAll { !it.startsWith('--') }.join('\n').split(/;\n/).collect { it.trim().replaceAll(/;$/, '') }.findAll { it }
}
def folder = new File(shelf, 'src/main/resources/db/migration/postgresql')
postgres.connect(url).withCloseable { Connection db ->
    def run = { String name -> statements(new File(folder, name)).each { db.createStatement().execute(it) } }
    run('V1__init.sql')
    db.createStatement().execute("INSERT INTO book (title, pages, note) VALUES ('Dune', 412, 'sand')")
    run(v2)
    db.createStatement().execute("INSERT INTO publisher (name) VALUES ('Chilton')")
    db.createStatement().execute("UPDATE book SET publisher_id = (SELECT id FROM publisher)")
    run(v3)
    def row = db.createStatement().executeQuery('SELECT name, pages, status, subtitle, publisher_id FROM book')
    assert row.next()
    assert row.getString('name') == 'Dune'
    assert row.getLong('pages') == 412
    assert row.getString('status') == 'DRAFT'
    assert row.getString('subtitle') == null
    assert !row.next()
    def columns = db.createStatement().executeQuery(
        "SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns" +
        " WHERE table_name = 'book' ORDER BY column_name")
    def seen = [:]
    while (columns.next()) {
        seen[columns.getString(1)] = [columns.getString(2), columns.getObject(3), columns.getString(4)].findAll { it != null }.join(' ')
    }
    assert seen == [id: 'bigint NO', kind: 'character varying 32 YES', label: 'character varying 255 YES',
                    name: 'character varying 200 NO', pages: 'bigint YES', publisher_id: 'bigint YES',
                    status: 'character varying 32 NO', subtitle: 'character varying 255 YES', version: 'bigint NO']: seen
    // the keys followed the renames: the unique key is the label's, the CHECK takes the added value
    db.createStatement().execute("UPDATE book SET label = 'b1', kind = 'ESSAY'")
    try {
        db.createStatement().execute("INSERT INTO book (name, label, status) VALUES ('Emma', 'b1', 'DRAFT')")
        assert false : 'a second book with label b1 was accepted'
    } catch (java.sql.SQLException duplicate) {
        assert duplicate.message.contains('uk_book_label') : duplicate.message
    }
    // the publisher is an imprint now, under its new keys; deleted, the book's reference is cleared (onDelete
    // set-null), the book stays
    def imprint = db.createStatement().executeQuery('SELECT name FROM imprint')
    assert imprint.next() && imprint.getString(1) == 'Chilton'
    try {
        db.createStatement().execute("INSERT INTO imprint (name) VALUES ('Chilton')")
        assert false : 'a second imprint named Chilton was accepted'
    } catch (java.sql.SQLException duplicate) {
        assert duplicate.message.contains('uk_imprint_name') : duplicate.message
    }
    def pk = db.createStatement().executeQuery("SELECT constraint_name FROM information_schema.table_constraints" +
            " WHERE table_name = 'imprint' AND constraint_type = 'PRIMARY KEY'")
    assert pk.next() && pk.getString(1) == 'pk_imprint'
    db.createStatement().execute('DELETE FROM imprint')
    def after = db.createStatement().executeQuery('SELECT publisher_id FROM book')
    assert after.next() && after.getObject(1) == null
}
postgres.drop('builder_it_evolving')

// The packaged apps: v1 (kept by hand-edit/ before v2 was generated) and v3
def jar = new File(shelf, 'target').listFiles().find { it.name ==~ /shelf-.*\.jar/ }
assert jar : 'no packaged jar in shelf/target'
def v1Jar = new File(basedir, 'shelf-v1.jar')
assert v1Jar.isFile() : 'hand-edit/ did not keep the v1 jar'
def start = { File app, String name, Map<String, String> environment ->
    int port = new ServerSocket(0).withCloseable { it.localPort }
    def pb = new ProcessBuilder(new File(System.getProperty('java.home'), 'bin/java').path, '-jar', app.path)
            .redirectErrorStream(true).redirectOutput(new File(basedir, "app-${name}.log"))
    pb.environment().putAll([SERVER_PORT: port.toString(), JAVA_TOOL_OPTIONS: '-XX:TieredStopAtLevel=1'] + environment)
    def process = pb.start()
    long deadline = System.currentTimeMillis() + 180_000
    while (true) {
        assert process.alive : "the app stopped before it was ready; see app-${name}.log"
        try {
            def connection = new URL("http://127.0.0.1:${port}/actuator/health/readiness").openConnection()
            if (connection.responseCode == 200) {
                break
            }
        } catch (IOException notYet) {
        }
        assert System.currentTimeMillis() < deadline : "the app was not ready within 180 s; see app-${name}.log"
        Thread.sleep(500)
    }
    [process: process, port: port]
}
def stop = { app ->
    app.process.destroy()
    assert app.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)
}
def books = { app -> new groovy.json.JsonSlurper().parse(new URL("http://127.0.0.1:${app.port}/api/books")) }

// On a file database: the v1 app fills it over its own API; the v3 app, started on the same file, migrates it
// (V2, V3) and serves the rows under the renamed fields
def h2 = [DATABASE_URL: "jdbc:h2:file:${new File(basedir, 'h2/shelf').absolutePath}".toString(), DATABASE_USERNAME: 'sa',
          DATABASE_PASSWORD: '']
def v1OnFile = start(v1Jar, 'v1-h2', h2)
try {
    [[title: 'Dune', pages: 412, note: 'sand', code: 'b1', kind: 'NOVEL'], [title: 'Odes', code: 'b2', kind: 'POEM']].each { book ->
        def post = new URL("http://127.0.0.1:${v1OnFile.port}/api/books").openConnection()
        post.requestMethod = 'POST'
        post.doOutput = true
        post.setRequestProperty('Content-Type', 'application/json')
        post.outputStream.withCloseable { it << groovy.json.JsonOutput.toJson(book) }
        assert post.responseCode == 201 : "v1 POST ${book}: ${post.responseCode} ${post.errorStream?.text}"
    }
    assert books(v1OnFile).content*.title == ['Dune', 'Odes']
} finally {
    stop(v1OnFile)
}
def v3OnFile = start(jar, 'v3-h2', h2)
try {
    def rows = books(v3OnFile).content
    assert rows.collect { [it.name, it.label, it.kind, it.pages, it.status] } ==
            [['Dune', 'b1', 'NOVEL', 412, 'DRAFT'], ['Odes', 'b2', 'POEM', null, 'DRAFT']]: rows
    assert rows.every { !it.containsKey('note') && !it.containsKey('title') && !it.containsKey('code') }
} finally {
    stop(v3OnFile)
}
assert new File(basedir, 'app-v3-h2.log').text.contains('Successfully applied 2 migrations')

// On PostgreSQL: the packaged v3 app on a database it first migrates only to V1 (as a v1 app would have left it),
// with a row written then; started again, Flyway applies V2 and V3 and the app serves the row under the renamed field.
def appUrl = postgres.freshDatabase('builder_it_evolving_app')
def pg = [DATABASE_URL: appUrl, DATABASE_USERNAME: postgres.user, DATABASE_PASSWORD: postgres.password]
def v1App = start(jar, 'v1-pg', pg + [SPRING_FLYWAY_TARGET: '1'])
stop(v1App)
postgres.connect(appUrl).withCloseable { Connection db ->
    db.createStatement().execute("INSERT INTO book (title, pages, note) VALUES ('Dune', 412, 'sand')")
}
def v3App = start(jar, 'v3-pg', pg)
try {
    def served = books(v3App)
    assert served.content*.name == ['Dune']: served
    assert served.content[0].status == 'DRAFT' && served.content[0].pages == 412 && !served.content[0].containsKey('note')
} finally {
    stop(v3App)
}
postgres.connect(appUrl).withCloseable { Connection db ->
    def versions = db.createStatement().executeQuery('SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank')
    def applied = []
    while (versions.next()) {
        applied << versions.getString(1)
    }
    assert applied == ['1', '2', '3']: applied
}
postgres.drop('builder_it_evolving_app')

// The upgrade test on the production database: with TEST_DATABASE_URL naming the PostgreSQL server, it runs on a
// schema of its own there (shelf_upgrade), beside an API test on the database's own schema; twice, so the second
// run starts on what the first left, with the upgrade test first (it must not keep the API test's schema from
// being cleaned).
def build = evaluate(new File(basedir, '../../../it/_support/project-build.groovy')).of(basedir, localRepositoryPath)
def testUrl = postgres.freshDatabase('builder_it_evolving_tests')
(1..2).each { run ->
    def result = build.run(shelf, "postgresql-upgrade-${run}", [TEST_DATABASE_URL: testUrl, TEST_DATABASE_USERNAME: postgres.user,
                                                              TEST_DATABASE_PASSWORD: postgres.password],
            ['-o', 'test', '-Djacoco.skip=true', '-Dbuilder.skip=true', '-Dtest=MigrationUpgradeTest,BookApiTest',
             '-Dsurefire.runOrder=reversealphabetical'])
    assert result.exit == 0 : "run ${run} on PostgreSQL failed:\n" + result.log.findAll { it.contains('<<<') || it.startsWith('[ERROR]') }.take(40).join('\n')
    def reports = ['MigrationUpgradeTest', 'book.BookApiTest'].collect {
        new XmlSlurper().parse(new File(shelf, "target/surefire-reports/TEST-com.acme.shelf.${it}.xml"))
    }
    assert reports.every { it.@tests.toInteger() > 0 && it.@failures.toInteger() == 0 && it.@errors.toInteger() == 0 }
}
postgres.connect(testUrl).withCloseable { Connection db ->
    // the upgrade test's own schema (Flyway created it, and says so in a row without a version), migrated to V3 from V2
    // over the PostgreSQL rows; the API test's in public
    def applied = { String schema ->
        def versions = db.createStatement().executeQuery("SELECT version FROM ${schema}.flyway_schema_history WHERE success AND version IS NOT NULL" +
                ' ORDER BY installed_rank')
        def all = []
        while (versions.next()) {
            all << versions.getString(1)
        }
        all
    }
    assert applied('shelf_upgrade') == ['1', '2', '3']
    assert applied('public') == ['1', '2', '3']
    def rows = db.createStatement().executeQuery('SELECT name FROM shelf_upgrade.book')
    assert rows.next() && rows.getString(1) == 'r' && !rows.next()
}
postgres.drop('builder_it_evolving_tests')
true
