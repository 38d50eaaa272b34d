package dev.kairos.analytics.sentiment;

import static dev.kairos.model.regime.SentimentState.ANXIOUS;
import static dev.kairos.model.regime.SentimentState.EUPHORIC;
import static dev.kairos.model.regime.SentimentState.FEARFUL;
import static dev.kairos.model.regime.SentimentState.NEUTRAL;
import static dev.kairos.model.regime.SentimentState.OPTIMISTIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.regime.SentimentState;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Smoothing by hand, the states and their hysteresis, staleness, and point-in-time readings. */
class SentimentIndexTest {
    private static final double TOL = 1e-12;
    private static final SentimentBands BANDS = SentimentBands.DEFAULT;

    private static SentimentIndexConfig config(HalfLife h, long staleAfter) {
        return new SentimentIndexConfig(h, BANDS, staleAfter);
    }

    private static SentimentReading.Known known(SentimentReading r) {
        assertThat(r).isInstanceOf(SentimentReading.Known.class);
        return (SentimentReading.Known) r;
    }

    // ---- smoothing

    @Test
    void aHalfLifeInTextsHalvesEarlierWeightsWithEachText() {
        SentimentIndex index = new SentimentIndex(config(new HalfLife.Texts(1), 10_000));
        index.add(0, 1.0);
        assertThat(known(index.readingAt(0)).value()).isEqualTo(1.0);
        index.add(5, 0.0); // (0.5 * 1 + 0) / (0.5 + 1)
        assertThat(known(index.readingAt(5)).value()).isCloseTo(1.0 / 3.0, within(TOL));
        index.add(5, -1.0); // (0.25 - 1) / (0.75 + 1)
        SentimentReading.Known k = known(index.readingAt(9));
        assertThat(k.value()).isCloseTo(-0.75 / 1.75, within(TOL));
        assertThat(k.weight()).as("no decay over time for a half-life in texts").isCloseTo(1.75, within(TOL));
        assertThat(k.texts()).isEqualTo(3);
        assertThat(k.lastTextTime()).isEqualTo(5);
    }

    @Test
    void aHalfLifeInTimeDecaysByElapsedTime() {
        SentimentIndex index = new SentimentIndex(config(new HalfLife.Time(1000), 100_000));
        index.add(0, 0.8);
        index.add(1000, -0.4); // (0.5 * 0.8 - 0.4) / 1.5 = 0
        assertThat(known(index.readingAt(1000)).value()).isCloseTo(0.0, within(TOL));
        index.add(3000, 0.6); // weights 0.375 (decayed 1.5) and 1; sum 0 * 0.25 + 0.6
        SentimentReading.Known k = known(index.readingAt(4000));
        assertThat(k.value()).isCloseTo(0.6 / 1.375, within(TOL));
        assertThat(k.weight()).as("weight decays to the reading time").isCloseTo(1.375 * 0.5, within(TOL));
        assertThat(k.state()).isEqualTo(OPTIMISTIC);
    }

    @Test
    void theIndexIsAWeightedMeanOfTheCompounds() {
        // property: always within [min, max] of the compounds seen, whatever the half-life
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        for (int run = 0; run < 200; run++) {
            HalfLife h = rng.nextBoolean() ? new HalfLife.Time(1 + rng.nextLong(100_000))
                    : new HalfLife.Texts(0.1 + rng.nextDouble(50));
            SentimentIndex index = new SentimentIndex(config(h, Long.MAX_VALUE));
            double min = 1;
            double max = -1;
            long t = 0;
            for (int i = 0; i < 50; i++) {
                double x = rng.nextDouble(-1, 1);
                t += rng.nextLong(10_000);
                index.add(t, x);
                min = Math.min(min, x);
                max = Math.max(max, x);
                double v = known(index.readingAt(t)).value();
                assertThat(v).isBetween(min - TOL, max + TOL);
            }
        }
    }

