/**
 * JMH benchmarks of Kairos and the code they need: a seeded synthetic bar generator
 * ({@link dev.kairos.bench.SyntheticBars}, GBM with regime switches), the backtest pipeline
 * ({@link dev.kairos.bench.PipelineBenchmark}), the ta4j baseline ({@link dev.kairos.bench.Ta4jBenchmark}),
 * CSV ingest ({@link dev.kairos.bench.CsvIngestBenchmark}), the retained memory per bar
 * ({@link dev.kairos.bench.Footprint}) and fingerprints of the benchmarked runs, for checking that a
 * performance change kept behaviour identical ({@link dev.kairos.bench.EventDigest}). Scores are bars per
 * second; memory in bytes per bar. Benchmarks run single-threaded; see the module README for the command.
 */
package dev.kairos.bench;
