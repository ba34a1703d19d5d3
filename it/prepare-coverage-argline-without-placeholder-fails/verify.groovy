def log = evaluate(new File(basedir, '../../../it/_support/build-log.groovy')).read(basedir)

// Stopped before any test could run without the agent, with the exact line to write.
log.expectInOrder([
    '[INFO] --- builder-maven-plugin:0.1.0-SNAPSHOT:prepare-coverage (builder-coverage) @ prepare-coverage-argline-without-placeholder-fails ---',
    '[INFO] BUILD FAILURE',
    '[ERROR] Failed to execute goal dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:prepare-coverage (builder-coverage)'
        + ' on project prepare-coverage-argline-without-placeholder-fails: maven-surefire-plugin sets'
        + ' <argLine>-Dfrom.configuration=lost -Xmx256m</argLine>, which replaces the argLine property that carries the'
        + ' JaCoCo agent, so its tests would record no coverage. Write <argLine>@{argLine} -Dfrom.configuration=lost'
        + ' -Xmx256m</argLine> instead: the plugin replaces @{argLine} when the tests start, after'
        + ' builder:prepare-coverage has set it. -> [Help 1]',
])
log.noStackTrace()
assert !new File(basedir, 'target').exists()
true
