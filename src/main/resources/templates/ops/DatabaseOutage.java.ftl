package ${project.packageName}.common;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a database that cannot be reached from every other failure, so that a request needing it is
 * answered 503 with {@code Retry-After} — the client did nothing wrong (not 401 or 400) and the
 * server has no bug (not 500). The answer comes within {@code DATABASE_POOL_TIMEOUT_MS}: that is as
 * long as the pool waits for a connection before it gives up.
 *
 * <p>It is also the pool's judge of a failed connection ({@code exception-override-class-name}):
 * HikariCP drops a connection on SQL state 08 only, and H2 reports a broken one with codes of its
 * own, so without this a broken connection went back to the pool and the application never
 * recovered while requests kept coming.
 */
public final class DatabaseOutage implements SQLExceptionOverride {

    /** Seconds a client should wait before it tries again; readiness takes the instance out meanwhile. */
    public static final String RETRY_AFTER_SECONDS = "5";
    public static final String DETAIL = "The database is unavailable. Try again in a few seconds.";

    /** SQL state class 08 is "connection exception" in every database this application runs on. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /** Created by HikariCP, from its {@code exception-override-class-name} setting. */
    public DatabaseOutage() {
    }

    /**
     * Whether the pool must drop the connection {@code failure} came from. (No {@code @Override}: the
     * interface's enum of that name hides the annotation.)
     */
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        return isCause(failure)
                ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    /** Whether {@code failure}, or anything that caused it, says the database cannot be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The innermost message, for the operator's log line: which database, and why it is out of reach. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
