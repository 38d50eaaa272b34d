package dev.kairos.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.indicator.Sma;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A strategy trading 1h bars on an SMA of 4h closes, fed through {@link HigherTimeframe}: the 4h SMA it reads
 * at each 1h bar is that of the 4h bars closed by then, and perturbing the bars of the 4h bucket still forming
 * changes nothing derived from it until that bucket closes.
 */
class HigherTimeframeTest {
    private static final InstrumentId ID = InstrumentId.of("TST-USD");
    private static final int BARS = 240;
    private static final int PERIOD = 3;

    /** Goes long above the 4h SMA, short below; records the SMA and the closed 4h bars it saw at every bar. */
    static final class FourHourSmaStrategy implements Strategy {
        final Sma sma4h = new Sma(PERIOD);
        final List<Double> smaSeen = new ArrayList<>();
        final List<Integer> closedSeen = new ArrayList<>();
        final List<Integer> subBars = new ArrayList<>();
        final HigherTimeframe h4 = new HigherTimeframe(Timeframe.FOUR_HOURS,
                (t, o, h, l, c, v, n, complete) -> {
                    sma4h.update(c);
                    subBars.add(n);
                });

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            h4.onBar(s, i);
            double sma = sma4h.isReady() ? sma4h.value() : Double.NaN;
            smaSeen.add(sma);
            closedSeen.add((int) h4.closedBars());
            Direction d = Double.isNaN(sma) ? Direction.FLAT : s.close(i) > sma ? Direction.LONG : Direction.SHORT;
            if (!Double.isNaN(sma)) {
                ctx.signal(d, 0.5, "close vs 4h SMA" + PERIOD + " " + NumberText.significant(sma, 6));
            }
        }
    }

    private static FourHourSmaStrategy run(BarSeries s) {
        FourHourSmaStrategy strategy = new FourHourSmaStrategy();
        StrategyContext ctx = new StrategyContext() {
            @Override
            public long now() {
                return 0;
            }

            @Override
            public double positionQuantity() {
                return 0;
            }

            @Override
            public void signal(Direction direction, double confidence, String... reasons) {
            }
        };
        for (int i = 0; i < s.size(); i++) {
            strategy.onBar(s, i, ctx);
        }
        return strategy;
    }

    @Test
    void theFourHourSmaAtEachHourIsThatOfTheFourHourBarsClosedByThen() {
        BarSeries s = Bars.randomWalk(ID, Bars.HOUR, BARS, 3, -1, 0);
        FourHourSmaStrategy st = run(s);
        for (int i = 0; i < BARS; i++) {
            // T0 is midnight UTC: bucket q holds bars 4q..4q+3 and closes with bar 4q+3 (its close, 4q+4 h)
            int closed = (i + 1) / 4;
            assertThat(st.closedSeen.get(i)).as("closed 4h bars at bar %d", i).isEqualTo(closed);
            if (closed < PERIOD) {
                assertThat(st.smaSeen.get(i)).isNaN();
                continue;
            }
            double sum = 0;
            for (int q = closed - PERIOD; q < closed; q++) {
                sum += s.close(4 * q + 3);
            }
            assertThat(st.smaSeen.get(i)).as("4h SMA at bar %d", i).isCloseTo(sum / PERIOD,
                    within(1e-9));
        }
        assertThat(st.subBars).containsOnly(4);
    }

    @Test
    void perturbingTheFormingBucketChangesNothingDerivedFromTheFourHourSmaUntilItCloses() {
        BarSeries base = Bars.randomWalk(ID, Bars.HOUR, BARS, 3, -1, 0);
        FourHourSmaStrategy reference = run(base);
        int checked = 0;
        for (int start = 4 * PERIOD; start + 3 < BARS; start += 4) {
            for (int from = start; from <= start + 2; from++) {
                // the bars of the unfinished bucket from `from` on (and every later bar) are different
                BarSeries perturbed = Bars.randomWalk(ID, Bars.HOUR, BARS, 3, from, 1_000 + from);
                FourHourSmaStrategy p = run(perturbed);
                int last = start + 2; // the bucket's last bar before its closing one
                assertThat(p.smaSeen.subList(0, last + 1)).as("SMA up to bar %d, bars from %d perturbed", last, from)
                        .isEqualTo(reference.smaSeen.subList(0, last + 1));
                assertThat(p.closedSeen.subList(0, last + 1)).isEqualTo(reference.closedSeen.subList(0, last + 1));
                // the closing bar's close is perturbed too: from it on the SMA differs (the test can see a leak)
                assertThat(p.smaSeen.get(start + 3)).as("SMA once the bucket closes").isNotEqualTo(
                        reference.smaSeen.get(start + 3));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theTargetMustBeAMultipleOfTheBars() {
        HigherTimeframe odd = new HigherTimeframe(Timeframe.parse("90m"), (t, o, h, l, c, v, n, complete) -> { });
        BarSeries s = Bars.randomWalk(ID, Bars.HOUR, 3, 1, -1, 0);
        assertThatThrownBy(() -> odd.onBar(s, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("90m");
        assertThatThrownBy(() -> new HigherTimeframe(null, (t, o, h, l, c, v, n, complete) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
