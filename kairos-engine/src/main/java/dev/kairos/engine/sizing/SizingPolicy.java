package dev.kairos.engine.sizing;

/**
 * Turns a signal into a target position size. Implementations are pure functions of the request (what they
 * need to remember — trade records, the regime — reaches them inside it), fail closed (unknown inputs give a
 * zero with a reason, never an exception) and are called on the engine thread only when a signal changes the
 * target, never per bar.
 */
public interface SizingPolicy {

    /** The absolute target position for {@code request}: lot-aligned, &gt;= 0, with why. */
    SizingDecision size(SizingRequest request);

    /**
     * What the engine must measure per bar for this policy's requests (ATR period, volatility window, stop
     * rules, performance windows). The defaults measure ATR(14) with the default stops and no volatility.
     */
    default InputSettings inputs() {
        return InputSettings.DEFAULTS;
    }
}
