package dev.kairos.engine.risk;

/** The verdict of one check. */
public sealed interface CheckResult {

    /** The check passed. */
    record Pass() implements CheckResult {
    }

    /** The check refused the order, naming why. */
    record Deny(String check, String reason) implements CheckResult {
    }

    /** The shared pass verdict (no allocation on the hot path). */
    CheckResult PASS = new Pass();

    static CheckResult deny(String check, String reason) {
        return new Deny(check, reason);
    }
}
