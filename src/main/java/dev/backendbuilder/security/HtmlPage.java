package dev.backendbuilder.security;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Metric;
import java.util.Locale;

/** The security result as one self-contained HTML page ({@code target/builder/security.html}). */
public final class HtmlPage {

    private HtmlPage() {
    }

    public static String render(SecurityReport report) {
        GateResult result = report.result();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Security gate: ")
                .append(status(result)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append(".ERROR{background:#fde2e1}.WARNING{background:#fff6d6}.ACCEPTED{background:#eef6ee}\n</style>\n</head>\n<body>\n")
                .append("<h1>Security gate: ").append(status(result)).append("</h1>\n<p>").append(escape(result.summary()))
                .append("</p>\n<h2>Figures</h2>\n<table>\n<tr><th>figure</th><th>value</th></tr>\n");
        for (Metric metric : result.metrics()) {
            html.append("<tr><td>").append(escape(metric.label())).append("</td><td>")
                    .append(metric.unit().equals("count") ? String.valueOf((long) metric.value())
                            : String.format(Locale.ROOT, "%.1f", metric.value()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Findings</h2>\n");
        if (report.items().isEmpty()) {
            html.append("<p>No findings.</p>\n");
        } else {
            html.append("<table>\n<tr><th>outcome</th><th>rule</th><th>finding</th><th>location</th><th>details</th></tr>\n");
            for (SecurityReport.Item item : report.items()) {
                html.append("<tr class=\"").append(item.outcome()).append("\"><td>").append(item.outcome().name().toLowerCase(Locale.ROOT))
                        .append("</td><td>").append(escape(item.ruleId())).append("</td><td>").append(escape(item.message()))
                        .append("</td><td>").append(escape(item.file() == null ? "" : item.file()))
                        .append(item.line() == null ? "" : ":" + item.line()).append("</td><td>")
                        .append(escape(item.justification() != null ? "accepted: " + item.justification()
                                : item.description() == null ? "" : item.description()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!result.notes().isEmpty()) {
            html.append("<h2>Notes</h2>\n<ul>\n");
            result.notes().forEach(note -> html.append("<li>").append(escape(note)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String status(GateResult result) {
        return result.status().name().toLowerCase(Locale.ROOT);
    }

    /** Escapes text for HTML content and attribute values (also used by the implementation report's page). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
