import groovy.json.JsonSlurper
import java.sql.Connection
import java.time.Duration
import java.time.Instant
import java.util.zip.ZipFile

// A real PostgreSQL server (.ci/postgres start), with a database of its own holding Dependency-Check's
// schema from its own initialize_postgres.sql.
def postgres = evaluate(new File(basedir, '../../../it/_support/postgres.groovy')).find(localRepositoryPath)
def repo = new File(localRepositoryPath.toString())
def user = postgres.user
def password = postgres.password
def connect = { String jdbc -> postgres.connect(jdbc) }
def database = 'builder_it_central'
def databaseUrl = postgres.freshDatabase(database)
def schema = new ZipFile(postgres.jar(repo, 'org.owasp', 'dependency-check-core')).withCloseable { z ->
    z.getInputStream(z.getEntry('data/initialize_postgres.sql')).getText('UTF-8')
}
connect(databaseUrl).withCloseable { Connection c -> c.createStatement().execute(schema) }

// feed A: the commons-collections record (before 3.2.2); feed B, newer: a second record, for 3.2.2 only
def feeds = evaluate(new File(basedir, '../../../it/_support/nvd-feed.groovy'))
def now = Instant.now()
def feedA = feeds.write(new File(basedir, 'target/feed-a'), now.minus(Duration.ofHours(1)), [2015: [feeds.commonsCollections()]], [], true)
def feedB = feeds.write(new File(basedir, 'target/feed-b'), now, [2015: [feeds.commonsCollections()]],
    [feeds.commonsCollections322('CVE-2026-0001')], true)
// The builds resolve from the IT repository (no network: a file: repository) as the invoker's own builds do: with the IT
// settings' repository (local.central, the outer build's local repository), which recorded them.
new File(basedir, 'target').mkdirs()
def outerRepo = new File(System.getProperty('maven.repo.local') ?: new File(System.getProperty('user.home'), '.m2/repository').path)
def itSettings = new File(basedir, '../../../it/settings.xml').text.replace('@localRepositoryUrl@', outerRepo.toURI().toString())
def plainSettings = new File(basedir, 'target/settings.xml')
plainSettings.text = itSettings
def serverSettings = new File(basedir, 'target/settings-with-server.xml')
serverSettings.text = itSettings.replace('<profiles>', """<servers><server><id>builder.security.database</id>
<username>${user}</username><password>${password}</password></server></servers>
  <profiles>""")

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def build = { String module, List<String> args, boolean envCredentials ->
    def command = [mvn, '-B', "-Dmaven.repo.local=${repo}", '-s', (envCredentials ? plainSettings : serverSettings).path,
                   '-f', "${module}/pom.xml", 'verify',
                   "-Dbuilder.security.databaseUrl=${databaseUrl}", '-Dbuilder.deferFailures=true'] + args
    def pb = new ProcessBuilder(command.collect { it.toString() }).directory(basedir).redirectErrorStream(true)
        .redirectOutput(new File(basedir, "${module}.log"))
    pb.environment().put('JAVA_HOME', System.getProperty('java.home'))
    pb.environment().remove('MAVEN_OPTS')
    if (envCredentials) {
        pb.environment().put('BUILDER_SECURITY_DATABASE_USER', user)
        pb.environment().put('BUILDER_SECURITY_DATABASE_PASSWORD', password)
    } else {
        pb.environment().remove('BUILDER_SECURITY_DATABASE_USER')
        pb.environment().remove('BUILDER_SECURITY_DATABASE_PASSWORD')
    }
    def run = [module: module, started: System.nanoTime()]
    run.process = pb.start()
    run.exit = run.process.onExit().thenApply { System.nanoTime() }
    run
}
def finish = { Map run ->
    assert run.process.waitFor(600, java.util.concurrent.TimeUnit.SECONDS) : "${run.module} did not finish within 10 min"
    run.ended = run.exit.get()
    run.log = new File(basedir, "${run.module}.log").text.readLines()*.replaceAll(/\u001B\[[0-9;]*m/, '')
    assert run.process.exitValue() == 0 : "${run.module} failed:\n" + run.log.takeRight(40).join('\n')
    run.result = new JsonSlurper().parse(new File(basedir, "${run.module}/target/builder/security.json"))
    run
}
def seconds = { long nanos -> String.format(Locale.ROOT, '%.1f s', nanos / 1e9) }

// 1. one job fills the central database
def fill = finish(build('updater', ["-Dbuilder.security.nvdDatafeedUrl=${feedA}"], true))
assert fill.result.status == 'PASSED'
println "[central] fill from feed A: ${seconds(fill.ended - fill.started)}"

// 2. the updater takes feed B while two builds read at the same time, without updating
def runs = [build('updater', ["-Dbuilder.security.nvdDatafeedUrl=${feedB}"], true),
            build('reader-one', [], true),
            build('reader-two', ['-Dbuilder.security.autoUpdate=false'], false)]
runs.each { finish(it) }
runs.each { println "[central] ${it.module}: ${seconds(it.ended - it.started)}" }
// they ran at the same time: each started before any finished
assert runs*.started.max() < runs*.ended.min()

def location = "the central database ${databaseUrl}"
def (updater, readerOne, readerTwo) = runs
// the updater scanned with feed B's new record, and recorded feed B as the source
// Dependency-Check's own 'Checking for updates' line is DEBUG now: the updater's data (feed B, 2 records) says it updated
assert updater.result.status == 'FAILED'
assert updater.result.violations*.message == ['commons-collections:commons-collections:3.2.2: CVE-2026-0001, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0']
assert updater.result.notes.any { it.startsWith("Vulnerability data: NVD data from the NVD datafeed ${feedB}, updated ") && it.endsWith(", 2 records, in ${location}.") }
// the readers did not update and found exactly the 3.2.1 record, from A's data or B's
[readerOne, readerTwo].each { reader ->
    assert reader.result.notes.contains("Vulnerability data used as it is from ${location} (no NVD API key or datafeed configured, so it is not updated).".toString())
    assert reader.result.status == 'FAILED'
    assert reader.result.violations*.message == ['commons-collections:commons-collections:3.2.1: CVE-2015-7501, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0']
    // what it judged with: A's data, B's, or (Dependency-Check updates record by record) a moment in between
    def data = reader.result.notes.find { it.startsWith('Vulnerability data: NVD data from the NVD datafeed ') }
    assert data ==~ /Vulnerability data: NVD data from the NVD datafeed (\Q${feedA}\E|\Q${feedB}\E), updated (1 h|\d+ (s|min)) ago \(\S+\), (1 record|2 records), in \Q${location}\E\./
    println "[central] ${reader.module} read: ${data - 'Vulnerability data: NVD data from the NVD datafeed '}"
    assert reader.result.evidence.contains("vulnerability database: ${location}".toString())
}

// 3. the database now holds both records and names feed B as its source
connect(databaseUrl).withCloseable { Connection c ->
    def rs = c.createStatement().executeQuery('SELECT COUNT(*) FROM vulnerability')
    rs.next()
    assert rs.getLong(1) == 2
    rs = c.createStatement().executeQuery("SELECT value FROM properties WHERE id = 'builder.source'")
    rs.next()
    assert rs.getString(1) == "the NVD datafeed ${feedB}".toString()
}
postgres.drop(database)
true
