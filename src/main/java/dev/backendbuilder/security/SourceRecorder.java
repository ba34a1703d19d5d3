package dev.backendbuilder.security;

import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.data.update.CachedWebDataSource;

/**
 * Records in the database which source an updating build fills it from ({@code the NVD API},
 * {@code the NVD datafeed <url>}), so that every later scan of that database, on this machine or
 * reading a central database, can say where its data came from. Dependency-Check runs every
 * {@link CachedWebDataSource} it finds (this one is registered in {@code META-INF/services}) inside
 * its update, with the database open for writing and, for H2, under its update lock. Builds that do
 * not update leave the record as it is.
 */
public final class SourceRecorder implements CachedWebDataSource {

    /** The Dependency-Check setting through which a runner hands its source to this recorder. */
    static final String SETTING = "builder.security.source";

    /** The key of the database property holding the source ({@code properties.id} is VARCHAR(50)). */
    static final String PROPERTY = "builder.source";

    @Override
    public boolean update(Engine engine) {
        String source = engine.getSettings().getString(SETTING, null);
        if (source != null && !source.isBlank() && engine.getDatabase() != null) {
            // properties.value is VARCHAR(500)
            engine.getDatabase().getDatabaseProperties().save(PROPERTY, source.length() > 500 ? source.substring(0, 500) : source);
        }
        return false;
    }

    @Override
    public boolean purge(Engine engine) {
        return true;
    }
}
