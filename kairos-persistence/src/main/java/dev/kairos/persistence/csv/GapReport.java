package dev.kairos.persistence.csv;

import dev.kairos.model.market.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gaps of a bar series: consecutive bars more than one interval apart. Gaps are reported, never
 * filled.
 *
 * @param intervalMs  the series' bar interval, ms
 * @param count       number of gaps
 * @param missingBars bar slots missing over all gaps
 * @param largest     the longest gap (the first of equals); empty when there is none
 * @param first       the first {@value #MAX_LISTED} gaps in time order
 */
public record GapReport(long intervalMs, long count, long missingBars, Optional<Gap> largest, List<Gap> first) {
    /** How many gaps are listed in {@link #first}. */
    public static final int MAX_LISTED = 10;

    public GapReport {
        Objects.requireNonNull(largest, "largest");
        first = List.copyOf(first);
        if (intervalMs <= 0 || count < 0 || missingBars < 0 || largest.isPresent() != (count > 0)
                || first.size() != Math.min(count, MAX_LISTED)) {
            throw new IllegalArgumentException("inconsistent gap report: " + count + " gaps, " + missingBars
                    + " bars, largest " + largest + ", listed " + first.size());
        }
    }

    /** Finds the gaps of {@code series} with its own {@link BarSeries#intervalMs() interval}. O(n), no per-bar allocation. */
    public static GapReport of(BarSeries series) {
        long interval = series.intervalMs();
        long count = 0;
        long missing = 0;
        Gap largest = null;
        List<Gap> first = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            long prev = series.timestamp(i - 1);
            long next = series.timestamp(i);
            long delta = next - prev;
            if (delta > interval) {
                // grid slots strictly between the two bars; also right for off-grid spacing
                long slots = (delta - 1) / interval;
                count++;
                missing += slots;
                if (largest == null || delta - interval > largest.lengthMs() || first.size() < MAX_LISTED) {
                    Gap gap = new Gap(prev + interval, next, slots);
                    if (largest == null || gap.lengthMs() > largest.lengthMs()) {
                        largest = gap;
                    }
                    if (first.size() < MAX_LISTED) {
                        first.add(gap);
                    }
                }
            }
        }
        return new GapReport(interval, count, missing, Optional.ofNullable(largest), first);
    }

    /** {@code 3 gaps, 5 missing bars, largest 2018-08-10T04:00:00Z +PT12H (3 bars)} or {@code no gaps}. */
    @Override
    public String toString() {
        return largest.map(g -> count + (count == 1 ? " gap, " : " gaps, ") + missingBars + " missing bars, largest " + g)
                .orElse("no gaps");
    }
}
