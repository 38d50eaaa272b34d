package dev.kairos.bench;

import dev.kairos.model.market.BarSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.criteria.ReturnRepresentation;
import org.ta4j.core.criteria.pnl.NetReturnCriterion;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.NumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * (b) The baseline: the same SMA 10/30 crossover on the same 1,000,000 bars in ta4j 0.22.2, with its
 * standard backtest loop ({@link BarSeriesManager}), 0.1% fee per side ({@link LinearTransactionCostModel}
 * 0.001), no holding cost, fills at the next bar's open ({@link TradeOnNextOpenModel}), and the net total
 * return as the final analysis.
 *
 * <p>Measured: building the indicators and the strategy, the backtest and the analysis. Not measured: the
 * ta4j {@code BarSeries}, built once per trial from the generated bars (as Kairos's {@code BarSeries} is
 * built outside its measurement). The indicators are rebuilt in every invocation because ta4j caches
 * indicator values inside the indicator objects; reusing them would measure cache reads.
 *
 * <p>{@code sides}: {@code LONG_ONLY} is one {@link BarSeriesManager} run (long on a cross up, flat on a
 * cross down). {@code LONG_SHORT} is what Kairos's {@code sma-cross} does (always in the market after the
 * first cross); ta4j's manager trades one direction per run, so it is a long run plus a short run and the
 * two returns compounded. {@code num}: {@code double} ({@link DoubleNumFactory}, ta4j's fastest) or
 * {@code decimal} ({@link DecimalNumFactory}, its default).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchSetup.BARS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms6g", "-Xmx6g"})
public class Ta4jBenchmark {
    public enum Sides { LONG_ONLY, LONG_SHORT }

    @Param({"LONG_ONLY", "LONG_SHORT"})
    public Sides sides;

    @Param({"double", "decimal"})
    public String num;

    private org.ta4j.core.BarSeries series;

    @Setup(Level.Trial)
    public void setup() {
        series = toTa4j(BenchSetup.bars(), switch (num) {
            case "double" -> DoubleNumFactory.getInstance();
            case "decimal" -> DecimalNumFactory.getInstance();
            default -> throw new IllegalArgumentException("num must be double or decimal: " + num);
        });
    }

    /** Net total return of the SMA 10/30 crossover, as a fraction (0.05 = +5%). */
    @Benchmark
    public double smaCross() {
        return run(series, sides).netReturn();
    }

    /** What one run produced: the net total return and the number of closed positions. */
    public record Outcome(double netReturn, int positions) {
    }

    public static Outcome run(org.ta4j.core.BarSeries series, Sides sides) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, BenchSetup.FAST);
        SMAIndicator slow = new SMAIndicator(close, BenchSetup.SLOW);
        BarSeriesManager manager = new BarSeriesManager(series, new LinearTransactionCostModel(0.001),
                new ZeroCostModel(), new TradeOnNextOpenModel());
        NetReturnCriterion netReturn = new NetReturnCriterion(ReturnRepresentation.DECIMAL);
        Strategy longs = new BaseStrategy("sma-long", new CrossedUpIndicatorRule(fast, slow),
                new CrossedDownIndicatorRule(fast, slow), BenchSetup.SLOW);
        TradingRecord longRecord = manager.run(longs, Trade.TradeType.BUY);
        double r = netReturn.calculate(series, longRecord).doubleValue();
        int positions = longRecord.getPositionCount();
        if (sides == Sides.LONG_SHORT) {
            Strategy shorts = new BaseStrategy("sma-short", new CrossedDownIndicatorRule(fast, slow),
                    new CrossedUpIndicatorRule(fast, slow), BenchSetup.SLOW);
            TradingRecord shortRecord = manager.run(shorts, Trade.TradeType.SELL);
            r = (1 + r) * (1 + netReturn.calculate(series, shortRecord).doubleValue()) - 1;
            positions += shortRecord.getPositionCount();
        }
        return new Outcome(r, positions);
    }

    /** The same bars as a ta4j series (end time = open time + 1 minute). */
    public static org.ta4j.core.BarSeries toTa4j(BarSeries s, NumFactory numbers) {
        org.ta4j.core.BarSeries out = new BaseBarSeriesBuilder().withName(s.instrument().symbol())
                .withNumFactory(numbers).build();
        Duration period = Duration.ofMillis(s.intervalMs());
        for (int i = 0; i < s.size(); i++) {
            out.barBuilder().timePeriod(period).endTime(Instant.ofEpochMilli(s.closeTime(i)))
                    .openPrice(s.open(i)).highPrice(s.high(i)).lowPrice(s.low(i)).closePrice(s.close(i))
                    .volume(s.volume(i)).add();
        }
        return out;
    }
}
