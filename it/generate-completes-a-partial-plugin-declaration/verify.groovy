def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))

assert log.any { it.startsWith('[INFO]   - Changed the parent spring-boot-starter-parent from 3.5.0 to 4.') }
assert log.any { it.startsWith('[INFO]   - Added the goals validate, prepare-coverage, security, benchmark, report to your builder-maven-plugin') }
def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
def builder = pom.build.plugins.plugin.find { it.artifactId.text() == 'builder-maven-plugin' }
assert builder.executions.execution.collect { "${it.id.text()}=${it.goals.goal*.text().join(',')}".toString() } ==
        ['builder-gates=validate,prepare-coverage,security,benchmark', 'team-coverage=coverage', 'builder-report=report']
assert builder.configuration.line.text() == '0.75'
project.assertEveryGatePassed(log, basedir, 'partial', true)
