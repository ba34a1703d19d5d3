def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))

assert log.any { it.startsWith("[INFO]   - Imported Spring Boot's BOM") && it.contains('before org.junit:junit-bom:5.10.2, com.fasterxml.jackson:jackson-bom:2.15.4') }
def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
assert pom.dependencyManagement.dependencies.dependency*.artifactId*.text() == ['spring-boot-dependencies', 'junit-bom', 'jackson-bom']
// the user's dependencies stay as written
assert pom.dependencies.dependency*.artifactId*.text().containsAll(['jackson-annotations', 'junit-jupiter-api'])
assert !log.any { it.contains('NoSuchMethodError') || it.contains('NoClassDefFoundError') }
project.assertEveryGatePassed(log, basedir, 'boms', true)
