package dev.kairos.analytics.feature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.feature.source.QuoteBarCsv;
import dev.kairos.analytics.feature.source.SourceRead;
import dev.kairos.analytics.feature.source.TimeValueCsv;
import dev.kairos.analytics.feature.source.TopOfBookCsv;
import dev.kairos.analytics.testsupport.SharedData;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import dev.kairos.model.market.Timeframe;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The seed side-input features on real exchange data from {@code shared/data} (skipped, with a message, where
 * it is absent). Each also checks that the stream and the table agree.
 */
class RealDataFeaturesTest {
    private static final long MINUTE = 60_000L;

    @Test
    void premiumOfTheBybitPerpOverSpotIsAboutSevenBasisPoints() {
        // README §3: Bybit BTCUSDT linear perp vs Bybit spot, 2022-12-13 00:00-12:00 (721 1m bars): basis ≈ 0.07 %
        BarSeries perp = Bars.csv(SharedData.require("futures/lean/bybit_BTC-USDT-PERP_1m.csv"), MINUTE);
        BarSeries spot = Bars.csv(SharedData.require("ohlcv/lean/bybit_BTC-USDT_1m.csv"), MINUTE);
        assertThat(perp.size()).isEqualTo(721);
        SideInputs inputs = SideInputs.none().withReferencePrice(TimedSeries.closesAtCloseTime(spot));
        FeatureSchema schema = FeatureSchema.of(new FeatureSpec.PremiumPct());
        FeatureTable table = FeatureTable.compute(schema, inputs, perp);
        assertThat(table.availableCount(0)).as("spot is gap-free over the perp's half day").isEqualTo(721);
        double sumAbs = 0;
        for (int i = 0; i < perp.size(); i++) {
            // the reference as of the perp bar's close is the spot bar of the same minute (stamped at its close)
            int s = spot.firstAtOrAfter(perp.timestamp(i));
            assertThat(spot.timestamp(s)).isEqualTo(perp.timestamp(i));
            assertThat(table.value(i, 0)).isEqualTo(FeatureSpec.PremiumPct.of(perp.close(i), spot.close(s)));
            assertThat(Math.abs(table.value(i, 0))).as("premium at bar %d, percent", i).isLessThan(0.5);
            sumAbs += Math.abs(table.value(i, 0));
        }
        double meanAbs = sumAbs / perp.size();
        assertThat(meanAbs).as("mean |premium|, percent (README: ≈ 0.07)").isBetween(0.03, 0.15);
        BatchMatchesStreamTest.assertAgree(table, new FeatureStream(schema, inputs, Timeframe.ONE_MINUTE), perp);
    }

    @Test
    void spreadFromLeanQuoteBarsIsNeverNegative() {
        // Coinbase BTC-USD quote bars of 2018-04-05 (1,436 of 1,440 minutes); README §4: closes never crossed
        Path quotes = SharedData.require("orderbook/lean_coinbase_BTC-USD_quote_1m_2018-04-05.csv");
        SourceRead read = QuoteBarCsv.spreadBps(quotes, Timeframe.ONE_MINUTE);
        assertThat(read.parsed()).isEqualTo(1436);
        assertThat(read.accepted()).isEqualTo(1436);
        assertThat(read.skipped() + read.malformed()).isZero();
        assertThat(read.series().time(0)).as("first quote bar opens 00:00, known at 00:01")
                .isEqualTo(1522886400000L + MINUTE);
        assertThat(Arrays.stream(read.series().values()).allMatch(v -> v >= 0)).isTrue();
        // drive it with the trade bars of the same day
        long day = 1522886400000L;
        BarSeries bars = Bars.csv(SharedData.require("ohlcv/lean/coinbase_BTC-USD_1m.csv"), day, day + 1440 * MINUTE,
                MINUTE);
        assertThat(bars.size()).isEqualTo(1440);
        SideInputs inputs = SideInputs.none().withSpreadBps(read.series());
        FeatureSchema schema = FeatureSchema.of(new FeatureSpec.SpreadBps());
        FeatureTable table = FeatureTable.compute(schema, inputs, bars);
        // a minute without a quote bar falls back to the previous minute's close quote, 60 s old: still used
        assertThat(table.availableCount(0)).isEqualTo(1440);
        double[] spread = table.column(0);
        assertThat(Arrays.stream(spread).allMatch(v -> v >= 0)).as("never negative").isTrue();
        double[] sorted = spread.clone();
        Arrays.sort(sorted);
        assertThat(sorted[sorted.length / 2]).as("median spread, bps: one cent on ~6,800 USD")
                .isBetween(0.01, 0.05);
        BatchMatchesStreamTest.assertAgree(table, new FeatureStream(schema, inputs, Timeframe.ONE_MINUTE), bars);
    }

