package dev.backendbuilder.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link SecurityReport} as SARIF 2.1.0: one rule per CVE or bug type with its
 * {@code security-severity} (the highest score among its results, as GitHub code scanning reads
 * it), one result per finding with a location (a dependency finding points at the pom), and
 * accepted findings carried with a SARIF suppression and its justification.
 */
public final class SarifWriter {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final String toolVersion;

    public SarifWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * The tool of one SARIF run.
     *
     * @param name           short name ({@code builder-security})
     * @param fullName       what it is
     * @param informationUri where to read about it
     */
    public record Tool(String name, String fullName, String informationUri) {
    }

    /** The security gate's tool. */
    public static final Tool SECURITY = new Tool("builder-security",
            "builder-maven-plugin security gate (OWASP Dependency-Check, SpotBugs with Find Security Bugs)",
            "https://github.com/dependency-check/DependencyCheck");

    /**
     * The SARIF text. The run's {@code properties} say what the verdict rests on: the CVSS threshold
     * ({@code failOnCvss}) and the vulnerability data's source, location, last modification, age and size
     * ({@code vulnerabilityData}).
     */
    public String write(SecurityReport report) {
        ObjectNode run = run(SECURITY, report.items());
        ObjectNode properties = run.putObject("properties");
        properties.put("failOnCvss", report.failOnCvss());
        VulnerabilityData data = report.data();
        if (data != null) {
            ObjectNode provenance = properties.putObject("vulnerabilityData");
            provenance.put("source", data.sourceOrUnknown());
            provenance.put("location", data.location());
            if (data.lastModified() != null) {
                provenance.put("lastModified", data.lastModified());
            }
            report.result().metrics().stream().filter(m -> m.name().equals("data.ageHours")).findFirst()
                    .ifPresent(age -> provenance.put("ageHours", age.value()));
            provenance.put("records", data.records());
        }
        return document(List.of(run));
    }

    /** A SARIF 2.1.0 document holding these runs (as made by {@link #run} or read from another SARIF file). */
    public String document(List<? extends JsonNode> runs) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ArrayNode array = root.putArray("runs");
        runs.forEach(array::add);
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
    }

    /** One run of {@code tool}: a rule per rule id, a result per item. */
    public ObjectNode run(Tool tool, List<SecurityReport.Item> items) {
        ObjectNode run = json.createObjectNode();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool.name());
        driver.put("fullName", tool.fullName());
        driver.put("version", toolVersion);
        driver.put("informationUri", tool.informationUri());
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode ruleArray = driver.putArray("rules");
        ArrayNode results = run.putArray("results");
        for (SecurityReport.Item item : items) {
            ObjectNode rule = rules.computeIfAbsent(item.ruleId(), id -> {
                ObjectNode r = ruleArray.addObject();
                r.put("id", id);
                r.putObject("shortDescription").put("text", shortText(item));
                r.putObject("fullDescription").put("text", nonEmpty(item.description(), shortText(item)));
                ObjectNode properties = r.putObject("properties");
                ArrayNode tags = properties.putArray("tags");
                switch (item.kind()) {
                    case VULNERABILITY -> tags.add("security").add("vulnerability");
                    case BUG -> tags.add("bug");
                    case ACCEPTANCE -> tags.add("configuration");
                    case RULE -> tags.add("quality");
                }
                ruleIndex.put(id, ruleIndex.size());
                return r;
            });
            if (item.securitySeverity() != null) {
                ObjectNode properties = (ObjectNode) rule.get("properties");
                double previous = properties.has("security-severity")
                        ? Double.parseDouble(properties.get("security-severity").asText()) : -1;
                if (item.securitySeverity() > previous) {
                    properties.put("security-severity", String.format(Locale.ROOT, "%.1f", item.securitySeverity()));
                }
                ArrayNode tags = (ArrayNode) properties.get("tags");
                if (!tags.toString().contains("\"security\"")) {
                    tags.add("security");
                }
            }
            ObjectNode result = results.addObject();
            result.put("ruleId", item.ruleId());
            result.put("ruleIndex", ruleIndex.get(item.ruleId()));
            result.put("kind", "fail");
            result.put("level", switch (item.outcome()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case ACCEPTED -> "note";
            });
            result.putObject("message").put("text", item.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", item.file() == null ? "pom.xml" : item.file().replace('\\', '/'));
            artifact.put("uriBaseId", "%SRCROOT%");
            if (item.line() != null && item.line() > 0) {
                physical.putObject("region").put("startLine", item.line());
            }
            result.putObject("partialFingerprints").put("builderFinding/v1", item.ruleId() + "|" + item.message());
            if (item.securitySeverity() != null) {
                result.putObject("properties").put("security-severity",
                        String.format(Locale.ROOT, "%.1f", item.securitySeverity()));
            }
            if (item.outcome() == SecurityReport.Outcome.ACCEPTED) {
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("status", "accepted");
                suppression.put("justification", nonEmpty(item.justification(), "accepted"));
            }
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").putObject("description")
                .put("text", "the module's folder (where its pom.xml is)");
        return run;
    }

    private static String shortText(SecurityReport.Item item) {
        return switch (item.kind()) {
            case VULNERABILITY -> item.ruleId() + " (dependency vulnerability)";
            case BUG -> item.ruleId() + " (SpotBugs bug pattern)";
            case ACCEPTANCE -> item.ruleId().replace("builder.", "").replace('.', ' ');
            case RULE -> item.ruleId() + " (quality gate rule)";
        };
    }

    private static String nonEmpty(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
