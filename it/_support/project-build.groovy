/**
 * Runs Maven in a project an IT generated, from verify.groovy, as the invoker's own builds do: the IT's
 * local repository and settings (local.central, the outer build's local repository, a file: URL), this
 * JVM's Java, no MAVEN_OPTS or DATABASE_URL of the shell.
 *   def build = evaluate(new File(basedir, '../../../it/_support/project-build.groovy')).of(basedir, localRepositoryPath)
 *   def run = build.run(project, 'my-run', [TEST_DATABASE_URL: url], ['test', '-Dtest=X'])   // [exit: 0, log: [...]]
 */
class ProjectBuild {
    private final File basedir
    private final File repo
    private final File settings

    private ProjectBuild(File basedir, File repo, File settings) {
        this.basedir = basedir
        this.repo = repo
        this.settings = settings
    }

    static ProjectBuild of(File basedir, def localRepositoryPath) {
        def outerRepo = new File(System.getProperty('maven.repo.local') ?: new File(System.getProperty('user.home'), '.m2/repository').path)
        def settings = new File(basedir, 'it-settings.xml')
        settings.text = new File(basedir, '../../../it/settings.xml').text.replace('@localRepositoryUrl@', outerRepo.toURI().toString())
        new ProjectBuild(basedir, new File(localRepositoryPath.toString()), settings)
    }

    /** {@code mvn -B <arguments>} in {@code project} with {@code environment} added; its log is {@code <name>.log} in basedir. */
    Map run(File project, String name, Map<String, String> environment, List<String> arguments, int timeoutSeconds = 900) {
        def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
        def logFile = new File(basedir, "${name}.log")
        def pb = new ProcessBuilder([mvn, '-B', "-Dmaven.repo.local=${repo}".toString(), '-s', settings.path] + arguments)
                .directory(project).redirectErrorStream(true).redirectOutput(logFile)
        pb.environment().put('JAVA_HOME', System.getProperty('java.home'))
        pb.environment().remove('MAVEN_OPTS')
        pb.environment().remove('DATABASE_URL')
        pb.environment().putAll(environment)
        def process = pb.start()
        assert process.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS) : "${name} did not finish within ${timeoutSeconds} s"
        [exit: process.exitValue(), log: logFile.text.readLines()*.replaceAll(/\u001B\[[0-9;]*m/, '')]
    }
}

ProjectBuild