    // ---- states and hysteresis

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.6, -0.5, -0.2, -0.15, 0.0, 0.149, 0.15, 0.49, 0.5, 1.0})
    void bandsWithoutHysteresis(double v) {
        SentimentState expected = v < -0.5 ? FEARFUL : v < -0.15 ? ANXIOUS : v < 0.15 ? NEUTRAL : v < 0.5 ? OPTIMISTIC
                : EUPHORIC;
        assertThat(BANDS.band(v)).isEqualTo(expected);
    }

    @Test
    void theStateMovesOnlyWhenACutIsCrossedByTheMargin() {
        assertThat(BANDS.next(NEUTRAL, 0.17)).as("0.02 over the cut").isEqualTo(NEUTRAL);
        assertThat(BANDS.next(NEUTRAL, 0.21)).isEqualTo(OPTIMISTIC);
        assertThat(BANDS.next(OPTIMISTIC, 0.12)).as("0.03 under the cut").isEqualTo(OPTIMISTIC);
        assertThat(BANDS.next(OPTIMISTIC, 0.09)).isEqualTo(NEUTRAL);
        assertThat(BANDS.next(NEUTRAL, 0.9)).as("two bands at once").isEqualTo(EUPHORIC);
        assertThat(BANDS.next(NEUTRAL, 0.52)).as("far enough into optimistic, not into euphoric").isEqualTo(OPTIMISTIC);
        assertThat(BANDS.next(EUPHORIC, -0.9)).isEqualTo(FEARFUL);
        assertThat(BANDS.next(EUPHORIC, -0.52)).isEqualTo(ANXIOUS);
        assertThat(BANDS.next(FEARFUL, -0.47)).isEqualTo(FEARFUL);
        assertThat(BANDS.next(ANXIOUS, -0.3)).isEqualTo(ANXIOUS);
    }

    @Test
    void noiseAroundACutDoesNotFlipTheStateButNoMarginDoes() {
        SentimentBands none = new SentimentBands(-0.5, -0.15, 0.15, 0.5, 0.0);
        SentimentState withMargin = NEUTRAL;
        SentimentState withoutMargin = NEUTRAL;
        int flips = 0;
        for (int i = 0; i < 20; i++) {
            double v = 0.15 + (i % 2 == 0 ? 0.03 : -0.03);
            SentimentState next = none.next(withoutMargin, v);
            flips += next != withoutMargin ? 1 : 0;
            withoutMargin = next;
            withMargin = BANDS.next(withMargin, v);
            assertThat(withMargin).isEqualTo(NEUTRAL);
        }
        assertThat(flips).isEqualTo(20);
    }

    @Test
    void hysteresisInvariantOnARandomWalk() {
        // the state is the value's band, or the band next to it while the value is within the margin of their cut
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(11);
        double[] cuts = {-0.5, -0.15, 0.15, 0.5};
        SentimentState s = BANDS.band(0.0);
        double v = 0.0;
        for (int i = 0; i < 100_000; i++) {
            v = Math.max(-1, Math.min(1, v + rng.nextGaussian() * 0.04));
            SentimentState before = s;
            s = BANDS.next(s, v);
            int raw = BANDS.band(v).ordinal();
            int st = s.ordinal();
            if (st > raw) {
                assertThat(st - raw).isEqualTo(1);
                assertThat(v).isGreaterThanOrEqualTo(cuts[raw] - 0.05);
            } else if (st < raw) {
                assertThat(raw - st).isEqualTo(1);
                assertThat(v).isLessThan(cuts[st] + 0.05);
            }
            if (s.ordinal() > before.ordinal()) {
                assertThat(v).isGreaterThanOrEqualTo(cuts[s.ordinal() - 1] + 0.05);
            } else if (s.ordinal() < before.ordinal()) {
                assertThat(v).isLessThan(cuts[s.ordinal()] - 0.05);
            }
        }
    }

    @Test
    void theFirstTextSetsTheStateFromItsBandAndLaterTextsUseHysteresis() {
        SentimentIndex index = new SentimentIndex(config(new HalfLife.Texts(1e-9), Long.MAX_VALUE));
        index.add(0, 0.17); // no previous state: its band
        assertThat(known(index.readingAt(0)).state()).isEqualTo(OPTIMISTIC);
        index.add(1, 0.12); // a tiny half-life: the value is (almost exactly) the last compound
        assertThat(known(index.readingAt(1)).state()).isEqualTo(OPTIMISTIC);
        index.add(2, 0.05);
        assertThat(known(index.readingAt(2)).state()).isEqualTo(NEUTRAL);
    }

    @Test
    void badBandsAreRejected() {
        assertThatThrownBy(() -> new SentimentBands(-0.5, -0.6, 0.15, 0.5, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cuts must increase");
        assertThatThrownBy(() -> new SentimentBands(-0.5, -0.15, 0.15, 0.5, 0.2))
                .hasMessageContaining("margin must be >= 0 and less than half the narrowest inner band");
        assertThatThrownBy(() -> new SentimentBands(-1.0, -0.15, 0.15, 0.5, 0.05)).hasMessageContaining("(-1, 1]");
        assertThatThrownBy(() -> new HalfLife.Time(0)).hasMessageContaining("> 0 ms");
        assertThatThrownBy(() -> new HalfLife.Texts(Double.NaN)).hasMessageContaining("finite number > 0");
    }

    // ---- missing, stale, order

    @Test
    void noTextIsMissingNotNeutral() {
        SentimentIndex index = new SentimentIndex(SentimentIndexConfig.DEFAULT);
        assertThat(index.readingAt(123)).isEqualTo(new SentimentReading.Missing(123));
    }

    @Test
    void aReadingTooLongAfterTheLastTextIsStale() {
        SentimentIndex index = new SentimentIndex(config(new HalfLife.Time(1000), 5000));
        index.add(10_000, 0.6);
        assertThat(index.readingAt(15_000)).isInstanceOf(SentimentReading.Known.class);
        SentimentReading r = index.readingAt(15_001);
        assertThat(r).isEqualTo(new SentimentReading.Stale(15_001, 10_000, 0.6, EUPHORIC));
        assertThat(((SentimentReading.Stale) r).ageMillis()).isEqualTo(5001);
        index.add(16_000, 0.6);
        assertThat(index.readingAt(16_000)).isInstanceOf(SentimentReading.Known.class);
    }

    @Test
    void textsMustComeInTimeOrderAndAReadingCannotPrecedeAText() {
        SentimentIndex index = new SentimentIndex(SentimentIndexConfig.DEFAULT);
        index.add(1000, 0.1);
        index.add(1000, 0.2);
        assertThatThrownBy(() -> index.add(999, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("texts must come in time order: 999 is before the last text's 1000");
        assertThatThrownBy(() -> index.readingAt(999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reading at 999 would include the text of 1000, which is later");
        assertThatThrownBy(() -> index.add(2000, 1.5)).hasMessage("compound must be within -1..1, got 1.5");
        assertThatThrownBy(() -> index.add(2000, Double.NaN)).hasMessageContaining("compound must be within");
    }

    // ---- point in time

    @Test
    void aTimelineReadingUsesExactlyTheTextsAtOrBeforeItsTime() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(3);
        for (int run = 0; run < 50; run++) {
            HalfLife h = run % 2 == 0 ? new HalfLife.Time(1 + rng.nextLong(5000)) : new HalfLife.Texts(1 + rng.nextInt(9));
            SentimentIndexConfig cfg = config(h, 1 + rng.nextLong(20_000));
            List<TimedText> texts = new ArrayList<>();
            List<Double> compounds = new ArrayList<>();
            long t = 1000;
            for (int i = 0; i < 40; i++) {
                t += rng.nextInt(4) == 0 ? 0 : rng.nextLong(3000); // some texts share a timestamp
                texts.add(TimedText.of(t, "text " + i));
                compounds.add(rng.nextDouble(-1, 1));
            }
            SentimentTimeline all = SentimentTimeline.of(texts, toArray(compounds), cfg);
            for (int q = 0; q < 40; q++) {
                long at = rng.nextLong(t + 30_000);
                SentimentIndex only = new SentimentIndex(cfg);
                List<TimedText> prefix = new ArrayList<>();
                List<Double> prefixCompounds = new ArrayList<>();
                for (int i = 0; i < texts.size() && texts.get(i).time() <= at; i++) {
                    only.add(texts.get(i).time(), compounds.get(i));
                    prefix.add(texts.get(i));
                    prefixCompounds.add(compounds.get(i));
                }
                SentimentReading expected = only.readingAt(at);
                assertThat(all.asOf(at)).as("run %d at %d", run, at).isEqualTo(expected);
                // later texts cannot change an earlier reading
                assertThat(SentimentTimeline.of(prefix, toArray(prefixCompounds), cfg).asOf(at)).isEqualTo(expected);
            }
        }
    }

    @Test
    void aTimelineScoresItsTextsAndIsMissingBeforeTheFirst() {
        List<TimedText> texts = List.of(TimedText.of(1000, "Great news, I love it!"), TimedText.of(2000,
                "Terrible crash, I hate this"));
        SentimentTimeline tl = SentimentTimeline.build(texts, VaderScorer.standard(), SentimentIndexConfig.DEFAULT);

        assertThat(tl.size()).isEqualTo(2);
        assertThat(tl.compound(0)).isEqualTo(VaderScorer.standard().compound("Great news, I love it!"));
        assertThat(tl.compound(1)).isLessThan(-0.5);
        assertThat(tl.asOf(999)).isEqualTo(new SentimentReading.Missing(999));
        assertThat(known(tl.asOf(1500)).value()).isEqualTo(tl.compound(0));
        assertThat(known(tl.asOf(1500)).state()).isEqualTo(EUPHORIC);
    }

    private static double[] toArray(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
