package dev.kairos.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Take-profit legs: by hand, then as seeded properties. */
class LadderTest {
    private static final Instrument LOT_0_001 = new Instrument(InstrumentId.of("TST-USD"), InstrumentKind.SPOT, 0.01,
            0.001, 1.0);

    @Test
    void legsAreRoundedDownToTheLotAndTheLastTakesTheRest() {
        double[] out = new double[3];
        // 1.003 × 0.4 = 0.4012 → 0.401 twice; the rest 1.003 − 0.802 = 0.201
        Ladder.split(1.003, new double[] {0.4, 0.4, 0.2}, 3, LOT_0_001, out);
        assertThat(out[0]).isCloseTo(0.401, within(1e-12));
        assertThat(out[1]).isCloseTo(0.401, within(1e-12));
        assertThat(out[2]).isCloseTo(0.201, within(1e-12));
        // 0.002: 0.4 × 2 lots = 0.8 → 0 lots for the first two, the last leg gets both lots
        Ladder.split(0.002, new double[] {0.4, 0.4, 0.2}, 3, LOT_0_001, out);
        assertThat(out).containsExactly(0.0, 0.0, 0.002);
        // the shares of the remaining legs are taken relative to each other: 0.4 : 0.2 of 0.9
        Ladder.split(0.9, new double[] {0.4, 0.2}, 2, LOT_0_001, out);
        assertThat(out[0]).isCloseTo(0.6, within(1e-12));
        assertThat(out[1]).isCloseTo(0.3, within(1e-12));
        assertThatThrownBy(() -> Ladder.split(1, new double[] {0.5, 0}, 2, LOT_0_001, new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leg 1");
    }

    @Test
    void legsSumToThePositionStayLotAlignedAndAreNeverNegative() {
        SplittableRandom rnd = new SplittableRandom(20_240_501L);
        double[] out = new double[3];
        double[] shares = new double[3];
        for (int n = 0; n < 20_000; n++) {
            double lot = new double[] {1e-8, 0.001, 0.01, 1.0}[rnd.nextInt(4)];
            Instrument ins = new Instrument(InstrumentId.of("TST-USD"), InstrumentKind.SPOT, 0.01, lot, 1.0);
            long lots = rnd.nextLong(1, 5_000_000);
            double quantity = lots * lot;
            int legs = 1 + rnd.nextInt(3);
            for (int j = 0; j < legs; j++) {
                shares[j] = 0.01 + rnd.nextDouble();
            }
            Ladder.split(quantity, shares, legs, ins, out);
            double sum = 0;
            for (int j = 0; j < legs; j++) {
                assertThat(out[j]).as("leg %d of %s in lots of %s", j, quantity, lot).isGreaterThanOrEqualTo(0.0);
                assertThat(ins.isLotAligned(out[j])).as("leg %d = %s lot-aligned (lot %s)", j, out[j], lot).isTrue();
                sum += out[j];
            }
            assertThat(sum).as("legs of %s", quantity).isCloseTo(quantity, within(lot * 1e-6));
        }
    }
}
