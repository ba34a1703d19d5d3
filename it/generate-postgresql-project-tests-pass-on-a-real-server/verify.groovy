import groovy.xml.XmlSlurper
import java.sql.Connection

// A real PostgreSQL server (.ci/postgres start), with a database of its own that no earlier run left behind.
def postgres = evaluate(new File(basedir, '../../../it/_support/postgres.groovy')).find(localRepositoryPath)
def database = 'builder_it_generated'
def databaseUrl = postgres.freshDatabase(database)
def build = evaluate(new File(basedir, '../../../it/_support/project-build.groovy')).of(basedir, localRepositoryPath)

def root = new File(basedir, 'library')
// Twice, in two random orders: the second run starts on the rows and tables the first one left.
def runs = (1..2).collect { run ->
    long started = System.nanoTime()
    def result = build.run(root, "postgresql-run-${run}", [TEST_DATABASE_URL: databaseUrl, TEST_DATABASE_USERNAME: postgres.user,
                                                           TEST_DATABASE_PASSWORD: postgres.password],
            ['test', '-Djacoco.skip=true', '-Dsurefire.runOrder=random'])
    def log = result.log
    assert result.exit == 0 : "test run ${run} on PostgreSQL failed:\n" + log.findAll { it.contains('<<<') || it.startsWith('[ERROR]') }.take(40).join('\n')
    def suites = new File(root, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }.collect { new XmlSlurper().parse(it) }
    def tests = suites.sum { it.@tests.toInteger() }
    assert suites.every { it.@failures.toInteger() == 0 && it.@errors.toInteger() == 0 && it.@skipped.toInteger() == 0 }
    println String.format(Locale.ROOT, '[postgresql] run %d: %d tests in %d suites passed in %.1f s', run, tests, suites.size(),
            (System.nanoTime() - started) / 1e9)
    [tests: tests, suites: suites*.@name*.toString()]
}
assert runs[0].tests == runs[1].tests
// the API tests of every resource ran, and more than a token number of tests
assert runs[0].suites.containsAll(['com.example.library.book.BookApiTest', 'com.example.library.author.AuthorApiTest',
        'com.example.library.review.ReviewApiTest', 'com.example.library.book.BookPermissionTest'])
assert runs[0].tests > 200

// They ran on PostgreSQL: its schema is the migrations' (V1 and the users' V1.1), holding the tables of the design.
postgres.connect(databaseUrl).withCloseable { Connection c ->
    def rs = c.createStatement().executeQuery('SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank')
    def versions = []
    while (rs.next()) { versions << rs.getString(1) }
    assert versions == ['1', '1.1']
    rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
    def tables = []
    while (rs.next()) { tables << rs.getString(1) }
    assert tables.containsAll(['author', 'book', 'review', 'auth_user', 'flyway_schema_history'])
}
postgres.drop(database)
true
