package dev.backendbuilder.report;

import dev.backendbuilder.security.HtmlPage;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script and no
 * external asset, so it opens from the local repository, a CI artifact or a mail attachment alike.
 */
public final class HtmlRenderer {

    private static final int CHART_WIDTH = 880;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_AREA = 340;
    private static final int ROW_HEIGHT = 22;

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;\
            padding:0 1rem;color:#1f2328;line-height:1.45}
            h1{font-size:1.6rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
            h2{font-size:1.35rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
            h3{font-size:1.15rem;margin-top:1.6rem}h4{font-size:1rem}
            table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.9rem}
            th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            pre{background:#f6f8fa;padding:.8rem;overflow:auto;font-size:.82rem}
            .status-PASSED{color:#1a7f37;font-weight:600}.status-FAILED,.status-ERROR{color:#cf222e;font-weight:600}
            .status-WARNED,.status-INCONCLUSIVE{color:#9a6700;font-weight:600}.status-SKIPPED{color:#57606a;font-weight:600}
            figure{margin:1rem 0}figcaption{font-size:.9rem;color:#57606a;margin-bottom:.3rem}
            svg text{font-size:12px;fill:#1f2328}svg .bar.ok{fill:#2da44e}svg .bar.broken{fill:#cf222e}
            svg .track{fill:#eaeef2}svg .limit{stroke:#1f2328;stroke-width:2}
            """;

    /** The HTML text. */
    public String render(ImplementationReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape("Implementation report: " + report.project().name() + " " + report.project().version()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        for (Block block : ReportOutline.of(report)) {
            if (block instanceof Block.Heading h) {
                html.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (block instanceof Block.Text t) {
                html.append("<p>");
                if (t.strong() != null) {
                    html.append("<strong class=\"status-").append(escape(t.strong())).append("\">")
                            .append(escape(t.strong())).append("</strong> ");
                }
                html.append(escape(t.text())).append("</p>\n");
            } else if (block instanceof Block.Items i) {
                html.append("<ul>\n");
                i.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof Block.Grid t) {
                table(html, t);
            } else if (block instanceof Block.Code c) {
                html.append("<p><em>").append(escape(c.title())).append("</em></p>\n<pre><code class=\"language-")
                        .append(escape(c.language())).append("\">").append(escape(c.text())).append("</code></pre>\n");
            } else if (block instanceof Block.Chart c) {
                chart(html, c);
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Block.Grid table) {
        html.append("<table>\n<thead><tr>");
        table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        boolean statusColumn = table.headers().contains("status");
        int status = table.headers().indexOf("status");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(statusColumn && i == status ? "<td class=\"status-" + escape(row.get(i)) + "\">" : "<td>")
                        .append(escape(row.get(i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** A horizontal bar chart: a track, the bar, the limit mark, the figure. */
    private static void chart(StringBuilder html, Block.Chart chart) {
        int height = chart.bars().size() * ROW_HEIGHT + 8;
        html.append("<figure id=\"").append(escape(chart.id())).append("\">\n<figcaption>").append(escape(chart.title()))
                .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
                .append(CHART_WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(escape(chart.title()))
                .append("\">\n");
        int y = 4;
        for (Block.Bar bar : chart.bars()) {
            double fraction = clamp(bar.fraction());
            html.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(escape(shorten(bar.label()))).append("</text>")
                    .append("<rect class=\"track\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(BAR_AREA).append("\" height=\"16\"/>")
                    .append("<rect class=\"bar ").append(bar.ok() ? "ok" : "broken").append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y + 3).append("\" width=\"").append(number(fraction * BAR_AREA))
                    .append("\" height=\"16\"><title>").append(escape(bar.label() + ": " + bar.text()))
                    .append("</title></rect>");
            if (bar.limitFraction() != null) {
                double x = LABEL_WIDTH + clamp(bar.limitFraction()) * BAR_AREA;
                html.append("<line class=\"limit\" x1=\"").append(number(x)).append("\" x2=\"").append(number(x))
                        .append("\" y1=\"").append(y).append("\" y2=\"").append(y + 22).append("\"/>");
            }
            html.append("<text x=\"").append(LABEL_WIDTH + BAR_AREA + 8).append("\" y=\"").append(y + 15).append("\">")
                    .append(escape(bar.text())).append("</text>\n");
            y += ROW_HEIGHT;
        }
        html.append("</svg>\n</figure>\n");
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : "…" + label.substring(label.length() - 39);
    }

    private static String escape(String text) {
        return HtmlPage.escape(text);
    }
}
