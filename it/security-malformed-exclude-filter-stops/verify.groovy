import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def filter = new File(basedir, 'spotbugs-exclude.xml')
def error = log.find { it.startsWith('[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:security') }
assert error.contains("on project security-malformed-exclude-filter-stops: The SpotBugs filter file ${filter} (builder.security.spotbugs.excludeFilter) is malformed: line 3, column 9: SpotBugs does not know the element <Mtch> (it would ignore it); its filter elements are And, Annotation, Bug, BugCode, BugPattern, Class, Confidence, Field, FindBugsFilter, Local, Match, Method, Not, Or, Package, Priority, Rank, Source, Type. Fix it; the format is SpotBugs' filter file (https://spotbugs.readthedocs.io/en/latest/filter.html).")
// the gate stopped before SpotBugs ran
assert !log.any { it.startsWith('[INFO] Analysing ') }
assert !new File(basedir, 'target/builder/spotbugs/spotbugs.xml').exists()
log.noStackTrace()
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/security.json'))
assert result.status == 'ERROR'
assert result.summary.contains('SpotBugs does not know the element <Mtch>')
true
