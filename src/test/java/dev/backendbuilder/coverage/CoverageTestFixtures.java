package dev.backendbuilder.coverage;

import java.nio.file.Path;

/** Fixture projects for tests outside this package (the mojo tests). */
public final class CoverageTestFixtures {

    private CoverageTestFixtures() {
    }

    /**
     * A module in {@code folder} with the fixture classes and sources, and an exec file recorded by
     * running part of them ({@code target/jacoco.exec}); with {@code most}, a second one
     * ({@code target/jacoco-it.exec}) that runs nearly all the rest.
     */
    public static void project(Path folder, boolean most) throws Exception {
        CoverageFixture fixture = CoverageFixture.create(folder);
        fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        if (most) {
            fixture.record("jacoco-it.exec", CoverageFixture::moreOfIt);
        }
    }
}
