package dev.backendbuilder.mojo;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/** Real Maven projects and sessions for the coverage mojo tests (the harness only gives mocks). */
final class CoverageProjects {

    private CoverageProjects() {
    }

    /** A jar module in {@code folder} with the usual layout. */
    static MavenProject module(Path folder, String artifactId) {
        Model model = new Model();
        model.setModelVersion("4.0.0");
        model.setGroupId("com.example");
        model.setArtifactId(artifactId);
        model.setVersion("1.0.0");
        Build build = new Build();
        build.setDirectory(folder.resolve("target").toString());
        build.setOutputDirectory(folder.resolve("target/classes").toString());
        build.setSourceDirectory(folder.resolve("src/main/java").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(new File(folder.toFile(), "pom.xml"));
        project.addCompileSourceRoot(folder.resolve("src/main/java").toString());
        return project;
    }

    /** A session building {@code projects} in this order, the first being the execution root. */
    @SuppressWarnings("deprecation")
    static MavenSession session(List<MavenProject> projects, List<String> goals) {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setBaseDirectory(projects.get(0).getBasedir());
        request.setGoals(goals);
        projects.get(0).setExecutionRoot(true);
        MavenSession session = new MavenSession(null, request, new DefaultMavenExecutionResult(), projects);
        session.setCurrentProject(projects.get(0));
        return session;
    }
}
