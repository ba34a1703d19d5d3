import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

/**
 * Assertions on a project builder:generate wrote and Maven then built with `verify`. Loaded by
 * the generate ITs:
 *   def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))
 *   project.assertBuilt(log, root, 'library', ['com.example.library.book.BookApiTest', ...])
 */
class GeneratedProject {

    /**
     * Every generated test passed, and the gates bound in the generated pom ran and passed; line and
     * branch coverage reached {@code coverageMinimum} (the design's threshold: 0.80 unless it says otherwise).
     */
    static void assertBuilt(def log, File root, String artifactId, List<String> suiteNames, double coverageMinimum = 0.80) {
        // The generated tests log the errors they provoke on purpose; none comes from the plugin.
        assert !log.any { it.contains('at dev.backendbuilder') }
        def suites = new File(root, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }
                .collect { new XmlSlurper().parse(it) }
        assert suites*.@name*.toString().containsAll(suiteNames)
        assert suites.every { it.@failures.toInteger() == 0 && it.@errors.toInteger() == 0 && it.@skipped.toInteger() == 0 }
        log.expectInOrder([
            "[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:prepare-coverage (builder-gates) @ ${artifactId} ---",
            "[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-gates) @ ${artifactId} ---",
            "[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:security (builder-gates) @ ${artifactId} ---",
            "[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:report (builder-gates) @ ${artifactId} ---",
            '[INFO] Implementation report: target/builder/implementation-report.md (also .json, .html; target/builder/builder.sarif)',
        ])
        // Coverage: line and branch at least the minimum, as the generated pom and design demand.
        def coverage = new JsonSlurper().parse(new File(root, 'target/builder/coverage.json'))
        assert coverage.status == 'PASSED'
        def figures = coverage.metrics.findAll { it.threshold != null }.collectEntries { [(it.name): it.value] }
        assert figures.size() == 2 && figures.values().every { it >= coverageMinimum } : figures
        // Security: the dependencies scanned against the fixture feed, the classes by SpotBugs; nothing found.
        def security = new JsonSlurper().parse(new File(root, 'target/builder/security.json'))
        assert security.status == 'PASSED' : security.summary
        assert security.violations.isEmpty()
        // The report: every gate passed; endpoints read from the compiled controllers, tables from the H2 migration.
        def report = new JsonSlurper().parse(new File(root, 'target/builder/implementation-report.json'))
        assert report.verdict.status == 'PASSED'
        // The benchmark gate reports too where the design has performance entries (skipped in the ITs).
        assert report.verdict.rows*.area - ['benchmark'] == ['coverage', 'security']
        assert !report.facts.endpoints.isEmpty()
        assert report.facts.endpoints.every { it.method in ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] && it.path.startsWith('/') }
        assert report.facts.data.migrationFolder == 'src/main/resources/db/migration/h2'
        assert !report.facts.data.tables.isEmpty()
        assert report.facts.tests.kinds*.kind == ['unit']
        ['implementation-report.md', 'implementation-report.html', 'builder.sarif'].each {
            assert new File(root, "target/builder/${it}").length() > 0
        }
    }

    /**
     * Every gate of the generated pom ran in {@code root} and passed: validate, prepare-coverage, coverage,
     * security, benchmark (when the design has performance entries) and report, whatever the executions
     * are called (a merged pom keeps the user's own). A benchmark limit missed on an overloaded machine
     * is INCONCLUSIVE, never a pass: accepted only with the load that explains it, when {@code allowBusy}.
     */
    static void assertEveryGatePassed(def log, File root, String artifactId, boolean benchmark, boolean allowBusy = false) {
        assert !log.any { it.contains('at dev.backendbuilder') }
        // each gate ran (a user's own executions may order them otherwise), report after all of them
        def goals = ['validate', 'prepare-coverage', 'coverage', 'security'] + (benchmark ? ['benchmark'] : [])
        def ran = { String goal -> log.findIndexOf { it ==~ /\[INFO\] --- builder-maven-plugin:0\.1\.0-SNAPSHOT:${goal} \([^)]+\) @ ${artifactId} ---/ } }
        goals.each { assert ran(it) >= 0 : "builder:${it} did not run" }
        assert ran('report') > goals.collect { ran(it) }.max() : 'builder:report did not run after every gate'
        log.expectInOrder(['[INFO] Implementation report: target/builder/implementation-report.md (also .json, .html; target/builder/builder.sarif)'])
        def suites = new File(root, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }
                .collect { new XmlSlurper().parse(it) }
        assert !suites.isEmpty()
        assert suites.every { it.@failures.toInteger() == 0 && it.@errors.toInteger() == 0 }
        def read = { String area -> new JsonSlurper().parse(new File(root, "target/builder/${area}.json")) }
        assert read('coverage').status == 'PASSED'
        assert read('security').status == 'PASSED' : read('security').summary
        def report = new JsonSlurper().parse(new File(root, 'target/builder/implementation-report.json'))
        def areas = ['coverage', 'security'] + (benchmark ? ['benchmark'] : [])
        assert report.verdict.rows*.area.containsAll(areas) : report.verdict.rows*.area
        if (benchmark) {
            def bench = read('benchmark')
            assert bench.metrics.any { it.name == 'machine.cores' }
            if (bench.status == 'INCONCLUSIVE') {
                assert allowBusy && bench.notes.any { it.contains('overloaded') } : bench.violations*.message
                assert log.any { it.startsWith('[WARNING] benchmark gate inconclusive: ') }
                assert report.verdict.status == 'INCONCLUSIVE'
                return
            }
            assert bench.status == 'PASSED' : bench.violations*.message
            assert bench.metrics.count { it.threshold != null } > 0
        }
        assert report.verdict.status == 'PASSED'
    }

    /** The report's endpoints as "METHOD path request response". */
    static List<String> reportedEndpoints(File root) {
        new JsonSlurper().parse(new File(root, 'target/builder/implementation-report.json')).facts.endpoints
                .collect { "${it.method} ${it.path} ${it.request ?: '-'} ${it.response}".toString() }
    }

    /** The names of the test methods of {@code suite} that ran and passed. */
    static List<String> passed(File root, String suite) {
        def report = new File(root, "target/surefire-reports/TEST-${suite}.xml")
        assert report.isFile() : "no test report for ${suite}"
        new XmlSlurper().parse(report).testcase.findAll { tc -> ['failure', 'error', 'skipped'].every { tc[it].size() == 0 } }*.@name*.toString()
    }

    /** Number of tests that ran. */
    static int testCount(File root) {
        new File(root, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }
                .collect { new XmlSlurper().parse(it) }.sum { it.@tests.toInteger() }
    }
}

GeneratedProject
