import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// JMH's own output is streamed to the log; then the figure of every limit, one line per benchmark,
// and the verdict. The design's performance entry bounds the endpoint benchmark's p95 and rps.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-benchmark) @ benchmark-small-benchmark-passes ---',
    '[INFO] # Benchmark: com.example.bench.WorkBenchmark.sum',
    '[INFO] # Benchmark: com.example.bench.BookEndpointBenchmark.get',
    '[INFO] Wrote 2 benchmarks to the baseline benchmark-baseline.json; review and commit it.',
    ~/\[INFO\] benchmark gate passed: 2 benchmarks, 3 limits checked, 0 compared with the baseline; (load average [0-9.]+ at most on \d+ cores? \(.*\)|machine load unknown .*)/,
])
def figure = { String pattern -> assert log.any { it ==~ pattern } : "no line matching ${pattern}" }
figure(/\[INFO\] WorkBenchmark\.sum throughput \(ops\/ms\): [0-9.]+ \(minimum 1\.0, margin \+[0-9.]+\)/)
figure(/\[INFO\] GET \/api\/books\/\{id\} p95 \(ms\): [0-9.]+ \(maximum 1000\.0, margin \+[0-9.]+\)/)
figure(/\[INFO\] GET \/api\/books\/\{id\} rps \(ops\/s\): [0-9.]+ \(minimum 50\.0, margin \+[0-9.]+\)/)
figure(/\[INFO\] WorkBenchmark\.sum: [0-9.]+ ± [0-9.]+ ops\/ms \(throughput\)/)
figure(/\[INFO\] GET \/api\/books\/\{id\}: [0-9.]+ ± [0-9.]+ ms\/op \(mean, p50 [0-9.]+, p95 [0-9.]+, p99 [0-9.]+\)/)
assert !log.any { it.startsWith('[WARNING]') && !it.contains('JAR will be empty') } : log.findAll { it.startsWith('[WARNING]') }
log.noStackTrace()

// Every result, passing or not, in target/builder/benchmark.json
def result = new JsonSlurper().parse(new File(basedir, 'target/builder/benchmark.json'))
assert result.area == 'benchmark'
assert result.status == 'PASSED'
assert result.violations.isEmpty()
assert result.evidence == ['target/builder/benchmark/jmh-result.json']
def limits = result.metrics.findAll { it.threshold != null }
assert limits*.label == ['WorkBenchmark.sum throughput (ops/ms)', 'GET /api/books/{id} p95 (ms)', 'GET /api/books/{id} rps (ops/s)']
assert limits*.bound == ['MINIMUM', 'MAXIMUM', 'MINIMUM']
// the machine's load and cores are recorded with every run
assert result.metrics*.name.containsAll(['machine.load.peak', 'machine.cores'])
assert result.metrics.findAll { it.threshold == null }*.name - ['machine.load.peak', 'machine.cores'] == [
    'com.example.bench.WorkBenchmark.sum [thrpt].score',
    'com.example.bench.BookEndpointBenchmark.get(endpoint=GET /api/books/{id}) [sample].score']

// The baseline: every score with its error, the percentiles of the SampleTime benchmark, JDK and CPU.
def baseline = new JsonSlurper().parse(new File(basedir, 'benchmark-baseline.json'))
assert baseline.formatVersion == 1
assert baseline.environment.jdk == System.getProperty('java.version')
assert baseline.environment.vm == System.getProperty('java.vm.name')
assert baseline.environment.cores == Runtime.runtime.availableProcessors()
assert baseline.environment.cpu
assert baseline.benchmarks*.benchmark == ['com.example.bench.BookEndpointBenchmark.get', 'com.example.bench.WorkBenchmark.sum']
assert baseline.benchmarks*.mode == ['sample', 'thrpt']
assert baseline.benchmarks*.unit == ['ms/op', 'ops/ms']
assert baseline.benchmarks[0].params == [endpoint: 'GET /api/books/{id}']
assert baseline.benchmarks[0].percentiles.keySet().containsAll(['50.0', '95.0', '99.0'])
assert baseline.benchmarks.every { it.score > 0 && it.error > 0 && it.confidence.size() == 2 }
true
