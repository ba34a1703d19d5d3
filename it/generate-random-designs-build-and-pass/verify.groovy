import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)
def project = evaluate(new File(basedir, '../../../it/_support/generated-project.groovy'))
def seed = new File(basedir, 'seed.txt').text.trim()
println "[INFO] ${seed}"
try {
    log.expectInOrder(['[INFO] BUILD SUCCESS', '[INFO] BUILD SUCCESS', '[INFO] BUILD SUCCESS', '[INFO] BUILD SUCCESS',
                       '[INFO] BUILD SUCCESS', '[INFO] BUILD SUCCESS'])
    ['rnd-one', 'rnd-two'].each { name ->
        def root = new File(basedir, name)
        def design = new File(root, 'design.yaml')
        assert design.isFile() : "generate copied no design.yaml into ${name}/"
        // The gates of the generated pom use the design's own coverage thresholds (random ones are 0.50 to 0.80).
        def coverage = new JsonSlurper().parse(new File(root, 'target/builder/coverage.json'))
        def minimum = coverage.metrics.findAll { it.threshold != null }*.threshold.min() ?: 0.80
        project.assertBuilt(log, root, name, [], minimum as double)
        assert project.testCount(root) > 0
    }
    // rnd-one ran its generated benchmarks through the benchmark gate, and they passed.
    def benchmark = new JsonSlurper().parse(new File(basedir, 'rnd-one/target/builder/benchmark.json'))
    assert benchmark.status == 'PASSED' : benchmark.summary
    log.expectInOrder(['[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-gates) @ rnd-one ---'])
    assert !new File(basedir, 'rnd-two/target/builder/benchmark.json').exists()
    // Four test runs in random order, each with its own seed: the tests do not depend on their order.
    def orders = log.findAll { it.contains('-Dsurefire.runOrder.random.seed=') }.collect { (it =~ /random\.seed=(-?\d+)/)[0][1] }
    assert orders.size() == 4 && orders.toSet().size() == 4 : "expected 4 random test orders with distinct seeds, got ${orders}"
} catch (Throwable failure) {
    throw new AssertionError("${seed}: ${failure.message}", failure)
}
true
