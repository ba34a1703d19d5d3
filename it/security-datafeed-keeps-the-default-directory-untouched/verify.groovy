import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def feed = "file://${new File(basedir, '../../it-nvd-feed').canonicalPath}/"
def root = new File(localRepositoryPath, 'dev/backendbuilder/dependency-check-data').canonicalFile

// the data is in the feed's own folder under <repo>/dev/backendbuilder/dependency-check-data/<schema>/
def line = log.find { it.startsWith("[INFO] Vulnerability data: NVD data from the NVD datafeed ${feed}, updated ") }
assert line : 'the provenance line'
def matcher = line =~ /updated (\d+ (?:s|min|h)) ago \((\S+)\), 1 record, in (.+)$/
assert matcher.find() : line
def folder = new File(matcher.group(3))
assert folder.name ==~ /datafeed-[0-9a-f]{16}/
assert folder.parentFile.parentFile == root
assert new File(folder, 'odc.mv.db').isFile()
// ... and the shared default directory is as it was
def after = []
root.eachFileRecurse { f ->
    def rel = root.toPath().relativize(f.toPath()).toString()
    if (f.isFile() && !rel.split('/').any { it.startsWith('datafeed-') || it.startsWith('central-') }) {
        after << "${rel} ${f.length()}@${f.lastModified()}"
    }
}
def before = new File(basedir, 'default-data-before.txt').text.readLines().findAll { it }
assert after.sort() == before : "the default data directory changed: ${after.sort() - before}"
assert !new File(folder.parentFile, 'odc.mv.db').exists() || before.any { it.startsWith(folder.parentFile.name + '/odc.mv.db ') }

// a fresh fixture passes and names its age, in the log, the result file and SARIF
def summary = "1 dependency, 0 vulnerabilities (0 at or above CVSS 7.0, 0 accepted); NVD data from the NVD datafeed ${feed}, updated ${matcher.group(1)} ago (${matcher.group(2)}), 1 record"
assert log.contains("[INFO] security gate passed: ${summary}".toString())
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'PASSED'
assert result.summary == summary
assert result.metrics.find { it.name == 'data.ageHours' }.value < 24
def sarif = new JsonSlurper().parse(new File(basedir, 'target/builder/security.sarif'))
assert sarif.runs[0].properties.vulnerabilityData.source == "the NVD datafeed ${feed}".toString()
assert sarif.runs[0].properties.vulnerabilityData.location == folder.path
log.noStackTrace()
true
