import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// One line per rule with value and margin; the @Generated class is left out (3 class files analysed,
// CalculatorMapper's code filtered by JaCoCo: 13 of 14 lines, 7 of 8 branches).
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:coverage (builder-coverage) @ coverage-above-threshold-passes ---',
    '[INFO] line coverage: 0.9285 (minimum 0.80, margin +0.1285)',
    '[INFO] branch coverage: 0.8750 (minimum 0.80, margin +0.0750)',
    '[INFO] coverage gate passed: line 0.9285, branch 0.8750 (3 class files, 1 exec file)',
    '[INFO] BUILD SUCCESS',
])
assert !log.any { it.contains('Least-covered') }
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/coverage.json'))
assert result.status == 'PASSED'
assert result.metrics.find { it.name == 'bundle.line' }.threshold == 0.8
assert result.metrics.find { it.name == 'bundle.line.covered' }.value == 13
assert result.metrics.find { it.name == 'bundle.line.total' }.value == 14

// Our report and jacoco-maven-plugin 0.8.15's own report of the same exec file and classes agree,
// counter by counter, on every package, class, method and source file.
def counters = { File file ->
    def factory = javax.xml.parsers.DocumentBuilderFactory.newInstance()
    factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
    def found = [:]
    def walk
    walk = { org.w3c.dom.Element node, String path ->
        def children = node.childNodes
        for (int i = 0; i < children.length; i++) {
            def child = children.item(i)
            if (!(child instanceof org.w3c.dom.Element)) {
                continue
            }
            String kind = child.tagName
            if (kind == 'counter') {
                found["${path} ${child.getAttribute('type')}".toString()] =
                    "${child.getAttribute('missed')}/${child.getAttribute('covered')}".toString()
            } else if (kind in ['package', 'class', 'method', 'sourcefile']) {
                walk(child, "${path}/${kind}:${child.getAttribute('name')}${kind == 'method' ? child.getAttribute('desc') : ''}".toString())
            }
        }
    }
    walk(factory.newDocumentBuilder().parse(file).documentElement, '')
    found
}
def ours = counters(new File(basedir, 'target/builder/coverage/jacoco.xml'))
def jacocos = counters(new File(basedir, 'target/site/jacoco/jacoco.xml'))
assert ours.size() > 40
assert ours == jacocos
assert !ours.keySet().any { it.contains('CalculatorMapper') }
true
