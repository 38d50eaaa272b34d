package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Accuracy weights learn from realised outcomes to ignore a detector that guesses. */
class RegimeEnsembleWeightsTest {

    /** Confident random calls: a detector with no skill. */
    static final class GuessingDetector implements RegimeDetector {
        private final SplittableRandom rnd;
        private final double[] p = {0.25, 0.25, 0.25, 0.25};

        GuessingDetector(long seed) {
            this.rnd = new SplittableRandom(seed);
        }

        @Override
        public String name() {
            return "guess";
        }

        @Override
        public void update(BarSeries bars, int i) {
            int pick = rnd.nextInt(Regime.COUNT);
            for (int r = 0; r < Regime.COUNT; r++) {
                p[r] = r == pick ? 0.94 : 0.02;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public double probability(Regime regime) {
            return p[regime.ordinal()];
        }

        @Override
        public double confidence() {
            return 0.9;
        }
    }

    private static RegimeEnsemble withGuesser(RegimeEnsembleConfig.WeightsMode mode, long seed) {
        List<RegimeDetector> ds = new ArrayList<>(RegimeDetectors.standard().create(RegimeDetectors.RULE_BASED));
        ds.add(new GuessingDetector(seed));
        return new RegimeEnsemble(ds, RegimeEnsembleConfig.defaults().withWeights(mode));
    }

    @Test
    void aGuessingDetectorLosesItsWeightAndAccuracyWeightsBeatEqualWeights() {
        for (long seed = 1; seed <= 3; seed++) {
            RegimeSwitchingSeries s = RegimeSwitchingSeries.generate(seed, 4000);
            RegimeEnsemble adaptive = withGuesser(RegimeEnsembleConfig.WeightsMode.ACCURACY, seed);
            RegimeEnsemble equal = withGuesser(RegimeEnsembleConfig.WeightsMode.EQUAL, seed);
            RegimeEvaluation a = RegimeEvaluation.ofEnsemble(s, adaptive, 300);
            RegimeEvaluation b = RegimeEvaluation.ofEnsemble(s, equal, 300);
            int guess = 3;
            for (RegimeEnsemble.Factor f : RegimeEnsemble.Factor.values()) {
                double w = adaptive.weight(guess, f);
                assertTrue(w < 0.05, "seed " + seed + ": guesser weight in " + f + " " + w);
            }
            assertTrue(adaptive.weight(1, RegimeEnsemble.Factor.TREND) > 0.3, "trend detector keeps its weight");
            assertTrue(adaptive.weight(0, RegimeEnsemble.Factor.VOLATILITY) > 0.9,
                    "only the volatility detector has skill on the kind of range");
            assertTrue(adaptive.skill(guess, RegimeEnsemble.Factor.TREND) < 0, "a confident guesser loses bits");
            assertTrue(a.settledAccuracy() > b.settledAccuracy() + 0.05,
                    "seed " + seed + ": adaptive " + a.settledAccuracy() + " vs equal " + b.settledAccuracy());
            assertTrue(a.settledAccuracy() > 0.85, "seed " + seed + ": " + a.settledAccuracy());
        }
    }
}
