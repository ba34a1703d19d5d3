def log = new File(basedir, 'build.log').text.readLines()*.replaceAll(/\u001B\[[0-9;]*m/, '')
/** The lines appear in this order (other lines may come between). */
def expectInOrder = { List<String> lines ->
    int from = 0
    lines.each { line ->
        int at = log.subList(from, log.size()).indexOf(line.toString())
        assert at >= 0 : "missing (in order) log line: ${line}"
        from += at + 1
    }
}
def noStackTrace = {
    assert !log.any { it.contains('at dev.backendbuilder') || it.startsWith('\tat ') || it.contains('Exception:') } : 'a stack trace in the log'
}

def designPath = basedir.toPath().toAbsolutePath().normalize().resolve('design.yaml')
expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) @ validate-missing-design ---',
    '[INFO] BUILD FAILURE',
    "[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:validate (builder-design) on project validate-missing-design: No design file at ${designPath}. Run 'mvn builder:init' to write a starter design.yaml, or point -Dbuilder.design=<file> at yours. -> [Help 1]",
    '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException',
])
noStackTrace()
assert !new File(basedir, 'design.yaml').exists()
true
