package dev.backendbuilder.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.FileMultiReportOutput;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.ISourceFileLocator;
import org.jacoco.report.MultiReportVisitor;
import org.jacoco.report.MultiSourceFileLocator;
import org.jacoco.report.html.HTMLFormatter;
import org.jacoco.report.xml.XMLFormatter;

/**
 * JaCoCo's own HTML and XML reports ({@code index.html}, {@code jacoco.xml}) of an analysis. Both are
 * written to a fresh sibling folder first and then swapped in, so a failed run never leaves half a
 * report behind.
 */
public final class CoverageReports {

    /** The XML report's file name. */
    public static final String XML = "jacoco.xml";
    /** The HTML report's start page. */
    public static final String HTML = "index.html";

    private CoverageReports() {
    }

    /** Writes both reports to {@code folder}, replacing what was there. */
    public static void write(CoverageAnalysis analysis, ExecutionData data, List<CoverageAnalysis.Module> modules,
            String sourceEncoding, Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + folder.getFileName() + "-");
        try {
            MultiSourceFileLocator sources = new MultiSourceFileLocator(4);
            for (CoverageAnalysis.Module module : modules) {
                for (Path root : module.sourceRoots()) {
                    if (Files.isDirectory(root)) {
                        sources.add(new DirectorySourceFileLocator(root.toFile(), sourceEncoding, 4));
                    }
                }
            }
            try (OutputStream xml = Files.newOutputStream(fresh.resolve(XML))) {
                XMLFormatter xmlFormatter = new XMLFormatter();
                xmlFormatter.setOutputEncoding("UTF-8");
                HTMLFormatter html = new HTMLFormatter();
                html.setOutputEncoding("UTF-8");
                IReportVisitor visitor = new MultiReportVisitor(List.of(xmlFormatter.createVisitor(xml),
                        html.createVisitor(new FileMultiReportOutput(fresh.toFile()))));
                visitor.visitInfo(data.sessions().getInfos(), data.store().getContents());
                visitor.visitBundle(analysis.bundle(), (ISourceFileLocator) sources);
                visitor.visitEnd();
            }
            deleteTree(folder);
            Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(fresh);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
