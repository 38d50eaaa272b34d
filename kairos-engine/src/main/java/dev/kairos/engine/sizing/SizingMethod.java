package dev.kairos.engine.sizing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The base sizing policies a configuration can choose. */
public enum SizingMethod {
    /** {@link FixedFractionSizing}. */
    FIXED_FRACTION,
    /** {@link ConfidenceSizing}. */
    CONFIDENCE,
    /** {@link AtrRiskSizing}. */
    ATR_RISK,
    /** {@link KellySizing}. */
    KELLY,
    /** {@link VolatilityTargetSizing}. */
    VOL_TARGET;

    /** Lower-case snake name used in configuration, e.g. {@code atr_risk}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a key in either case, e.g. {@code atr_risk}. */
    public static SizingMethod parse(String text) {
        for (SizingMethod m : values()) {
            if (m.name().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown sizing policy '" + text.trim() + "'; expected one of "
                + Arrays.stream(values()).map(SizingMethod::key).collect(Collectors.joining(", ")));
    }
}
