package dev.backendbuilder.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-code coverage on a real git history (made with JGit in a temporary folder) and the real
 * fixture classes: main holds the first lines of Shapes.java, the branch the whole file.
 */
class NewCodeCoverageTest {

    @TempDir
    Path folder;

    private CoverageFixture fixture;
    private Path exec;
    private Path shapes;
    private final PersonIdent author = new PersonIdent("Builder Test", "test@example.com");

    @BeforeEach
    void setUp() throws Exception {
        fixture = CoverageFixture.create(folder);
        exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        shapes = fixture.sources().resolve("coveragefixture/Shapes.java");
    }

    /** main: Shapes.java up to line {@code keep}; feature (checked out): the whole file, committed or not. */
    private RevCommit history(int keep, boolean commitFeature) throws Exception {
        String whole = Files.readString(shapes);
        List<String> lines = whole.lines().toList();
        Files.writeString(shapes, String.join("\n", lines.subList(0, keep)) + "\n");
        Files.writeString(folder.resolve(".gitignore"), "target/\n");
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".gitignore").addFilepattern("src").call();
            RevCommit base = git.commit().setMessage("main").setAuthor(author).setCommitter(author).setSign(false).call();
            git.checkout().setCreateBranch(true).setName("feature").call();
            Files.writeString(shapes, whole);
            if (commitFeature) {
                git.add().addFilepattern("src").call();
                git.commit().setMessage("feature").setAuthor(author).setCommitter(author).setSign(false).call();
            }
            return base;
        }
    }

    private CoverageCheck.Outcome run(CoverageCheck.NewCode newCode) throws CoverageException {
        return new CoverageCheck().run(new CoverageCheck.Settings("fixture", folder, List.of(fixture.module()),
            List.of(exec), "target/jacoco*.exec", List.of(CoverageRule.bundleMinimums(0.1, 0.1)),
            new ClassFilter(List.of()), folder.resolve("target/builder/coverage"), "UTF-8", newCode));
    }

    @Test
    void changed_lines_should_run_from_the_merge_base_to_the_working_tree() throws Exception {
        RevCommit base = history(21, true);
        Files.writeString(folder.resolve("src/main/java/coveragefixture/Extra.java"), "package coveragefixture;\n");

        ChangedLines changes = ChangedLines.since(folder, "main");

        assertThat(changes.mergeBase()).isEqualTo(base.abbreviate(7).name());
        assertThat(changes.files().get(shapes.toAbsolutePath().normalize())).first().isEqualTo(22);
        assertThat(changes.files().get(shapes.toAbsolutePath().normalize())).last().isEqualTo(38);
        // an untracked new file is new code too
        assertThat(changes.paths()).contains(folder.resolve("src/main/java/coveragefixture/Extra.java").toAbsolutePath());
    }

    @Test
    void new_code_should_fail_under_its_minimum_with_the_uncovered_lines() throws Exception {
        history(21, false);

        CoverageCheck.Outcome outcome = run(new CoverageCheck.NewCode("main", 0.8, 5));

        // lines 22-38 of Shapes.java: perimeterSum (5 coverable) and unused (3), none ran
        GateResult result = outcome.result();
        assertThat(result.status()).isEqualTo(Status.FAILED);
        String since = outcome.details().get(0).substring("new code ".length(), outcome.details().get(0).indexOf(':'));
        assertThat(outcome.details()).containsExactly(
            "new code " + since + ": 0 of 8 changed coverable lines covered",
            "uncovered new lines: coveragefixture/Shapes.java:24, coveragefixture/Shapes.java:25,"
                + " coveragefixture/Shapes.java:26, coveragefixture/Shapes.java:27, coveragefixture/Shapes.java:30,"
                + " coveragefixture/Shapes.java:34, coveragefixture/Shapes.java:35, coveragefixture/Shapes.java:36");
        assertThat(result.violations()).extracting(Violation::message, Violation::location)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("new code line coverage 0.0000 < minimum 0.80", since));
        assertThat(result.metrics()).extracting(Metric::name).contains("newCode.line", "newCode.changedLines");
    }

    @Test
    void new_code_should_pass_when_the_changed_lines_ran() throws Exception {
        history(11, true);

        CoverageCheck.Outcome outcome = run(new CoverageCheck.NewCode("main", 0.15, 5));

        // lines 12-38: kind (2 of 5 lines ran), perimeterSum and unused (none)
        assertThat(outcome.result().status()).isEqualTo(Status.PASSED);
        assertThat(outcome.details().get(0)).endsWith(": 2 of 13 changed coverable lines covered");
    }

    @Test
    void new_code_should_say_plainly_when_the_change_is_too_small_to_judge() throws Exception {
        history(33, true);

        CoverageCheck.Outcome outcome = run(new CoverageCheck.NewCode("main", 0.8, 10));

        assertThat(outcome.result().status()).isEqualTo(Status.PASSED);
        assertThat(outcome.details()).singleElement().asString()
            .startsWith("new code since merge-base ")
            .endsWith(" with main: 3 changed coverable lines (0 covered), too few to judge"
                + " (builder.coverage.newCode.minimumLines is 10); new-code coverage not checked");
    }

    @Test
    void new_code_should_explain_an_unknown_reference() throws Exception {
        history(33, true);

        assertThatThrownBy(() -> ChangedLines.since(folder, "origin/main"))
            .isInstanceOf(CoverageException.class)
            .hasMessage("Unknown git reference 'origin/main' for builder.coverage.newCode.reference. Name a branch, tag"
                + " or commit that exists here (in CI, fetch it first, e.g. 'git fetch origin main' for origin/main).");
    }

    @Test
    void new_code_should_explain_a_folder_outside_git() throws Exception {
        Path outside = Files.createDirectories(folder.resolve("plain"));

        assertThatThrownBy(() -> ChangedLines.since(outside, "main"))
            .isInstanceOf(CoverageException.class)
            .hasMessageStartingWith("builder.coverage.newCode.reference is 'main', but ")
            .hasMessageEndingWith(" is not inside a git repository. Run the build in a git checkout, or leave the parameter out.");
    }

    @Test
    void new_code_should_explain_histories_without_common_ancestor() throws Exception {
        history(33, true);
        try (Git git = Git.open(folder.toFile())) {
            git.checkout().setOrphan(true).setName("elsewhere").call();
            git.commit().setMessage("unrelated").setAuthor(author).setCommitter(author).setSign(false).call();
        }

        assertThatThrownBy(() -> ChangedLines.since(folder, "main"))
            .isInstanceOf(CoverageException.class)
            .hasMessage("HEAD and 'main' have no common ancestor, so there is no new code to measure against it."
                + " Name a reference on the same history.");
    }
}
