package dev.kairos.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.InstrumentId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeframeTest {
    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void parsesCountAndUnit() {
        assertThat(Timeframe.parse("1s").millis()).isEqualTo(1_000L);
        assertThat(Timeframe.parse("1m")).isEqualTo(Timeframe.ONE_MINUTE);
        assertThat(Timeframe.parse("5m")).isEqualTo(Timeframe.FIVE_MINUTES);
        assertThat(Timeframe.parse("1h")).isEqualTo(Timeframe.ONE_HOUR);
        assertThat(Timeframe.parse(" 4H ")).isEqualTo(Timeframe.FOUR_HOURS);
        assertThat(Timeframe.parse("1d")).isEqualTo(Timeframe.ONE_DAY);
        assertThat(Timeframe.parse("15m").millis()).isEqualTo(900_000L);
        assertThat(Timeframe.parse("7d").millis()).isEqualTo(7 * 86_400_000L);
    }

    @Test
    void printsTheShortestForm() {
        assertThat(Timeframe.parse("60m")).hasToString("1h");
        assertThat(Timeframe.parse("24h")).hasToString("1d");
        assertThat(Timeframe.parse("90s")).hasToString("90s");
        assertThat(Timeframe.parse("90m")).hasToString("90m");
        assertThat(Timeframe.ofMillis(250)).hasToString("250ms");
        assertThat(Timeframe.FOUR_HOURS).hasToString("4h");
    }

    @Test
    void refusesWhatIsNotATimeframe() {
        assertThatThrownBy(() -> Timeframe.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Timeframe.parse("m")).hasMessageContaining("not a timeframe");
        assertThatThrownBy(() -> Timeframe.parse("1.5h")).hasMessageContaining("not a timeframe");
        assertThatThrownBy(() -> Timeframe.parse("0m")).hasMessageContaining("zero");
        assertThatThrownBy(() -> Timeframe.parse("1M")).hasMessageContaining("months");
        assertThatThrownBy(() -> Timeframe.parse("1w")).hasMessageContaining("weeks");
        assertThatThrownBy(() -> Timeframe.parse("3x")).hasMessageContaining("unknown unit 'x'");
        assertThatThrownBy(() -> Timeframe.ofMillis(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketsAreAlignedToUtc() {
        // a 1h bar opening at 23:00 belongs to that day, not the next
        assertThat(Timeframe.ONE_DAY.bucketStart(at("2024-03-09T23:00:00Z"))).isEqualTo(at("2024-03-09T00:00:00Z"));
        assertThat(Timeframe.ONE_DAY.bucketEnd(at("2024-03-09T23:00:00Z"))).isEqualTo(at("2024-03-10T00:00:00Z"));
        assertThat(Timeframe.ONE_DAY.bucketStart(at("2024-03-10T00:00:00Z"))).isEqualTo(at("2024-03-10T00:00:00Z"));
        assertThat(Timeframe.FOUR_HOURS.bucketStart(at("2024-03-09T07:59:59.999Z"))).isEqualTo(at("2024-03-09T04:00:00Z"));
        assertThat(Timeframe.ONE_MINUTE.bucketStart(at("2019-10-11T00:00:11.620Z"))).isEqualTo(at("2019-10-11T00:00:00Z"));
        // before 1970 the floor still rounds down
        assertThat(Timeframe.ONE_DAY.bucketStart(-1)).isEqualTo(-86_400_000L);
        assertThat(Timeframe.ONE_HOUR.isAligned(at("2024-01-01T05:00:00Z"))).isTrue();
        assertThat(Timeframe.ONE_HOUR.isAligned(at("2024-01-01T05:00:01Z"))).isFalse();
    }

    @Test
    void multiples() {
        assertThat(Timeframe.ONE_DAY.barsOf(Timeframe.FOUR_HOURS)).isEqualTo(6);
        assertThat(Timeframe.ONE_MINUTE.barsOf(Timeframe.ONE_SECOND)).isEqualTo(60);
        assertThat(Timeframe.ONE_DAY.isMultipleOf(Timeframe.parse("5h"))).isFalse();
        assertThatThrownBy(() -> Timeframe.ONE_DAY.barsOf(Timeframe.parse("5h")))
                .hasMessageContaining("not a whole multiple");
    }

    @Test
    void theTimeframeOfASparseSeriesIsItsSmallestSpacing() {
        InstrumentId id = InstrumentId.of("BTC-USD");
        // seconds with trades only: the most common spacing is 30 s, the bars are 1 s bars
        BarSeries sparse = new BarSeries.Builder(id, 8)
                .add(0, 1, 1, 1, 1, 1).add(30_000, 1, 1, 1, 1, 1).add(60_000, 1, 1, 1, 1, 1)
                .add(61_000, 1, 1, 1, 1, 1).add(91_000, 1, 1, 1, 1, 1).build();
        assertThat(sparse.intervalMs()).isEqualTo(30_000L);
        assertThat(Timeframe.of(sparse)).isEqualTo(Timeframe.ONE_SECOND);
        // gaps do not change a regular series' timeframe
        BarSeries hourly = new BarSeries.Builder(id, 8)
                .add(0, 1, 1, 1, 1, 1).add(3_600_000, 1, 1, 1, 1, 1).add(7_200_000, 1, 1, 1, 1, 1)
                .add(18_000_000, 1, 1, 1, 1, 1).build();
        assertThat(Timeframe.of(hourly)).isEqualTo(Timeframe.ONE_HOUR);
    }
}