    @Test
    void imbalanceFromTheBybitTopOfBookIsWithinMinusOneToOne() {
        // 50 book updates of Bybit XRPUSDT, 2024-12-01 00:00:00.691-00:00:05.490
        SourceRead read = TopOfBookCsv.imbalance(
                SharedData.require("orderbook/bybit_XRPUSDT_ob500_2024-12-01_top_of_book.csv"));
        assertThat(read.accepted()).isEqualTo(50);
        TimedSeries imbalance = read.series();
        assertThat(Arrays.stream(imbalance.values()).allMatch(v -> v >= -1 && v <= 1)).isTrue();
        // first row 6203 bid / 10480 ask; last 10605 bid / 6702 ask (README §4)
        assertThat(imbalance.value(0)).isEqualTo((6203.0 - 10480) / (6203 + 10480));
        assertThat(imbalance.value(49)).isEqualTo((10605.0 - 6702) / (10605 + 6702));
        // no bars of XRP for that day are shipped: 1s bars built from the book's own time span, flat at 1.953
        long second = 1_000L;
        long start = 1733011199000L; // bar 0 closes 00:00:00.000, before the first update
        double[][] rows = new double[8][];
        Arrays.fill(rows, new double[] {1.953, 1.953, 1.953, 1.953, 0});
        BarSeries bars = Bars.of(start, second, rows);
        SideInputs inputs = SideInputs.none().withOrderBookImbalance(imbalance);
        FeatureSchema schema = FeatureSchema.of(new FeatureSpec.ObImbalance());
        FeatureTable table = FeatureTable.compute(schema, inputs, bars);
        assertThat(table.isAvailable(0, 0)).as("nothing known at 00:00:00.000").isFalse();
        for (int i = 1; i < bars.size(); i++) {
            long close = bars.closeTime(i);
            assertThat(table.isAvailable(i, 0)).isTrue();
            assertThat(table.value(i, 0)).as("bar closing at %d", close)
                    .isEqualTo(imbalance.value(lastAtOrBefore(imbalance.times(), close)));
        }
        BatchMatchesStreamTest.assertAgree(table, new FeatureStream(schema, inputs, Timeframe.ONE_SECOND), bars);
    }

    @Test
    void fundingBecomesVisibleOnlyAtBarsClosingAtOrAfterItsFundingTime() {
        // Binance XRPUSDT perp 5m bars 2021-11-15 00:00 .. 11-21 22:30; funding every 8 h from
        // 2021-11-18 00:00:00.017 (exchange jitter of a few ms)
        long fiveMinutes = 300_000L;
        BarSeries bars = Bars.csv(SharedData.require("futures/binance_XRP-USDT-PERP_5m.csv"), fiveMinutes);
        SourceRead read = TimeValueCsv.read(SharedData.require("futures/binance_XRP-USDT-PERP_funding_8h.csv"),
                "rate");
        assertThat(read.accepted()).isEqualTo(91);
        FundingRates rates = new FundingRates(InstrumentId.of("XRP-USDT-PERP"), read.series().times(),
                read.series().values());
        SideInputs inputs = SideInputs.none().withFundingRates(rates);
        FeatureSchema schema = FeatureSchema.of(new FeatureSpec.FundingRate());
        FeatureTable table = FeatureTable.compute(schema, inputs, bars);
        long[] fundingTimes = read.series().times();
        int changes = 0;
        for (int i = 0; i < bars.size(); i++) {
            long close = bars.closeTime(i);
            int k = lastAtOrBefore(fundingTimes, close);
            if (k < 0) {
                assertThat(table.isAvailable(i, 0)).as("bar closing %d, before any funding", close).isFalse();
                assertThat(table.value(i, 0)).isNaN();
            } else {
                assertThat(table.isAvailable(i, 0)).isTrue();
                assertThat(table.value(i, 0)).isEqualTo(rates.rate(k));
                if (i > 0 && bars.closeTime(i - 1) < fundingTimes[k]) {
                    changes++; // this bar is the first to see funding k
                }
            }
        }
        // the bar opening 2021-11-17 23:55 closes at 11-18 00:00:00.000, 17 ms before the first funding time
        int edge = bars.firstAtOrAfter(1637193300000L);
        assertThat(bars.closeTime(edge)).isEqualTo(1637193600000L).isLessThan(fundingTimes[0]);
        assertThat(table.isAvailable(edge, 0)).isFalse();
        assertThat(table.isAvailable(edge + 1, 0)).isTrue();
        assertThat(table.value(edge + 1, 0)).isEqualTo(0.0001);
        // fundings at 11-18 00:00, 08:00, 16:00, ... up to 11-21 16:00 fall within the bars: 12 of them
        assertThat(changes).isEqualTo(12);
        BatchMatchesStreamTest.assertAgree(table, new FeatureStream(schema, inputs, Timeframe.FIVE_MINUTES), bars);
    }

    @Test
    void allFeaturesAgreeOnRealBars() {
        BarSeries bars = Bars.csv(SharedData.require("futures/binance_XRP-USDT-PERP_5m.csv"), 300_000L);
        SideInputs inputs = SideInputsFixture.random(5, bars);
        FeatureSchema schema = SideInputsFixture.everything();
        BatchMatchesStreamTest.assertAgree(FeatureTable.compute(schema, inputs, bars),
                new FeatureStream(schema, inputs, Timeframe.FIVE_MINUTES), bars);
    }

    /** Brute force: the last index with {@code times[k] <= t}, or -1. */
    private static int lastAtOrBefore(long[] times, long t) {
        int k = -1;
        for (int i = 0; i < times.length; i++) {
            if (times[i] <= t) {
                k = i;
            }
        }
        return k;
    }
}
