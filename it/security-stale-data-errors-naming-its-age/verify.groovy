import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def feed = "file://${basedir.absolutePath}/target/feed-10-days-old/"
def data = new File(basedir, 'target/nvd-data')
def stamp = new File(basedir, 'target/feed-10-days-old/cache.properties').readLines()[0] - 'lastModifiedDate='

// first build: accepted by maxDataAge=P30D, and the age is printed
log.expectInOrder([
    "[INFO] Vulnerability data: NVD data from the NVD datafeed ${feed}, updated 10 days ago (${stamp}), 1 record, in ${data}",
    "[INFO] security gate passed: 1 dependency, 0 vulnerabilities (0 at or above CVSS 7.0, 0 accepted); NVD data from the NVD datafeed ${feed}, updated 10 days ago (${stamp}), 1 record",
    '[INFO] BUILD SUCCESS',
])
// second build, offline: too old and cannot be updated
def error = log.find { it.startsWith('[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:security') }
assert error.endsWith("on project security-stale-data-errors-naming-its-age: security gate could not run: The vulnerability data cannot back a verdict: it is 10 days old (last modified ${stamp}), older than builder.security.maxDataAge P7D, and Maven is offline (-o), so it was not updated. It is NVD data from the NVD datafeed ${feed}, updated 10 days ago (${stamp}), 1 record, in ${data}.")
log.expectInOrder([
    error,
    '[ERROR] Get fresh data in one of three ways:',
    "[ERROR]   1. an NVD API key: -Dbuilder.security.nvdApiKey=<key>, a settings.xml <server> with id 'nvd' and the key as password (builder.security.nvdApiServerId), or the environment variable NVD_API_KEY;",
    '[ERROR]   2. an NVD datafeed mirror: -Dbuilder.security.nvdDatafeedUrl=https://<mirror>/ or file:///<folder>/;',
    "[ERROR]   3. an existing database another build keeps up to date: -Dbuilder.security.dataDirectory=<folder with odc.mv.db> (now ${data}), or a central database: -Dbuilder.security.databaseUrl=jdbc:postgresql://<host>/<database>.",
    '[ERROR] Under mvn -o nothing is downloaded: run once online first.',
    '[ERROR] Or accept older data with -Dbuilder.security.maxDataAge=<ISO-8601 duration, e.g. P30D>.',
])
log.noStackTrace()

// the result file keeps what was measured and the data's provenance
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'ERROR'
assert result.summary.startsWith('The vulnerability data cannot back a verdict: it is 10 days old')
assert result.metrics.find { it.name == 'data.records' }.value == 1
def age = result.metrics.find { it.name == 'data.ageHours' }.value
assert age >= 240 && age < 241
assert result.evidence.contains("vulnerability database: ${data}".toString())
def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/security.sarif'))
assert sarif.runs[0].properties.vulnerabilityData.source == "the NVD datafeed ${feed}".toString()
assert sarif.runs[0].properties.vulnerabilityData.lastModified == stamp
assert sarif.runs[0].properties.vulnerabilityData.records == 1
true
