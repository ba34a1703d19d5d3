package dev.backendbuilder.bench;

import java.util.Locale;

/**
 * How busy the machine was while the benchmarks ran: the one-minute load average (runnable tasks,
 * as {@code /proc/loadavg} or the JVM reports it) sampled before, during and after the run, against
 * the machine's cores. A machine with more runnable tasks than cores made the benchmark wait for a
 * CPU: its timings measure the machine's other work too, so a missed limit cannot be blamed on the code.
 *
 * @param cores   processors available
 * @param before  load average when the run started ({@code null}: unknown)
 * @param peak    highest load average sampled during the run ({@code null}: unknown)
 * @param after   load average when the run ended ({@code null}: unknown)
 * @param samples how many samples were taken
 */
public record MachineLoad(int cores, Double before, Double peak, Double after, int samples) {

    /** Nothing known about the load (no {@code /proc/loadavg}, and the JVM reports none: Windows). */
    public static MachineLoad unknown(int cores) {
        return new MachineLoad(cores, null, null, null, 0);
    }

    public MachineLoad {
        if (cores < 1) {
            throw new IllegalArgumentException("a machine has at least one core, not " + cores);
        }
    }

    /** Whether a load average was measured at all. */
    public boolean known() {
        return peak != null;
    }

    /** Whether, at some point of the run, more tasks wanted a CPU than the machine has cores. */
    public boolean overloaded() {
        return known() && peak > cores;
    }

    /** {@code load average 15.2 at most on 2 cores (1.3 before, 14.8 after; 40 samples)}. */
    public String describe() {
        if (!known()) {
            return "machine load unknown (no load average on this system), " + cores + (cores == 1 ? " core" : " cores");
        }
        return String.format(Locale.ROOT, "load average %.1f at most on %d %s (%s before, %s after; %d %s)", peak, cores,
                cores == 1 ? "core" : "cores", figure(before), figure(after), samples, samples == 1 ? "sample" : "samples");
    }

    private static String figure(Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.1f", value);
    }
}
