package dev.kairos.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.regime.RegimeDetectors;
import dev.kairos.analytics.regime.RegimeEnsembleConfig;
import dev.kairos.analytics.regime.RegimeReading;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine's regime tracking: an update per bar once ready, the higher timeframe alongside, the history. */
class InstrumentRegimesTest {
    private static final InstrumentId A = InstrumentId.of("AAA-USD");

    @Test
    void publishesEveryBarOnceReadyAndTheHigherTimeframeAtItsCloses() {
        BarSeries hourly = Bars.randomWalk(A, Bars.HOUR, 24 * 120, 5, -1, 0);
        RegimeSettings settings = new RegimeSettings(true, RegimeDetectors.RULE_BASED,
                RegimeEnsembleConfig.defaults(), Optional.of(Timeframe.ONE_DAY));
        InstrumentRegimes regimes = InstrumentRegimes.of(List.of(A), settings);
        List<Event.RegimeUpdate> events = new ArrayList<>();
        int firstReady = -1;
        for (int i = 0; i < hourly.size(); i++) {
            int before = events.size();
            regimes.onBar(0, hourly, i, e -> events.add((Event.RegimeUpdate) e));
            if (firstReady < 0 && events.size() > before) {
                firstReady = i;
            }
        }
        List<Event.RegimeUpdate> base = events.stream().filter(e -> e.timeframe().equals(Timeframe.ONE_HOUR)).toList();
        List<Event.RegimeUpdate> daily = events.stream().filter(e -> e.timeframe().equals(Timeframe.ONE_DAY)).toList();

        assertThat(firstReady).isGreaterThanOrEqualTo(0);
        assertThat(base).as("one base update per bar from the first ready one").hasSize(hourly.size() - firstReady);
        assertThat(daily).as("daily updates, at most one per day").isNotEmpty().hasSizeLessThanOrEqualTo(120);
        // a daily update comes only at the close of the hour that ends a UTC day (the daily bar just closed)
        assertThat(daily).allSatisfy(e -> assertThat(e.timestamp() % Timeframe.ONE_DAY.millis()).isZero());
        assertThat(daily).allSatisfy(e -> assertThat(e.instrument()).isEqualTo(A));

        RegimeReading reading = regimes.reading(0);
        assertThat(reading.isReady()).isTrue();
        assertThat(regimes.higherReading(0).isReady()).isTrue();
        // the history's last change is the regime in force now
        RegimeHistory h = regimes.history(0);
        assertThat(h.size()).isPositive();
        assertThat(h.regimeAt(hourly.closeTime(hourly.size() - 1))).isEqualTo(reading.regimeOrdinal());
        assertThat(h.regimeAt(hourly.closeTime(0) - 1)).isEqualTo(-1);
    }

    @Test
    void offMeansNoEventsAndAReadingThatIsNeverReady() {
        BarSeries hourly = Bars.randomWalk(A, Bars.HOUR, 500, 5, -1, 0);
        InstrumentRegimes regimes = InstrumentRegimes.none(List.of(A));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < hourly.size(); i++) {
            regimes.onBar(0, hourly, i, events::add);
        }
        assertThat(events).isEmpty();
        assertThat(regimes.enabled()).isFalse();
        assertThat(regimes.reading(0)).isSameAs(RegimeReading.NONE);
        assertThat(regimes.history(0).size()).isZero();
    }
}
