package dev.kairos.bench;

import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.backtest.BacktestRunner;
import dev.kairos.engine.backtest.MarketData;
import dev.kairos.engine.backtest.ProgressListener;
import dev.kairos.engine.journal.RunJournal;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.engine.venue.FeeModel;
import dev.kairos.engine.venue.FillModel;
import dev.kairos.engine.venue.LatencyModel;
import dev.kairos.engine.venue.SlippageModel;
import dev.kairos.engine.venue.VenueConfig;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.event.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprints of what the benchmarked backtests do, for proving that a performance change kept behaviour
 * identical: the SHA-256 of every event the engine publishes (each record's {@code toString}, which
 * prints doubles exactly) and of the result's numbers, trades and equity curve. Run it before and after a
 * change ({@code run.sh digest}) and compare the lines.
 *
 * <p>Runs the two benchmark backtests (1,000,000 bars, CLI defaults and frictionless), and a three-instrument
 * run with latency jitter and a low volume cap (merged feed, ties in close time, partial fills, seeded
 * randomness).
 */
public final class EventDigest {
    private EventDigest() {
    }

    public static void main(String[] args) {
        var series = BenchSetup.bars();
        for (BenchSetup.Costs costs : BenchSetup.Costs.values()) {
            BenchSetup.Backtest b = new BenchSetup.Backtest(series, costs);
            print(costs.toString(), b.runner, b.data, b);
        }
        List<MarketData> three = List.of(
                new MarketData(BenchSetup.instrument(), SyntheticBars.generate(BenchSetup.INSTRUMENT_ID, 200_000, 1)),
                new MarketData(new Instrument(InstrumentId.of("ETH-USD"), InstrumentKind.SPOT, 0.01, 1e-8, 1.0),
                        SyntheticBars.generate(InstrumentId.of("ETH-USD"), 200_000, 2,
                                SyntheticBars.DEFAULT_START_MS, 2_500, null)),
                new MarketData(new Instrument(InstrumentId.of("SOL-USD"), InstrumentKind.SPOT, 0.01, 1e-8, 1.0),
                        SyntheticBars.generate(InstrumentId.of("SOL-USD"), 150_000, 3,
                                SyntheticBars.DEFAULT_START_MS + 30 * SyntheticBars.MINUTE_MS, 150, null)));
        VenueConfig venue = new VenueConfig(new FeeModel(2, 6), new SlippageModel(3, 25), new LatencyModel(20_000, 90_000),
                new FillModel(0.02));
        BenchSetup.Backtest shape = new BenchSetup.Backtest(series);
        BacktestRunner runner = new BacktestRunner(new dev.kairos.engine.backtest.BacktestConfig(250_000, venue, 0.9,
                true, 3.0, 7));
        print("THREE_INSTRUMENTS_JITTER", runner, three, shape);
    }

    private static void print(String name, BacktestRunner runner, List<MarketData> data, BenchSetup.Backtest shape) {
        HashingJournal journal = new HashingJournal();
        BacktestResult r = runner.run(data, shape.definition, shape.params, journal, shape.manifest,
                ProgressListener.none());
        BacktestResult quiet = runner.run(data, shape.definition, shape.params, RunJournal.none(), shape.manifest,
                ProgressListener.none());
        String withJournal = resultDigest(r);
        String without = resultDigest(quiet);
        System.out.printf("%-26s events=%,d events-sha256=%s result-sha256=%s journal-off-result-%s%n", name,
                journal.count, journal.headHash(), withJournal, withJournal.equals(without) ? "same" : "DIFFERS " + without);
    }

    /** The result's numbers (exact), its trades and its equity curve. */
    static String resultDigest(BacktestResult r) {
        String text = String.join("|", r.strategy(), r.params().toString(), Long.toString(r.bars()),
                Long.toString(r.equitySamples()), Double.toString(r.finalEquity()), Double.toString(r.realizedPnl()),
                Double.toString(r.unrealizedPnl()), Double.toString(r.feesPaid()), r.performance().toString(),
                Double.toString(r.buyAndHoldReturn()), r.execution().toString(), r.trades().toString(),
                r.openPositions().toString(), Long.toString(r.signals()), Long.toString(r.ordersSubmitted()),
                Long.toString(r.ordersDenied()), new java.util.TreeMap<>(r.deniedByCheck()).toString(),
                Arrays.toString(r.equityTime()), Arrays.toString(r.equity()));
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hashes every event's text; keeps nothing else. */
    private static final class HashingJournal implements RunJournal {
        private final MessageDigest digest = sha256();
        private long count;
        private String head;

        @Override
        public void begin(RunManifest manifest) {
            digest.update(manifest.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void record(Event event) {
            count++;
            digest.update(event.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }

        @Override
        public boolean isEnabled() {
            return true;
        }

        @Override
        public String headHash() {
            if (head == null) {
                head = HexFormat.of().formatHex(digest.digest());
            }
            return head;
        }

        @Override
        public void close() {
        }
    }
}
