import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// A pause of 120 ms has a p95 between 0.12 and 0.2 s; shown with the limit's one decimal, rounded
// against the user, it is 0.2 s.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-benchmark) @ benchmark-impossible-limit-fails ---',
    '[INFO] # Benchmark: com.example.bench.PauseBenchmark.pause',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:benchmark (builder-benchmark) on project benchmark-impossible-limit-fails: benchmark gate failed with 1 violation:',
    // failWhenBusy: on a loaded machine the miss still fails, and says the load it was measured at
    ~/\[ERROR\]   - PauseBenchmark\.pause p95 0\.2 s > limit 0\.1 s( \(measured on an overloaded machine: load average .*; builder\.benchmark\.failWhenBusy is set\))?/,
    ~/\[ERROR\] Details: target\/builder\/benchmark\/jmh-result\.json\. To write the implementation report first .*/,
])
// shown as precisely as the limit, as the violation shows it
assert log.contains("[INFO] PauseBenchmark.pause p95 (s): 0.2 (maximum 0.1, margin -0.1)")
log.noStackTrace()

def result = new JsonSlurper().parse(new File(basedir, 'target/builder/benchmark.json'))
assert result.status == 'FAILED'
assert result.violations.size() == 1 && result.violations[0].message.startsWith('PauseBenchmark.pause p95 0.2 s > limit 0.1 s')
assert result.violations*.rule == ['benchmark.limit']
assert result.violations*.actual == ['0.2 s']
assert result.violations*.expected == ['0.1 s']
assert result.notes[0] == 'No baseline benchmark-baseline.json, so no regression check. Write one with -Dbuilder.benchmark.updateBaseline=true and commit it.'
assert result.notes[1].startsWith('Measured at ')
assert result.metrics.find { it.name == 'machine.cores' }.value >= 1
true
