package dev.kairos.bench;

import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.backtest.ProgressListener;
import dev.kairos.model.market.BarSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.ta4j.core.num.DoubleNumFactory;

/**
 * Retained memory per bar, measured two independent ways, and a sanity check that the Kairos and ta4j
 * benchmarks do comparable work. Run it with {@code run.sh footprint} (or
 * {@code java -XX:+UseParallelGC -Xms3g -Xmx3g -cp kairos-bench.jar dev.kairos.bench.Footprint}).
 *
 * <ul>
 *   <li><b>Object graph</b> (JOL {@link GraphLayout}): the exact size of every object reachable from the
 *       series (or the result), headers, padding and arrays included.</li>
 *   <li><b>Heap delta</b>: heap used after full GCs ({@code System.gc()} with the Parallel collector is a
 *       full, compacting collection) with and without the data alive. For the pipeline the measurement is
 *       taken inside the run, from its final progress callback, when the series and all engine state
 *       (portfolio, venue order book, closed trades, equity statistics and curve) are alive.</li>
 * </ul>
 */
public final class Footprint {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Footprint() {
    }

    public static void main(String[] args) {
        // JOL cannot ask Unsafe for field offsets of records (InstrumentId) on recent JDKs; this mode finds them
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
        int n = BenchSetup.BARS;
        System.out.printf(Locale.ROOT, "# Kairos bench footprint: %,d synthetic 1-minute bars, seed %d, %s %s%n", n,
                BenchSetup.SEED, System.getProperty("java.vm.name"), System.getProperty("java.version"));

        long base = usedAfterGc();
        BarSeries series = BenchSetup.bars();
        long withSeries = usedAfterGc();
        long seriesGraph = GraphLayout.parseInstance(series).totalSize();
        row("Kairos BarSeries, object graph (JOL)", seriesGraph, n);
        row("Kairos BarSeries, heap delta after GC", withSeries - base, n);

        BacktestResult result = null;
        long afterRun = withSeries;
        for (BenchSetup.Costs costs : BenchSetup.Costs.values()) {
            BenchSetup.Backtest backtest = new BenchSetup.Backtest(series, costs);
            backtest.run(); // warm the code so that class metadata is not part of the next measurement
            long[] during = new long[1];
            long beforeRun = usedAfterGc();
            ProgressListener atEnd = (done, total) -> {
                if (done == total) {
                    during[0] = usedAfterGc();
                }
            };
            BacktestResult r = backtest.run(atEnd);
            long after = usedAfterGc();
            String p = "pipeline " + costs + ": ";
            long seriesBytes = withSeries - base;
            row(p + "series + engine state at the end of the run (heap delta)", seriesBytes + during[0] - beforeRun, n);
            row(p + "engine state alone at the end of the run (heap delta)", during[0] - beforeRun, n);
            row(p + "series + BacktestResult after the run (heap delta)", seriesBytes + after - beforeRun, n);
            row(p + "BacktestResult, object graph (JOL)", GraphLayout.parseInstance(r).totalSize(), n);
            summary(costs, r);
            if (costs == BenchSetup.Costs.CLI_DEFAULTS) {
                result = r;
                afterRun = after;
            }
        }

        org.ta4j.core.BarSeries ta4j = Ta4jBenchmark.toTa4j(series, DoubleNumFactory.getInstance());
        long withTa4j = usedAfterGc();
        row("ta4j BaseBarSeries (DoubleNum), heap delta after GC", withTa4j - afterRun, n);
        row("ta4j BaseBarSeries (DoubleNum), object graph (JOL)", GraphLayout.parseInstance(ta4j).totalSize(), n);

        System.out.println();
        System.out.println("# Same strategy, same bars (sanity check, not timed)");
        for (String line : summaries) {
            System.out.println(line);
        }
        for (Ta4jBenchmark.Sides sides : Ta4jBenchmark.Sides.values()) {
            Ta4jBenchmark.Outcome o = Ta4jBenchmark.run(ta4j, sides);
            System.out.printf(Locale.ROOT, "ta4j 0.22.2 SMA 10/30 %s, 0.1%% fee per side, next open: %d positions,"
                    + " net total return %.4f%%%n", sides, o.positions(), 100 * o.netReturn());
        }
        keepAlive(series, result, ta4j);
    }

    private static final java.util.List<String> summaries = new java.util.ArrayList<>();

    private static void summary(BenchSetup.Costs costs, BacktestResult r) {
        summaries.add(String.format(Locale.ROOT, "Kairos sma-cross 10/30 long/short, %s: %d signals, %d orders"
                        + " submitted, %d denied %s, %d closed trades, net total return %.4f%%, fees %.2f on capital %.0f",
                costs, r.signals(), r.ordersSubmitted(), r.ordersDenied(), r.deniedByCheck(), r.trades().size(),
                100 * (r.finalEquity() / r.initialEquity() - 1), r.feesPaid(), r.initialEquity()));
    }

    private static void row(String what, long bytes, int bars) {
        System.out.printf(Locale.ROOT, "%-82s %,14d bytes  %8.2f bytes/bar%n", what, bytes, (double) bytes / bars);
    }

    /** Heap in use after full collections, once it has stopped shrinking. */
    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(used, now);
            }
            used = now;
        }
        return used;
    }

    private static volatile Object sink;

    private static void keepAlive(Object... objects) {
        sink = objects;
    }
}
