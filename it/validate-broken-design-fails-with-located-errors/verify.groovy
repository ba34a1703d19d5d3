def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// One failure listing every problem, in file order, each located; then Maven's own hint.
def expected = [
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-broken-design-fails-with-located-errors ---',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-broken-design-fails-with-located-errors: design.yaml has 7 errors:',
    "[ERROR]   design.yaml:5:3: unknown key 'descripton' in 'app'. Did you mean 'description'? Allowed here: name, package, description, java, database.",
    "[ERROR]   design.yaml:9:7: field name 'class' is a Java reserved word; rename it (e.g. 'className' or 'classValue').",
    "[ERROR]   design.yaml:10:22: unknown value 'strnig' for 'type'. Did you mean 'string'? Allowed: string, text, integer, long, decimal, boolean, date, datetime, uuid, enum.",
    "[ERROR]   design.yaml:11:29: 'min' does not apply to field 'name' of type string; it applies to integer, long and decimal fields; for a length limit use 'minLength'.",
    "[ERROR]   design.yaml:12:55: maxLength 5 of field 'code' is below its minLength 10; no value could be valid.",
    "[ERROR]   design.yaml:16:3: duplicate key 'Order' (first defined at line 13); a later one would silently replace it, so merge the two or rename one.",
    "[ERROR]   design.yaml:20:33: relationship 'to' names the unknown entity 'Client'. Entities: Customer, Order.",
    '[ERROR] -> [Help 1]',
    '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException',
]
log.expectInOrder(expected)
// The problem lines are exactly these, no more.
assert log.findAll { it ==~ /\[ERROR\]   design\.yaml:\d+:\d+: .*/ }.size() == 7
assert !log.contains('[INFO] BUILD SUCCESS')
log.noStackTrace()
// validate writes nothing.
assert !new File(basedir, 'target').exists()
true
