// The files in the shared default data directories of the IT repository before the build (those of
// the feed and central-database folders aside): verify.groovy checks that the build left them as they were.
def root = new File(localRepositoryPath, 'dev/backendbuilder/dependency-check-data')
def lines = []
if (root.isDirectory()) {
    root.eachFileRecurse { f ->
        def rel = root.toPath().relativize(f.toPath()).toString()
        if (f.isFile() && !rel.split('/').any { it.startsWith('datafeed-') || it.startsWith('central-') }) {
            lines << "${rel} ${f.length()}@${f.lastModified()}"
        }
    }
}
new File(basedir, 'default-data-before.txt').text = lines.sort().join('\n')
true
