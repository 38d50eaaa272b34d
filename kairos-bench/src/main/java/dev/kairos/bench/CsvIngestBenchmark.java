package dev.kairos.bench;

import dev.kairos.model.market.BarSeries;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.csv.BarCsvResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (c) CSV ingest: {@code new BarCsvReader().read(path)} of the same 1,000,000 bars written in the format
 * of the shipped data files (header {@code timestamp,open,high,low,close,volume}). Measures parsing,
 * validation, the row report and the gap report; the file is written once per trial and is read from the
 * OS page cache, so this is parse speed, not disk speed. The score is bars per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchSetup.BARS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms3g", "-Xmx3g"})
public class CsvIngestBenchmark {
    private Path dir;
    private Path file;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        BarSeries bars = BenchSetup.bars();
        dir = Files.createTempDirectory("kairos-bench");
        file = dir.resolve("synthetic_" + BenchSetup.INSTRUMENT_ID.symbol() + "_1m.csv");
        BarCsvText.write(bars, file);
        BarSeries back = new BarCsvReader().read(file).series();
        if (!sameBars(bars, back)) {
            throw new IllegalStateException("the CSV file does not read back as the generated bars");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public BarCsvResult read() {
        return new BarCsvReader().read(file);
    }

    /** Bar by bar, bit for bit. */
    static boolean sameBars(BarSeries a, BarSeries b) {
        if (a.size() != b.size() || a.intervalMs() != b.intervalMs() || !a.instrument().equals(b.instrument())) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.timestamp(i) != b.timestamp(i) || a.open(i) != b.open(i) || a.high(i) != b.high(i)
                    || a.low(i) != b.low(i) || a.close(i) != b.close(i) || a.volume(i) != b.volume(i)) {
                return false;
            }
        }
        return true;
    }
}
