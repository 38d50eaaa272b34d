package dev.kairos.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InstrumentTest {
    private final Instrument ins = new Instrument(InstrumentId.of("TST-USD"), InstrumentKind.SPOT, 0.01, 0.001, 1);

    @Test
    void quantisesToTickAndLot() {
        assertThat(ins.floorToLot(1.23456)).isCloseTo(1.234, within(1e-12));
        assertThat(ins.floorToLot(0.3)).isCloseTo(0.3, within(1e-12));
        assertThat(ins.floorToLot(0.0009)).isZero();
        assertThat(ins.floorToLot(-1)).isZero();
        assertThat(ins.roundToTick(100.006)).isCloseTo(100.01, within(1e-12));
        assertThat(ins.isLotAligned(0.003)).isTrue();
        assertThat(ins.isLotAligned(0.0035)).isFalse();
    }
}
