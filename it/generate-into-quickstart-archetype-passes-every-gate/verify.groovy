def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))

assert log.any { it.startsWith("[INFO]   - Imported Spring Boot's BOM org.springframework.boot:spring-boot-dependencies:") && it.contains('before org.junit:junit-bom:5.11.0') }
def pom = new File(basedir, 'pom.xml').text
assert pom.indexOf('<artifactId>spring-boot-dependencies</artifactId>') < pom.indexOf('<artifactId>junit-bom</artifactId>')
// the archetype's own test still runs, on the JUnit Boot manages
assert new File(basedir, 'target/surefire-reports/TEST-com.example.AppTest.xml').isFile()
assert !log.any { it.contains('NoSuchMethodError') }
project.assertEveryGatePassed(log, basedir, 'quickstart', true)
