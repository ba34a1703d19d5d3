import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// The baseline says 1000 ± 10 ops/s; a 10 ms sleep reaches under 100: about −91 %, far outside both
// error bars, against an allowed −10 %.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-benchmark) @ benchmark-slower-than-baseline-fails ---',
    '[INFO] # Benchmark: com.example.bench.SleepBenchmark.sleep',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-benchmark) on project benchmark-slower-than-baseline-fails: benchmark gate failed with 1 violation:',
])
def message = /SleepBenchmark\.sleep −9[0-9] % vs baseline \(±[0-9]+ %\), limit −10 %/
assert log.any { it ==~ /\[ERROR\]   - / + message } : 'the regression is not in the failure'
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/benchmark.json'))
assert result.status == 'FAILED'
assert result.violations*.rule == ['benchmark.regression']
assert result.violations[0].message ==~ message
assert result.violations[0].expected == '−10 %'
assert result.notes[0] == 'The baseline benchmark-baseline.json does not say which JDK and CPU it was measured on; it is compared as it is.'
assert result.notes[1].startsWith('Measured at ')
def change = result.metrics.find { it.name == 'com.example.bench.SleepBenchmark.sleep [thrpt].change' }
assert change.value < -0.9 && change.value > -1.0
true
