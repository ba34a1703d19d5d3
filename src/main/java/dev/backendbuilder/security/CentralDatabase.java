package dev.backendbuilder.security;

import java.util.Locale;
import java.util.Objects;

/**
 * A Dependency-Check database on a server, shared by many builds (Dependency-Check's "central
 * database" mode): one job updates it, the others read it without updating. PostgreSQL is the
 * documented engine; its JDBC driver ships with the plugin.
 *
 * @param url               JDBC URL, e.g. {@code jdbc:postgresql://db.example.com:5432/dependencycheck}
 * @param user              database user
 * @param password          the user's password, or {@code null}
 * @param credentialsSource where user and password came from (for messages; never the password itself)
 */
public record CentralDatabase(String url, String user, String password, String credentialsSource) {

    /** The JDBC driver class of the PostgreSQL driver bundled with the plugin. */
    static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";

    public CentralDatabase {
        Objects.requireNonNull(url, "url");
        url = url.trim();
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("builder.security.databaseUrl must be a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://<host>:<port>/<database>), not '" + url + "'; PostgreSQL is the central database"
                    + " engine whose driver ships with the plugin");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the central database " + url + " needs a user: a settings.xml <server> with"
                    + " its <username> and <password> (builder.security.databaseServerId), or the environment variables"
                    + " BUILDER_SECURITY_DATABASE_USER and BUILDER_SECURITY_DATABASE_PASSWORD");
        }
    }

    /** The URL without any query part (which may carry a password), for messages and result files. */
    public String displayUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "CentralDatabase[" + displayUrl() + ", user " + user + " from " + credentialsSource + "]";
    }
}
