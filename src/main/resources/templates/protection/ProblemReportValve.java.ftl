package ${project.packageName}.common;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Context;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What Tomcat refuses before the application sees it (a malformed request line, an encoded slash,
 * headers over the limit) answered as a problem detail with the security headers, in place of
 * Tomcat's HTML error page. Errors the application answers itself never get here.
 */
public class ProblemReportValve extends ErrorReportValve {

    /** Replaces the HTML error report of the host of {@code context} (Spring Boot adds one) with this valve. */
    static void replaceErrorReport(Context context) {
        Pipeline pipeline = context.getParent().getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(new ProblemReportValve());
        if (context.getParent() instanceof StandardHost host) {
            // Or the host adds its own when it starts.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String detail = status.is4xxClientError()
                ? "The request was refused before it reached the application: its request line or headers are"
                        + " malformed, not allowed or too large."
                : "The server could not complete the request.";
        try {
            SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is committed: there is no one left to answer.
        }
    }
}
