import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// The same 1000 ops/s baseline that fails benchmark-slower-than-baseline-fails, but measured on
// another CPU: no comparison, a warning, and the build passes.
def cpuHere = ~/CPU .+ x ${Runtime.runtime.availableProcessors()} here/
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-benchmark) @ benchmark-baseline-from-other-cpu-warns ---',
    '[INFO] # Benchmark: com.example.bench.SleepBenchmark.sleep',
])
def warning = log.find { it.startsWith('[WARNING] The baseline benchmark-baseline.json was measured elsewhere') }
assert warning != null
assert warning.startsWith('[WARNING] The baseline benchmark-baseline.json was measured elsewhere (CPU Imaginary CPU 9000 x 64 there, ')
assert warning.endsWith(' here): no comparison with it, only absolute limits apply. Write a baseline on this machine with'
    + ' -Dbuilder.benchmark.updateBaseline=true. (benchmark-baseline.json)')
log.expectInOrder([
    ~/\[INFO\] benchmark gate warned: 1 benchmark, 0 limits checked, 0 compared with the baseline; (load average [0-9.]+ at most on \d+ cores? \(.*\)|machine load unknown .*)/,
    '[INFO] BUILD SUCCESS',
])
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/benchmark.json'))
assert result.status == 'WARNED'
assert result.violations*.rule == ['benchmark.baseline.environment']
assert result.violations*.level == ['WARN']
true
