package dev.backendbuilder.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where benchmarks ran: the JDK (version and VM, as JMH reports them) and the CPU (model name and
 * available cores). Scores from another JDK or CPU say nothing about a regression. A field that is
 * {@code null} (a hand-written baseline may leave them out) is not compared.
 *
 * @param jdk   JDK version, {@code 17.0.13}
 * @param vm    VM name, {@code OpenJDK 64-Bit Server VM}
 * @param cpu   CPU model ({@code /proc/cpuinfo}'s model name), or the architecture where that is unknown
 * @param cores processors available to the JVM
 */
public record Environment(String jdk, String vm, String cpu, Integer cores) {

    /** This machine, with the JDK of a JMH run. */
    public static Environment current(String jdk, String vm) {
        return new Environment(jdk, vm, cpuModel(Path.of("/proc/cpuinfo")), Runtime.getRuntime().availableProcessors());
    }

    /** The model name in a {@code /proc/cpuinfo}-style file; {@code os.arch} when there is none. */
    static String cpuModel(Path cpuinfo) {
        try {
            if (Files.isReadable(cpuinfo)) {
                for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
                        return line.substring(colon + 1).trim().replaceAll("\\s+", " ");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the architecture
        }
        return System.getProperty("os.arch");
    }

    /** Whether the baseline says nothing at all about where it was recorded. */
    public boolean unknown() {
        return jdk == null && vm == null && cpu == null && cores == null;
    }

    /** How {@code current} differs from this (recorded) environment, one phrase each; empty when alike. */
    public List<String> differences(Environment current) {
        List<String> out = new ArrayList<>();
        if ((jdk != null && !jdk.equals(current.jdk)) || (vm != null && !vm.equals(current.vm))) {
            out.add("JDK " + describeJdk(this) + " there, " + describeJdk(current) + " here");
        }
        if ((cpu != null && !cpu.equals(current.cpu)) || (cores != null && !Objects.equals(cores, current.cores))) {
            out.add("CPU " + describeCpu(this) + " there, " + describeCpu(current) + " here");
        }
        return out;
    }

    private static String describeJdk(Environment e) {
        return (e.jdk == null ? "?" : e.jdk) + (e.vm == null ? "" : " (" + e.vm + ")");
    }

    private static String describeCpu(Environment e) {
        return (e.cpu == null ? "?" : e.cpu) + (e.cores == null ? "" : " x " + e.cores);
    }
}
