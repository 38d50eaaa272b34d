package dev.kairos.engine.exit;

import java.util.Optional;

/**
 * Why (part of) a position was closed. The label is the order's purpose, and so the exit reason of the
 * {@link dev.kairos.model.portfolio.ClosedTrade} it closes and the key of the backtest summary's exit counts.
 */
public enum ExitReason {
    /** The first take-profit of the ladder filled. */
    TP1("tp1"),
    TP2("tp2"),
    TP3("tp3"),
    /** The engine's dynamic stop, still at its initial level (or tightened short of breakeven). */
    STOP("stop"),
    /** The dynamic stop after it moved to breakeven (entry plus the round-trip fee). */
    BREAKEVEN("breakeven"),
    /** The dynamic stop after the trailing stop moved it. */
    TRAILING("trailing"),
    /** The position was held for the configured number of bars. */
    TIME("time"),
    /** The venue's resting safety-net stop filled: the engine's own stop did not get there first. */
    HARD_STOP("hard_stop"),
    /** A strategy signal flattened or reversed the position. */
    SIGNAL("signal"),
    /** The risk engine reduced or closed the position. */
    RISK("risk");

    /** Most take-profit legs a ladder may have (one reason each). */
    public static final int MAX_TAKE_PROFITS = 3;

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    /** The reason's name in orders, trades, journal and summary, e.g. {@code hard_stop}. */
    public String label() {
        return label;
    }

    /** The reason of take-profit leg {@code leg} (0-based). */
    public static ExitReason takeProfit(int leg) {
        return switch (leg) {
            case 0 -> TP1;
            case 1 -> TP2;
            case 2 -> TP3;
            default -> throw new IllegalArgumentException("take-profit leg must be 0.." + (MAX_TAKE_PROFITS - 1)
                    + ", got " + leg);
        };
    }

    /** The reason with this label, if any. */
    public static Optional<ExitReason> of(String label) {
        for (ExitReason r : values()) {
            if (r.label.equals(label)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
