package com.example.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Stands in for a call of the design's GET /api/books/{id}: the endpoint parameter ties it to the performance entry. */
@State(Scope.Benchmark)
public class BookEndpointBenchmark {

    @Param("GET /api/books/{id}")
    public String endpoint;

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void get() throws InterruptedException {
        Thread.sleep(1);
    }
}
