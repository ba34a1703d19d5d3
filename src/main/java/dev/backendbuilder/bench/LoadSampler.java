package dev.backendbuilder.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Samples the machine's load average from a background thread while a benchmark runs, and says
 * afterwards how busy the machine was ({@link MachineLoad}). Sampling costs a file read every few
 * seconds, nothing a benchmark can feel.
 */
public final class LoadSampler implements AutoCloseable {

    private final Supplier<OptionalDouble> source;
    private final int cores;
    private final Thread thread;
    private final Double before;
    private double peak = Double.NaN;
    private int samples;

    private LoadSampler(Supplier<OptionalDouble> source, int cores, Duration interval) {
        this.source = source;
        this.cores = cores;
        OptionalDouble first = source.get();
        this.before = first.isPresent() ? first.getAsDouble() : null;
        record(first);
        thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(interval.toMillis());
                    record(source.get());
                }
            } catch (InterruptedException e) {
                // stopped by close()
            }
        }, "builder-load-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts sampling {@code source} (one-minute load averages) every {@code interval}. */
    public static LoadSampler start(Supplier<OptionalDouble> source, int cores, Duration interval) {
        return new LoadSampler(source, cores, interval);
    }

    /** Starts sampling this machine's load average every two seconds. */
    public static LoadSampler ofThisMachine() {
        return start(LoadSampler::systemLoad, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(2));
    }

    private synchronized void record(OptionalDouble load) {
        if (load.isPresent()) {
            peak = Double.isNaN(peak) ? load.getAsDouble() : Math.max(peak, load.getAsDouble());
            samples++;
        }
    }

    /** Stops sampling and says how busy the machine was. */
    public MachineLoad stop() {
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        OptionalDouble last = source.get();
        record(last);
        synchronized (this) {
            if (Double.isNaN(peak)) {
                return MachineLoad.unknown(cores);
            }
            return new MachineLoad(cores, before, peak, last.isPresent() ? last.getAsDouble() : null, samples);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    /** The one-minute load average: {@code /proc/loadavg} (Linux), else the JVM's (macOS); empty on Windows. */
    static OptionalDouble systemLoad() {
        OptionalDouble proc = loadAverage(Path.of("/proc/loadavg"));
        if (proc.isPresent()) {
            return proc;
        }
        double jvm = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return jvm < 0 ? OptionalDouble.empty() : OptionalDouble.of(jvm);
    }

    /** The first figure of a {@code /proc/loadavg}-style file ({@code 0.52 0.58 0.59 1/467 12345}). */
    static OptionalDouble loadAverage(Path file) {
        try {
            if (!Files.isReadable(file)) {
                return OptionalDouble.empty();
            }
            String[] fields = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\s+");
            return OptionalDouble.of(Double.parseDouble(fields[0]));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }
}
