package dev.kairos.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClientOrderIdTest {

    @Test
    void sequenceIsTheFormattedNumberWithoutAFormatter() {
        long[] edges = {0, 1, 9, 10, 12_345_678, 99_999_999, 100_000_000, 123_456_789_012L, Long.MAX_VALUE};
        for (long n : edges) {
            assertThat(ClientOrderId.sequence(n).value()).isEqualTo(String.format(Locale.ROOT, "O-%08d", n));
        }
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 10_000; k++) {
            long n = r.nextLong(1L << r.nextInt(1, 63));
            assertThat(ClientOrderId.sequence(n).value()).isEqualTo(String.format(Locale.ROOT, "O-%08d", n));
        }
    }

    @Test
    void idsSortInSubmissionOrderAndNegativeSequencesAreRefused() {
        assertThat(ClientOrderId.sequence(9).value()).isLessThan(ClientOrderId.sequence(10).value());
        assertThat(ClientOrderId.sequence(1).toString()).isEqualTo("O-00000001");
        assertThatThrownBy(() -> ClientOrderId.sequence(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientOrderId(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
