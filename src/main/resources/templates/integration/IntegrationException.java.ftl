package ${project.packageName}.integration;

/**
 * A call to an external service failed: refused, timed out, answered with an error after its
 * retries, or was not sent because the service's circuit breaker is open.
 */
public class IntegrationException extends RuntimeException {

    private final String integration;
    private final int status;

    IntegrationException(String integration, String message, int status, Throwable cause) {
        super(integration + ": " + message, cause);
        this.integration = integration;
        this.status = status;
    }

    /** The design's name of the service. */
    public String getIntegration() {
        return integration;
    }

    /** The service's HTTP status, or 0 when it gave no answer (timeout, refused, breaker open). */
    public int getStatus() {
        return status;
    }
}
