package dev.backendbuilder.report;

import java.util.List;

/**
 * One block of the report's outline, rendered by {@link MarkdownRenderer} and {@link HtmlRenderer}
 * alike, so both formats say the same things. Text is plain (the renderers escape it).
 */
sealed interface Block {

    /** A heading of level 1 to 4. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph; {@code strong} text is rendered bold before the rest. */
    record Text(String strong, String text) implements Block {

        static Text of(String text) {
            return new Text(null, text);
        }
    }

    /** A list of items. */
    record Items(List<String> items) implements Block {

        public Items {
            items = List.copyOf(items);
        }
    }

    /** A table; every row has as many cells as there are headers. */
    record Grid(List<String> headers, List<List<String>> rows) implements Block {

        public Grid {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An excerpt of a file. */
    record Code(String title, String language, String text) implements Block {
    }

    /**
     * A horizontal bar chart (HTML only; the Markdown has the table with the same figures).
     *
     * @param id    stable id of the chart element
     * @param title what it shows
     * @param bars  one per row
     */
    record Chart(String id, String title, List<Bar> bars) implements Block {

        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One bar.
     *
     * @param label         row label
     * @param fraction      bar length, 0 to 1 of the chart's width
     * @param limitFraction where the limit mark stands, 0 to 1, or {@code null} without limit
     * @param text          the figure written beside the bar
     * @param ok            whether the figure keeps its limit (colours the bar)
     */
    record Bar(String label, double fraction, Double limitFraction, String text, boolean ok) {
    }
}
