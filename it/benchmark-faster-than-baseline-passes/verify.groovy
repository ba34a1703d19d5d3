import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// The baseline says 10 ops/s; the benchmark reaches about 98: faster is never a regression.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-benchmark) @ benchmark-faster-than-baseline-passes ---',
    '[INFO] # Benchmark: com.example.bench.SleepBenchmark.sleep',
    ~/\[INFO\] benchmark gate passed: 1 benchmark, 0 limits checked, 1 compared with the baseline; (load average [0-9.]+ at most on \d+ cores? \(.*\)|machine load unknown .*)/,
    '[INFO] BUILD SUCCESS',
])
assert log.any { it ==~ /\[INFO\] SleepBenchmark\.sleep \+[0-9]+ % vs baseline \(±[0-9]+ %\), limit −10 %/ }
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/benchmark.json'))
assert result.status == 'PASSED'
assert result.violations.isEmpty()
def change = result.metrics.find { it.name == 'com.example.bench.SleepBenchmark.sleep [thrpt].change' }
assert change.value > 4
true
