package dev.kairos.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kairos.app.config.BacktestSettings;
import dev.kairos.app.config.Setting;
import dev.kairos.app.config.SettingValues;
import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.backtest.BacktestRunner;
import dev.kairos.engine.backtest.MarketData;
import dev.kairos.engine.backtest.ProgressListener;
import dev.kairos.engine.clock.SimulatedClock;
import dev.kairos.engine.journal.RunJournal;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real thing: Binance XRP-USDT perpetual 5m bars (2021-11-15 .. 2021-11-21, 1 999 bars) with its 8-hourly
 * funding file from {@code ../shared/data/futures} (GPL-3.0, not shipped: the test is skipped when the shared
 * data is absent), loaded as {@code kairos backtest --data ... --funding ...} loads them and traded long and
 * short by sma-cross.
 */
class PerpetualFundingBacktestTest {
    private static final String BARS = "futures/binance_XRP-USDT-PERP_5m.csv";
    private static final String FUNDING = "futures/binance_XRP-USDT-PERP_funding_8h.csv";
    private static Path data;

    @BeforeAll
    static void findSharedData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data");
            if (Files.isRegularFile(candidate.resolve(BARS)) && Files.isRegularFile(candidate.resolve(FUNDING))) {
                data = candidate;
                return;
            }
        }
    }

    /** Keeps every event in memory. */
    private static final class Events implements RunJournal {
        final List<Event> events = new ArrayList<>();

        @Override
        public void begin(RunManifest manifest) {
        }

        @Override
        public void record(Event event) {
            events.add(event);
        }

        @Override
        public boolean isEnabled() {
            return true;
        }

        @Override
        public String headHash() {
            return "";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void fundingIsChargedAtEveryFundingTimeWithAnOpenPositionAndTheIdentityHolds() {
        assumeTrue(data != null, "skipped: ../shared/data/" + BARS + " and its funding file are absent (they are not"
                + " shipped with Kairos; see data/README.md)");
        SettingValues cli = new SettingValues()
                .putList(Setting.DATA, List.of(data.resolve(BARS).toString()), "--data")
                .putList(Setting.FUNDING, List.of(data.resolve(FUNDING).toString()), "--funding")
                .putText(Setting.ON_BAD_ROW, "fail", "--on-bad-row");
        BacktestSettings settings = BacktestSettings.resolve(Path.of("."), List.of(cli));
        BacktestJob job = new BacktestJob(StrategyCatalog.builtIn(), new SimulatedClock(0), "test");
        List<LoadedData> loaded = job.load(settings, line -> { });
        assertThat(loaded).singleElement().satisfies(d -> {
            assertThat(d.market().instrument().kind()).isEqualTo(InstrumentKind.PERPETUAL);
            assertThat(d.funding()).hasValueSatisfying(f -> assertThat(f.result().accepted()).isEqualTo(91));
        });
        MarketData md = loaded.getFirst().market();
        BarSeries bars = md.bars();
        FundingRates funding = md.funding();
        assertThat(bars.size()).isEqualTo(1_999);

        BacktestJob.Resolved strategy = job.resolveStrategy(settings);
        Events journal = new Events();
        BacktestResult res = new BacktestRunner(settings.engineConfig()).run(List.of(md), strategy.definition(),
                strategy.params(), journal, new RunManifest("test", "sma-cross", new TreeMap<>(), 42,
                        new TreeMap<>(Map.of()), List.of()), ProgressListener.none());

        // the funding times inside the bars: 2021-11-18 00:00 .. 2021-11-21 16:00, three a day
        int inside = 0;
        for (int k = 0; k < funding.size(); k++) {
            if (funding.time(k) >= bars.timestamp(0) && funding.time(k) < bars.closeTime(bars.size() - 1)) {
                inside++;
            }
        }
        assertThat(inside).isEqualTo(12);

        // from the events alone: which funding times found a position open after their bar's fills
        int expected = 0;
        int applied = 0;
        double paid = 0;
        double qty = 0;
        int bar = 0;
        int next = funding.firstAtOrAfter(bars.timestamp(0));
        for (Event e : journal.events) {
            switch (e) {
                case Event.PositionChanged p -> qty = p.position().quantity();
                case Event.FundingApplied f -> {
                    applied++;
                    paid += f.amount();
                    assertThat(f.notional()).isEqualTo(qty * bars.close(bar));
                    assertThat(f.amount()).isEqualTo(f.rate() * f.notional());
                }
                case Event.EquitySample s -> {
                    while (next < funding.size() && funding.time(next) < s.timestamp()) {
                        if (qty != 0) {
                            expected++;
                        }
                        next++;
                    }
                    bar++;
                }
                default -> {
                }
            }
        }
        assertThat(bar).isEqualTo(bars.size());
        // sma-cross is always long or short after its first cross, on the first day: every one of them
        assertThat(expected).as("funding times with a position open").isEqualTo(inside);
        assertThat(applied).as("FundingApplied events").isEqualTo(expected);
        assertThat(res.fundingPaid()).as("funding_paid").isNotZero().isCloseTo(paid, within(1e-12));

        double change = res.finalEquity() - res.initialEquity();
        double explained = res.realizedPnl() + res.unrealizedPnl() - res.feesPaid() - res.fundingPaid();
        assertThat(Math.abs(change - explained) / Math.max(Math.abs(change), res.initialEquity()))
                .as("accounting identity, relative").isLessThan(1e-9);
    }
}
