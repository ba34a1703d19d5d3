package dev.backendbuilder.report;

import java.util.List;

/** The report as Markdown (GitHub flavour: pipe tables, fenced code). */
public final class MarkdownRenderer {

    /** The Markdown text. */
    public String render(ImplementationReport report) {
        StringBuilder md = new StringBuilder();
        for (Block block : ReportOutline.of(report)) {
            if (block instanceof Block.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
            } else if (block instanceof Block.Text t) {
                md.append(t.strong() == null ? "" : "**" + escape(t.strong()) + "**" + (t.text().isEmpty() ? "" : " "))
                        .append(escape(t.text())).append("\n\n");
            } else if (block instanceof Block.Items i) {
                i.items().forEach(item -> md.append("- ").append(escape(item)).append('\n'));
                md.append('\n');
            } else if (block instanceof Block.Grid t) {
                row(md, t.headers());
                md.append('|').append("---|".repeat(t.headers().size())).append('\n');
                t.rows().forEach(r -> row(md, r));
                md.append('\n');
            } else if (block instanceof Block.Code c) {
                String fence = c.text().contains("```") ? "````" : "```";
                md.append('*').append(escape(c.title())).append("*\n\n").append(fence).append(c.language())
                        .append('\n').append(c.text()).append('\n').append(fence).append("\n\n");
            }
            // a chart's figures stand in the table before it
        }
        return md.toString().stripTrailing() + "\n";
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(escape(cell).replace("|", "\\|").replace("\n", " ")).append(" |"));
        md.append('\n');
    }

    /** Escapes what Markdown would read as markup in plain text ({@code *}, {@code _}, {@code <}, backticks). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
