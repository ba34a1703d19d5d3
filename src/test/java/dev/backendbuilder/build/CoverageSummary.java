package dev.backendbuilder.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Build helper (run by exec-maven-plugin in {@code verify}): prints this plugin's own merged line and
 * branch coverage (unit tests and invoker ITs) from JaCoCo's CSV report, so every build states the
 * figure. The threshold itself is enforced by jacoco:check beside it.
 */
public final class CoverageSummary {

    private CoverageSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        if (!Files.exists(csv)) {
            System.out.println("[coverage] no report at " + csv + " (tests or ITs skipped?)");
            return;
        }
        long[] totals = totals(Files.readAllLines(csv));
        System.out.println(String.format(Locale.ROOT,
            "[coverage] builder-maven-plugin (unit tests + invoker ITs): line %.2f %% (%d/%d), branch %.2f %% (%d/%d)",
            percent(totals[0], totals[1]), totals[0], totals[0] + totals[1],
            percent(totals[2], totals[3]), totals[2], totals[2] + totals[3]));
    }

    /** Covered and missed lines, covered and missed branches, summed over every class row. */
    static long[] totals(List<String> lines) {
        List<String> header = List.of(lines.get(0).split(","));
        int lineMissed = header.indexOf("LINE_MISSED");
        int lineCovered = header.indexOf("LINE_COVERED");
        int branchMissed = header.indexOf("BRANCH_MISSED");
        int branchCovered = header.indexOf("BRANCH_COVERED");
        long[] totals = new long[4];
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split(",");
            totals[0] += Long.parseLong(cells[lineCovered]);
            totals[1] += Long.parseLong(cells[lineMissed]);
            totals[2] += Long.parseLong(cells[branchCovered]);
            totals[3] += Long.parseLong(cells[branchMissed]);
        }
        return totals;
    }

    private static double percent(long covered, long missed) {
        return covered + missed == 0 ? 100.0 : 100.0 * covered / (covered + missed);
    }
}
