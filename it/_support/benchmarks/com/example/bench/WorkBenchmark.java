package com.example.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A small CPU-bound benchmark: sums an array. */
@State(Scope.Benchmark)
public class WorkBenchmark {

    private final int[] values = new int[256];

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long sum() {
        long sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
