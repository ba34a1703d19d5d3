package dev.backendbuilder.security;

import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.data.update.CachedWebDataSource;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Records in the database which source an updating build fills it from ({@code the NVD API},
 * {@code the NVD datafeed <url>}), so that every later scan of that database, on this machine or
 * reading a central database, can say where its data came from. Dependency-Check runs every
 * {@link CachedWebDataSource} it finds (this one is registered in {@code META-INF/services}) inside
 * its update, with the database open for writing and, for H2, under its update lock. Builds that do
 * not update leave the record as it is.
 *
 * <p>The record must not claim data it did not bring: Dependency-Check skips its update check for
 * {@code updateValidForHours} after the last one, so when the recorded source differs from this
 * build's, this recorder makes that check happen now ({@code nvd.api.check.validforhours=0}). It runs
 * before the NVD data source because {@code ServiceLoader} lists the plugin's own jar first.
 */
public final class SourceRecorder implements CachedWebDataSource {

    /** The Dependency-Check setting through which a runner hands its source to this recorder. */
    static final String SETTING = "builder.security.source";

    /** The key of the database property holding the source ({@code properties.id} is VARCHAR(50)). */
    static final String PROPERTY = "builder.source";

    @Override
    public boolean update(Engine engine) {
        String source = engine.getSettings().getString(SETTING, null);
        if (source == null || source.isBlank() || engine.getDatabase() == null) {
            return false;
        }
        // properties.value is VARCHAR(500)
        String recorded = source.length() > 500 ? source.substring(0, 500) : source;
        var properties = engine.getDatabase().getDatabaseProperties();
        if (!recorded.equals(properties.getProperty(PROPERTY))) {
            engine.getSettings().setInt(Settings.KEYS.NVD_API_VALID_FOR_HOURS, 0);
            properties.save(PROPERTY, recorded);
        }
        return false;
    }

    @Override
    public boolean purge(Engine engine) {
        return true;
    }
}
