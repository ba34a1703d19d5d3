/**
 * The benchmark gate's engine, plain Java with no Maven API: runs the project's JMH benchmarks in a
 * forked JVM ({@link dev.backendbuilder.bench.JmhRunner}), reads JMH's JSON results
 * ({@link dev.backendbuilder.bench.JmhJson}), holds them to limits ({@link dev.backendbuilder.bench.BenchmarkLimit})
 * and compares them with a committed baseline ({@link dev.backendbuilder.bench.BenchmarkBaseline},
 * {@link dev.backendbuilder.bench.Comparison}).
 */
package dev.backendbuilder.bench;
