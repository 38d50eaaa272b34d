package dev.kairos.analytics.risk;

import java.util.Locale;
import java.util.Optional;

/** How a VaR/ES is estimated; see the package documentation for each method's horizon rule. */
public enum VarMethod {
    /** Empirical quantile of the overlapping compounded h-period returns. */
    HISTORICAL,
    /** Normal distribution with the sample mean and standard deviation, square-root-of-time scaled. */
    PARAMETRIC,
    /** Seeded bootstrap: each path compounds h returns drawn with replacement from the sample. */
    MONTE_CARLO;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The name in configuration and JSON, e.g. {@code monte_carlo}. */
    public String key() {
        return key;
    }

    /** The method whose {@link #key()} is {@code key} (case-insensitive), or empty. */
    public static Optional<VarMethod> fromKey(String key) {
        for (VarMethod m : values()) {
            if (m.key.equalsIgnoreCase(key.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
