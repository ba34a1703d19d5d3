import groovy.xml.XmlSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// Every goal in the plugin descriptor the build generated (basedir is target/it/<name>), so a new
// goal is covered without editing this script.
def descriptor = new XmlSlurper().parse(new File(basedir, '../../classes/META-INF/maven/plugin.xml'))
def goals = descriptor.mojos.mojo.goal*.text().sort()
assert goals.containsAll(['help', 'init', 'validate'])

assert log.contains('[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:help (default-cli) @ standalone-pom ---')
assert log.contains("This plugin has ${goals.size()} goals:".toString())
// Each goal is listed on a line of its own, with a description under it; no other goal is listed.
def listed = log.findAll { it ==~ /builder:[a-z-]+/ }*.substring('builder:'.length()).sort()
assert listed == goals : "help lists ${listed}, the plugin has ${goals}"
goals.each { goal ->
    int at = log.indexOf('builder:' + goal)
    assert log[at + 1] ==~ /  \S.*/ : "no description under builder:${goal}"
}
assert log.contains('[INFO] BUILD SUCCESS')
true
