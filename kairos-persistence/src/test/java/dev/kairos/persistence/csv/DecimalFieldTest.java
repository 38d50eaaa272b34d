package dev.kairos.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "+.5", "5.", "007.50", "456.16", "561.88098307", "0.1", "0.3",
            "9007199254740992", "9007199254740993", "123456789012345678", "1234567890123456789",
            "0.0000000000000000000001", "0.00000000000000000000001", "1e-7", "1E+3", "-2.5e-3", "1.7976931348623157E308",
            "4.9e-324", "2e-400", "1e400", "  42.5\t", "179769313486231570000000000000000000000000000000000000000"})
    void agreesWithTheJdk(String text) {
        assertThat(Double.doubleToRawLongBits(parse(text)))
                .as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @Test
    void agreesWithTheJdkOnRandomDecimals() {
        Random random = new Random(20_250_101L);
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 4) {
                case 0 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(12) - 4));
                case 1 -> String.format(Locale.ROOT, "%." + random.nextInt(12) + "f", random.nextDouble() * 100_000);
                case 2 -> new BigDecimal(random.nextLong() & Long.MAX_VALUE).movePointLeft(random.nextInt(25))
                        .toPlainString();
                default -> Long.toString(random.nextLong() >>> random.nextInt(64)) + "." + (random.nextInt() >>> 1);
            };
            assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void nonFiniteWordsInAnyCase() {
        assertThat(parse("NaN")).isNaN();
        assertThat(parse("nan")).isNaN();
        assertThat(parse("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(parse("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(parse("+INF")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "-", "+", "1.2.3", "1,5", "0x1p3", "1.5d", "2f", "1e", "e5", "--1", "1 2",
            "nan1", "infinit", "12abc", "€"})
    void rejectsWhatIsNotADecimal(String text) {
        assertThatExceptionOfType(NumberFormatException.class).as(text).isThrownBy(() -> parse(text));
    }

    @Test
    void parsesIntegerTimestamps() {
        assertThat(parseLong("1463544000000")).isEqualTo(1_463_544_000_000L);
        assertThat(parseLong(" -5 ")).isEqualTo(-5);
        assertThat(parseLong("+7")).isEqualTo(7);
        assertThat(parseLong("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        // 19 digits: epoch nanoseconds, up to Long.MAX_VALUE either sign
        assertThat(parseLong("1234567890123456789")).isEqualTo(1_234_567_890_123_456_789L);
        assertThat(parseLong("1704067200000000000")).isEqualTo(1_704_067_200_000_000_000L);
        assertThat(parseLong("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(parseLong("-9223372036854775807")).isEqualTo(-Long.MAX_VALUE);
        for (String bad : new String[] {"", "-", "1.0", "1e3", "12a", "1 2", "0x10", "9223372036854775808",
                "-9223372036854775808", "9999999999999999999", "12345678901234567890", "123456789012345678x"}) {
            assertThat(parseLong(bad)).as(bad).isEqualTo(DecimalField.NOT_A_LONG);
        }
    }

    private static double parse(String text) {
        byte[] b = ("#" + text + "#").getBytes(StandardCharsets.UTF_8); // parse a slice, not the whole array
        return DecimalField.parseDouble(b, 1, b.length - 1);
    }

    private static long parseLong(String text) {
        byte[] b = ("#" + text + "#").getBytes(StandardCharsets.UTF_8);
        return DecimalField.parseLong(b, 1, b.length - 1);
    }
}
