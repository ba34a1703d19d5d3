import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def data = new File(basedir, 'target/nvd-data')

log.expectInOrder([
    '[INFO] Skipping builder:security (builder.security.skip=true)',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-security) on project security-offline-without-data-lists-three-ways: No vulnerability data: there is no database ' + new File(data, 'odc.mv.db') + ' and Maven is offline (-o), so none is downloaded.',
    '[ERROR] Get data in one of three ways:',
    "[ERROR]   1. an NVD API key: -Dbuilder.security.nvdApiKey=<key>, a settings.xml <server> with id 'nvd' and the key as password (builder.security.nvdApiServerId), or the environment variable NVD_API_KEY;",
    '[ERROR]   2. an NVD datafeed mirror: -Dbuilder.security.nvdDatafeedUrl=https://<mirror>/ or file:///<folder>/;',
    '[ERROR]   3. an existing database another build keeps up to date: -Dbuilder.security.dataDirectory=<folder with odc.mv.db> (now ' + data + '), or a central database: -Dbuilder.security.databaseUrl=jdbc:postgresql://<host>/<database>.',
    '[ERROR] Under mvn -o nothing is downloaded: run once online first.',
    '[ERROR] Set builder.security.failOnNoData=false to only warn.',
])
log.noStackTrace()
assert !log.any { it.contains('Checking for updates') }
assert !new File(data, 'odc.mv.db').exists()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'ERROR'
assert result.summary.startsWith('No vulnerability data: there is no database')
true
