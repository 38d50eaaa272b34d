package dev.kairos.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded whole-engine properties of funding on a perpetual: a random walk with random gaps, random funding
 * times (some before the first bar, some inside gaps, some exactly on a bar's open) and rates of both signs,
 * traded long and short by a strategy chosen by the seed (sma-cross, e3 high-trade, or funding-fade, which
 * reads the same funding). Independently of the engine's code, from the events alone:
 * <ul>
 *   <li>the accounting identity {@code equity − initial = Σ realised + unrealised − Σ fees − Σ funding} at every
 *       equity sample, and for the result's totals;</li>
 *   <li>every funding time is charged exactly once, at the first bar closing after it, iff a position was held
 *       after that bar's fills: {@code amount = rate × quantity × that bar's close}.</li>
 * </ul>
 */
class FundingAccountingPropertyTest {
    private static final Instrument PERP = new Instrument(InstrumentId.of("TST-USDT-PERP"), InstrumentKind.PERPETUAL,
            0.01, 0.001, 1.0);
    private static final int BARS = 1_500;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void fundingIsChargedOncePerFundingTimeWhileAPositionIsOpenAndTheIdentityHolds(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BarSeries bars = withGaps(Bars.randomWalk(PERP.id(), Bars.HOUR, BARS, seed, -1, 0), r);
        FundingRates funding = randomFunding(bars, r);
        String strategy = switch ((int) (seed % 3)) {
            case 0 -> "sma-cross";
            case 1 -> "e3";
            default -> "funding-fade";
        };
        Map<String, String> params = switch (strategy) {
            case "sma-cross" -> Map.of("fast", "5", "slow", "20");
            case "e3" -> Map.of("mode", "high-trade");
            default -> Map.of("threshold", "0.0005", "exit_threshold", "0.0002");
        };
        BacktestConfig cfg = new BacktestConfig(10_000, Runs.venue(2, 5, 3, 0, 0, 0, 0.5), 1.0, true, 5.0, seed);
        Runs.Outcome out = Runs.run(cfg, List.of(new MarketData(PERP, bars, funding)), strategy, params);
        BacktestResult res = out.result();

        List<Event.FundingApplied> expected = new ArrayList<>();
        List<Event.FundingApplied> actual = new ArrayList<>();
        double qty = 0;
        double realized = 0;
        double fees = 0;
        double paid = 0;
        int bar = 0;
        int nextFunding = 0;
        for (Event e : out.events()) {
            switch (e) {
                case Event.PositionChanged p -> {
                    qty = p.position().quantity();
                    realized += p.realizedPnl();
                }
                case Event.OrderFilled f -> fees += f.fill().fee();
                case Event.FundingApplied f -> {
                    actual.add(f);
                    paid += f.amount();
                }
                case Event.EquitySample s -> {
                    // the sample closes bar `bar`; funding times since the previous close are due at it
                    assertThat(s.timestamp()).isEqualTo(bars.closeTime(bar));
                    long from = bar == 0 ? bars.timestamp(0) : bars.closeTime(bar - 1);
                    while (nextFunding < funding.size() && funding.time(nextFunding) < from) {
                        nextFunding++; // before the first bar: never charged
                    }
                    while (nextFunding < funding.size() && funding.time(nextFunding) < s.timestamp()) {
                        if (qty != 0) {
                            double notional = qty * bars.close(bar);
                            expected.add(new Event.FundingApplied(funding.time(nextFunding), PERP.id(),
                                    funding.rate(nextFunding), notional, funding.rate(nextFunding) * notional));
                        }
                        nextFunding++;
                    }
                    double scale = Math.max(10_000, Math.abs(s.equity()));
                    assertThat(Math.abs(s.equity() - 10_000 - (realized + s.unrealizedPnl() - fees - paid)) / scale)
                            .as("identity at %d (%s, seed %d)", s.timestamp(), strategy, seed).isLessThan(1e-9);
                    bar++;
                }
                default -> {
                }
            }
        }
        assertThat(bar).isEqualTo(bars.size());
        assertThat(actual).as("%s, seed %d", strategy, seed).isEqualTo(expected);
        assertThat(actual).as("funding was charged (%s, seed %d)", strategy, seed).hasSizeGreaterThan(5);
        assertThat(actual).extracting(Event.FundingApplied::amount).anyMatch(a -> a > 0).anyMatch(a -> a < 0);
        assertThat(res.fundingPaid()).isCloseTo(paid, within(1e-9));
        double change = res.finalEquity() - res.initialEquity();
        double explained = res.realizedPnl() + res.unrealizedPnl() - res.feesPaid() - res.fundingPaid();
        assertThat(Math.abs(change - explained) / Math.max(Math.abs(change), res.initialEquity())).isLessThan(1e-9);
        assertThat(res.realizedPnl()).isCloseTo(realized, within(1e-6));
    }

    /** Drops about 3 % of the bars (never the first), in runs of 1 to 12. */
    private static BarSeries withGaps(BarSeries s, SplittableRandom r) {
        BarSeries.Builder b = new BarSeries.Builder(s.instrument(), s.size());
        for (int i = 0; i < s.size(); i++) {
            if (i > 0 && r.nextDouble() < 0.004) {
                i += r.nextInt(12);
                continue;
            }
            b.add(s.bar(i));
        }
        return b.build(s.intervalMs());
    }

    /**
     * Every 8 h from 16 h before the first bar, with jitter of up to ±3 h so that some fall on bar opens and
     * some inside gaps; rates mostly ±0.02 %, 30 % extreme up to ±0.2 %.
     */
    private static FundingRates randomFunding(BarSeries bars, SplittableRandom r) {
        List<Long> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        long end = bars.closeTime(bars.size() - 1) + 16 * Bars.HOUR;
        for (long t = bars.timestamp(0) - 16 * Bars.HOUR; t < end; t += 8 * Bars.HOUR) {
            long jitter = r.nextInt(4) == 0 ? 0 : r.nextLong(-3 * Bars.HOUR, 3 * Bars.HOUR);
            times.add(t + jitter);
            rates.add(r.nextDouble() < 0.3 ? (r.nextBoolean() ? 1 : -1) * (0.0005 + 0.0015 * r.nextDouble())
                    : -0.0002 + 0.0004 * r.nextDouble());
        }
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        double[] v = rates.stream().mapToDouble(Double::doubleValue).toArray();
        return new FundingRates(PERP.id(), t, v);
    }
}
