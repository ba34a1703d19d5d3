package ${project.packageName}.common;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a production start without its variables into a short "what is missing, what to do" report. */
public class ProductionEnvironmentFailureAnalyzer
        extends AbstractFailureAnalyzer<ProductionEnvironment.MissingVariables> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionEnvironment.MissingVariables cause) {
        String action = "Set " + (cause.getMissing().size() == 1 ? "it" : "them")
                + " in the environment (docker compose reads .env;"
                + " .env.example and the README say what each one is for),"
                + " or start without the " + ProductionEnvironment.PROFILE + " profile for development.";
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
