package dev.kairos.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampUnitTest {
    /** 2024-01-01T00:00:00Z. */
    private static final long MS = 1_704_067_200_000L;
    /** The first millisecond whose nanoseconds do not fit in a long. */
    private static final long NS_END_MS = Long.MAX_VALUE / 1_000_000;

    @Test
    void magnitudeRangesMeetAtPowersOfTen() {
        assertThat(TimestampUnit.ofMagnitude(0)).isEqualTo(TimestampUnit.SECONDS);
        assertThat(TimestampUnit.ofMagnitude(99_999_999_999L)).isEqualTo(TimestampUnit.SECONDS);
        assertThat(TimestampUnit.ofMagnitude(100_000_000_000L)).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(TimestampUnit.ofMagnitude(99_999_999_999_999L)).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(TimestampUnit.ofMagnitude(100_000_000_000_000L)).isEqualTo(TimestampUnit.MICROSECONDS);
        assertThat(TimestampUnit.ofMagnitude(99_999_999_999_999_999L)).isEqualTo(TimestampUnit.MICROSECONDS);
        assertThat(TimestampUnit.ofMagnitude(100_000_000_000_000_000L)).isEqualTo(TimestampUnit.NANOSECONDS);
        assertThat(TimestampUnit.ofMagnitude(Long.MAX_VALUE)).isEqualTo(TimestampUnit.NANOSECONDS);
        assertThat(TimestampUnit.ofMagnitude(-MS)).as("by magnitude").isEqualTo(TimestampUnit.MILLISECONDS);
    }

    @Test
    void theUnitsOfOneInstantFromNineteenSeventyThreeOnCannotBeConfused() {
        // the ends of the promised span: 1973-03-03T09:46:40Z and the last millisecond before 1e11 s
        long[] ends = {100_000_000_000L, 99_999_999_999_999L};
        SplittableRandom random = new SplittableRandom(20_240_101);
        for (int i = 0; i < 10_000; i++) {
            long ms = i < ends.length ? ends[i]
                    : random.nextLong(ends[0], (i % 2 == 0 ? NS_END_MS : ends[1]) + 1);
            long s = Math.floorDiv(ms, 1000);
            assertThat(TimestampUnit.ofMagnitude(s)).as("%d s", s).isEqualTo(TimestampUnit.SECONDS);
            assertThat(TimestampUnit.ofMagnitude(ms)).as("%d ms", ms).isEqualTo(TimestampUnit.MILLISECONDS);
            long us = ms * 1000 + random.nextInt(1000);
            assertThat(TimestampUnit.ofMagnitude(us)).as("%d µs", us).isEqualTo(TimestampUnit.MICROSECONDS);
            assertThat(TimestampUnit.SECONDS.toMillis(s)).isEqualTo(s * 1000);
            assertThat(TimestampUnit.MILLISECONDS.toMillis(ms)).isEqualTo(ms);
            assertThat(TimestampUnit.MICROSECONDS.toMillis(us)).isEqualTo(ms);
            if (ms < NS_END_MS) { // a long holds nanoseconds only up to 2262-04-11
                long ns = us * 1000 + random.nextInt(1000);
                assertThat(TimestampUnit.ofMagnitude(ns)).as("%d ns", ns).isEqualTo(TimestampUnit.NANOSECONDS);
                assertThat(TimestampUnit.NANOSECONDS.toMillis(ns)).isEqualTo(ms);
            }
        }
        assertThat(Instant.ofEpochSecond(100_000_000L)).hasToString("1973-03-03T09:46:40Z");
        assertThat(Instant.ofEpochMilli(99_999_999_999_999L).toString()).startsWith("5138-11-16");
    }

    @Test
    void finerUnitsAreFlooredSoOrderIsKept() {
        assertThat(TimestampUnit.MICROSECONDS.toMillis(MS * 1000 + 999)).isEqualTo(MS);
        assertThat(TimestampUnit.NANOSECONDS.toMillis(MS * 1_000_000 + 999_999)).isEqualTo(MS);
        assertThat(TimestampUnit.MICROSECONDS.toMillis(-1)).as("before 1970 rounds down too").isEqualTo(-1);
        assertThat(TimestampUnit.NANOSECONDS.toMillis(-1_000_001)).isEqualTo(-2);
        assertThat(TimestampUnit.SECONDS.toMillis(-5)).isEqualTo(-5_000);
    }

    @Test
    void secondsThatDoNotFitInMillisecondsAreRefused() {
        long max = Long.MAX_VALUE / 1000;
        assertThat(TimestampUnit.SECONDS.toMillis(max)).isEqualTo(max * 1000);
        assertThat(TimestampUnit.SECONDS.toMillis(-max)).isEqualTo(-max * 1000);
        assertThatIllegalArgumentException().isThrownBy(() -> TimestampUnit.SECONDS.toMillis(max + 1))
                .withMessage("timestamp 9223372036854776 seconds is beyond the range of epoch milliseconds "
                        + "(±9223372036854775807)");
        assertThatIllegalArgumentException().isThrownBy(() -> TimestampUnit.SECONDS.toMillis(-max - 1));
        assertThat(TimestampUnit.NANOSECONDS.toMillis(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE / 1_000_000);
    }

    @Test
    void detectionUsesTheMagnitudeExceptNearTheEpoch() {
        assertThat(TimestampScale.detect(1_704_067_200L).unit()).isEqualTo(TimestampUnit.SECONDS);
        assertThat(TimestampScale.detect(MS).unit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(TimestampScale.detect(MS * 1000).unit()).isEqualTo(TimestampUnit.MICROSECONDS);
        assertThat(TimestampScale.detect(MS * 1_000_000).unit()).isEqualTo(TimestampUnit.NANOSECONDS);
        assertThat(TimestampScale.detect(100_000_000L).unit()).as("1973-03-03 in seconds")
                .isEqualTo(TimestampUnit.SECONDS);

        // synthetic files counted in ms from the epoch stay ms, and admit every ms magnitude
        TimestampScale nearEpoch = TimestampScale.detect(60_000);
        assertThat(nearEpoch.unit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(nearEpoch.admits(0)).isTrue();
        assertThat(nearEpoch.admits(30L * 86_400_000)).as("30 days after the epoch").isTrue();
        assertThat(nearEpoch.admits(MS)).isTrue();
        assertThat(nearEpoch.admits(MS * 1000)).isFalse();
        assertThat(TimestampScale.detect(99_999_999L).unit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(TimestampScale.detect(-99_999_999L).unit()).isEqualTo(TimestampUnit.MILLISECONDS);

        TimestampScale ms = TimestampScale.detect(MS);
        assertThat(ms.admits(MS + 1)).isTrue();
        assertThat(ms.admits(MS / 1000)).isFalse();
        assertThat(ms.admits(MS * 1000)).isFalse();
        assertThat(TimestampScale.detect(MS * 1_000_000).admits(Long.MAX_VALUE)).isTrue();
        assertThat(TimestampScale.UNDETECTED.admits(0)).isFalse();
        assertThat(TimestampScale.UNDETECTED.admits(MS)).isFalse();
    }

    @Test
    void theMismatchNamesBothUnits() {
        TimestampScale ms = TimestampScale.detect(MS);
        assertThat(ms.mismatch(EnumSet.of(TimestampUnit.SECONDS)))
                .isEqualTo("timestamp in seconds in a file of milliseconds");
        assertThat(ms.mismatch(EnumSet.of(TimestampUnit.NANOSECONDS, TimestampUnit.SECONDS)))
                .isEqualTo("timestamp in seconds or nanoseconds in a file of milliseconds");
        assertThatIllegalArgumentException().isThrownBy(() -> ms.mismatch(EnumSet.noneOf(TimestampUnit.class)));
    }

    @Test
    void onlyUnitsOtherThanMillisecondsGetALogNote() {
        assertThat(TimestampUnit.MILLISECONDS.conversionNote()).isEmpty();
        assertThat(TimestampUnit.SECONDS.conversionNote())
                .contains("timestamps read as epoch seconds and converted to ms");
        assertThat(TimestampUnit.NANOSECONDS.conversionNote())
                .contains("timestamps read as epoch nanoseconds and converted to ms (rounded down to the millisecond)");
        assertThat(TimestampUnit.MICROSECONDS.displayName()).isEqualTo("microseconds");
    }
}
