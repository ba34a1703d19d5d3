def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

def designPath = basedir.toPath().toAbsolutePath().normalize().resolve('design.yaml')
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-missing-design ---',
    '[INFO] BUILD FAILURE',
    "[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-missing-design: No design file at ${designPath}. Run 'mvn builder:init' to write a starter design.yaml, or point -Dbuilder.design=<file> at yours. -> [Help 1]",
    '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException',
])
log.noStackTrace()
assert !new File(basedir, 'design.yaml').exists()
true
