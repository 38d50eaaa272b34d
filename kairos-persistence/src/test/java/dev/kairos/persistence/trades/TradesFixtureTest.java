package dev.kairos.persistence.trades;

import static dev.kairos.persistence.fixtures.SharedDataFiles.rowsByTimestamp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.Timeframe;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.fixtures.SharedDataFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * README 1d, the exact fixture: aggregating {@code trades/binance_XRP-ETH_trades.csv} into 1-minute buckets
 * reproduces the 2,469 minutes of {@code ohlcv/binance_XRP-ETH_1m.csv} that contain trades exactly; the
 * other 1,091 minutes of that file are forward-filled zero-volume bars.
 */
class TradesFixtureTest {
    private static final TradeCsvReader STRICT = new TradeCsvReader(TradeCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL));

    @Test
    void binanceXrpEthTradesRebuildTheMinutesWithTrades() {
        TradeCsvResult trades = STRICT.read(SharedDataFiles.file("trades/binance_XRP-ETH_trades.csv"));
        TradeCsvReport rep = trades.report();
        assertThat(rep.parsed()).isEqualTo(12_477);
        assertThat(rep.accepted()).isEqualTo(12_477);
        assertThat(rep.buys()).as("README: 6,524 buys").isEqualTo(6_524);
        assertThat(rep.sells()).as("README: 5,953 sells").isEqualTo(5_953);
        assertThat(trades.trades().instrument()).isEqualTo(InstrumentId.of("XRP-ETH"));

        TradeBars bars = TradeBarAggregator.aggregate(trades.trades(), Timeframe.ONE_MINUTE, GapFill.NONE);
        assertThat(bars.barsWithTrades()).isEqualTo(2_469);

        Map<Long, String> fixture = rowsByTimestamp(SharedDataFiles.file("ohlcv/binance_XRP-ETH_1m.csv"));
        assertThat(fixture).hasSize(3_560);
        Map<Long, String> actual = rowsByTimestamp(bars.bars());
        assertThat(fixture).containsKeys(actual.keySet().toArray(Long[]::new));
        assertThat(mismatches(actual, fixture)).as("every minute with trades, as text").isEmpty();
        long zeroVolume = fixture.entrySet().stream().filter(e -> !actual.containsKey(e.getKey()))
                .filter(e -> e.getValue().endsWith(",0")).count();
        assertThat(zeroVolume).as("the other minutes are the 1,091 zero-volume fills").isEqualTo(1_091);
    }

    @Test
    void withForwardFillTheWholeFileIsRebuilt() {
        TradeCsvResult trades = STRICT.read(SharedDataFiles.file("trades/binance_XRP-ETH_trades.csv"));
        TradeBars bars = TradeBarAggregator.aggregate(trades.trades(), Timeframe.ONE_MINUTE, GapFill.FORWARD_FILL);
        Map<Long, String> fixture = rowsByTimestamp(SharedDataFiles.file("ohlcv/binance_XRP-ETH_1m.csv"));
        Map<Long, String> actual = rowsByTimestamp(bars.bars());
        assertThat(bars.filledBars()).isEqualTo(1_091);
        assertThat(actual.keySet()).containsExactlyElementsOf(fixture.keySet());
        assertThat(mismatches(fixture, actual)).as("all 3,560 minutes, as text").isEmpty();
    }

    @Test
    void krakenTradesWithoutSide() {
        Path file = SharedDataFiles.file("trades/kraken_BCH-EUR_trades.csv");
        TradeCsvResult trades = STRICT.read(file);
        assertThat(trades.report().columns()).containsExactly("timestamp", "price", "amount");
        assertThat(trades.report().accepted()).as("README: 634 rows").isEqualTo(634);
        assertThat(trades.report().buys() + trades.report().sells()).isZero();
        TradeBars hours = TradeBarAggregator.aggregate(trades.trades(), Timeframe.ONE_HOUR, GapFill.NONE);
        assertThat(hours.bars().series().timestamp(0)).isEqualTo(1672531200000L); // 2023-01-01T00:00Z
        assertThat(hours.bars().series().open(0)).isEqualTo(90.54);
    }

    private static List<String> mismatches(Map<Long, String> expected, Map<Long, String> actual) {
        List<String> out = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String got = actual.get(e.getKey());
            if (!e.getValue().equals(got)) {
                out.add("want " + e.getValue() + " got " + got);
            }
        }
        return out;
    }
}
