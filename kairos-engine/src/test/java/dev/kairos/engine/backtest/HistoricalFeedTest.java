package dev.kairos.engine.backtest;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoricalFeedTest {

    private static BarSeries flat(String symbol, long start, long interval, int n) {
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of(symbol), n);
        for (int i = 0; i < n; i++) {
            b.add(start + i * interval, 10, 11, 9, 10, 1);
        }
        return b.build(interval);
    }

    @Test
    void mergesInstrumentsWithDifferentIntervalsByCloseTime() {
        // #0: 4h bars; #1: 1h bars, both from T0. A 4h bar is known only at its close, after the 1h bars
        // inside it; a tie goes to the lower instrument index.
        BarSeries fourHour = flat("AAA-USD", T0, 4 * HOUR, 2);
        BarSeries hourly = flat("BBB-USD", T0, HOUR, 9);
        HistoricalFeed feed = new HistoricalFeed(List.of(fourHour, hourly));
        assertThat(feed.totalBars()).isEqualTo(11);
        assertThat(feed.peekCloseTime()).isEqualTo(T0 + HOUR);
        List<String> order = new ArrayList<>();
        List<Long> closes = new ArrayList<>();
        while (feed.next()) {
            int k = feed.instrument();
            order.add(k + ":" + feed.index());
            closes.add(feed.series(k).closeTime(feed.index()));
        }
        assertThat(order).containsExactly(
                "1:0", "1:1", "1:2", "0:0", "1:3",   // the 4h bar closing at T0+4h ties with hourly bar 3
                "1:4", "1:5", "1:6", "0:1", "1:7",
                "1:8");
        assertThat(closes).isSorted();
        assertThat(closes.getFirst()).isEqualTo(T0 + HOUR);
        assertThat(closes.getLast()).isEqualTo(T0 + 9 * HOUR);
        assertThat(feed.peekCloseTime()).isEqualTo(Long.MAX_VALUE);
        assertThat(feed.next()).isFalse();
    }

    @Test
    void peekShowsTheNextCloseWithoutAdvancing() {
        BarSeries a = flat("AAA-USD", T0 + HOUR, HOUR, 2);   // closes T0+2h, T0+3h
        BarSeries b = flat("BBB-USD", T0, 2 * HOUR, 2);      // closes T0+2h, T0+4h
        HistoricalFeed feed = new HistoricalFeed(List.of(a, b));
        assertThat(feed.next()).isTrue();
        assertThat(feed.instrument()).isZero();
        // the other instrument closes at the same time: no equity sample may be taken yet
        assertThat(feed.peekCloseTime()).isEqualTo(T0 + 2 * HOUR);
        assertThat(feed.next()).isTrue();
        assertThat(feed.instrument()).isEqualTo(1);
        assertThat(feed.peekCloseTime()).isEqualTo(T0 + 3 * HOUR);
        assertThat(feed.index()).isZero();
    }
}
