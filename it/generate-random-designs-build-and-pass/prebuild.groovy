import dev.backendbuilder.design.random.Feature
import dev.backendbuilder.design.random.RandomDesigns

// Two random designs from one seed, new each run and printed: -Dbuilder.it.designSeed=<seed> replays a run.
// design-one has performance entries (its benchmark gate runs); design-two has none.
def property = System.getProperty('builder.it.designSeed')
long seed = property && property != 'random' ? Long.parseLong(property) : new Random().nextInt(Integer.MAX_VALUE)
// app.java above the JDK running these builds stops them at once (the generated enforcer says how to fix
// it): such designs are left out here when this JDK is older than 25; tier 1 compiles them all.
def excluded = new HashSet<Feature>(RandomDesigns.Options.fromSystemProperties().excluded())
if (Runtime.version().feature() < 25) {
    excluded << Feature.NEWER_JAVA
}
def options = new RandomDesigns.Options(null, null, excluded)
long first = seed
String one = RandomDesigns.yaml(first, options.withAppName('rnd-one').withPerformance(true))
while (!one.contains('\nperformance:')) { // a design without a resource has no endpoint to measure
    one = RandomDesigns.yaml(++first, options.withAppName('rnd-one').withPerformance(true))
}
String two = RandomDesigns.yaml(seed + 1_000_000, options.withAppName('rnd-two').withPerformance(false))
new File(basedir, 'design-one.yaml').text = one
new File(basedir, 'design-two.yaml').text = two
def note = "random designs of seed ${seed} (design-one: seed ${first}, design-two: seed ${seed + 1_000_000});" +
        " replay with -Dbuilder.it.designSeed=${seed}"
new File(basedir, 'seed.txt').text = note + '\n'
println "[INFO] generate-random-designs-build-and-pass: ${note}"
true
