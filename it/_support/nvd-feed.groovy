/**
 * Writes fixture NVD datafeeds for the ITs, stamped when the IT runs (so that they are as old as
 * the IT says on any day): cache.properties and gzipped NVD API 2.0 responses, in the layout
 * Dependency-Check reads from builder.security.nvdDatafeedUrl. Records: the commons-collections
 * fixture (CVE-2015-7501, versions before 3.2.2) and, for updates, a second one that only 3.2.2 has.
 *   def feeds = evaluate(new File(basedir, '../../../it/_support/nvd-feed.groovy'))
 *   String url = feeds.write(new File(basedir, 'target/feed'), Instant.now().minus(Duration.ofDays(10)))
 */
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.time.Instant
import java.time.ZoneOffset
import java.time.temporal.ChronoUnit
import java.util.zip.GZIPOutputStream

class NvdFeeds {
    final File pluginDir

    NvdFeeds(File pluginDir) {
        this.pluginDir = pluginDir
    }

    /** The plugin build's stamped fixture feed (target/it-nvd-feed), spelt as the ITs' poms name it. */
    String itFeedUrl() {
        "file://${new File(pluginDir, 'target/it-nvd-feed').canonicalPath}/"
    }

    /** When the plugin build stamped that feed. */
    String itFeedStamp() {
        new File(pluginDir, 'target/it-nvd-feed/cache.properties').readLines()[0] - 'lastModifiedDate='
    }

    /** A pattern of how the gate names that feed's data: {@code NVD data from …, updated 2 min ago (…), 1 record}. */
    String itFeedData() {
        "NVD data from the NVD datafeed \\Q${itFeedUrl()}\\E, updated \\d+ (?:s|min|h) ago \\(\\Q${itFeedStamp()}\\E\\), 1 record"
    }

    /** The commons-collections fixture record (the {@code cve} object of the NVD API). */
    Map commonsCollections() {
        new JsonSlurper().parse(new File(pluginDir, 'src/test/resources/dev/backendbuilder/security/nvd/CVE-2015-7501.json')) as Map
    }

    /** A fixture record (not a real vulnerability) for commons-collections 3.2.2 only, CVSS v3.1 9.8. */
    Map commonsCollections322(String id) {
        Map cve = commonsCollections()
        cve.id = id
        cve.descriptions = [[lang: 'en', value: 'Test fixture, not a real vulnerability: commons-collections 3.2.2 only.']]
        Map match = cve.configurations[0].nodes[0].cpeMatch[0]
        match.criteria = 'cpe:2.3:a:apache:commons_collections:3.2.2:*:*:*:*:*:*:*'
        match.remove('versionEndExcluding')
        cve
    }

    /**
     * Writes a feed into {@code folder} and answers its file: URL. {@code years} maps a year to its records;
     * {@code modified} are the records of nvdcve-modified; with {@code allYears} every year Dependency-Check
     * asks for (2002 to next year) is listed, so that a later update of the same database takes only the
     * modified file instead of everything again.
     */
    String write(File folder, Instant stamp, Map<Integer, List<Map>> years = [2015: [commonsCollections()]],
            List<Map> modified = [], boolean allYears = false) {
        folder.mkdirs()
        String at = stamp.truncatedTo(ChronoUnit.SECONDS).toString()
        Map<Integer, List<Map>> files = new TreeMap(years)
        if (allYears) {
            int next = stamp.atZone(ZoneOffset.UTC).year + 1
            (2002..next).each { files.putIfAbsent(it, []) }
        }
        def properties = new StringBuilder("lastModifiedDate=${at}\nlastModifiedDate.modified=${at}\n")
        files.each { year, records ->
            properties << "lastModifiedDate.${year}=${at}\n"
            gzip(new File(folder, "nvdcve-${year}.json.gz"), records, at)
        }
        gzip(new File(folder, 'nvdcve-modified.json.gz'), modified, at)
        new File(folder, 'cache.properties').text = properties.toString()
        folder.toURI().toString()
    }

    private static void gzip(File file, List<Map> records, String at) {
        def response = [resultsPerPage: records.size(), startIndex: 0, totalResults: records.size(), format: 'NVD_CVE',
                        version: '2.0', timestamp: at.replace('Z', '.000'), vulnerabilities: records.collect { [cve: it] }]
        file.withOutputStream { out -> new GZIPOutputStream(out).withStream { it << JsonOutput.toJson(response).getBytes('UTF-8') } }
    }
}

// basedir of an IT is target/it/<name>: the plugin's folder is three up
new NvdFeeds(new File(basedir, '../../..').canonicalFile)
