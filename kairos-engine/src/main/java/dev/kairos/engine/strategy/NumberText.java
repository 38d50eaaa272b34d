package dev.kairos.engine.strategy;

import java.util.Locale;

/**
 * Numbers as text for signal reasons, fast: {@link #significant} gives exactly what
 * {@code String.format(Locale.ROOT, "%.<digits>g", v)} gives and {@link #fixed} what {@code "%.<decimals>f"}
 * gives, without running a {@link java.util.Formatter} (which, at one signal per 26 bars, took about 60 % of
 * the whole backtest pipeline in kairos-bench). Always a dot as decimal separator, whatever the default
 * locale.
 *
 * <p>How: the value is scaled by a power of ten and rounded in double arithmetic; when the scaled value lies
 * too close to a rounding tie for that to be certain (or is out of the range where it is exact: zero,
 * non-finite, {@code %g} magnitudes that print in scientific notation, more than 15 digits), the formatter
 * itself is used. Stateless and thread-safe.
 */
public final class NumberText {
    private static final double[] POW10 = new double[19];
    private static final String ZEROS = "000000000000000000";

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private NumberText() {
    }

    /**
     * {@code v} with {@code digits} significant digits, as {@code %.<digits>g} formats it: plain decimals with
     * trailing zeros kept ({@code 10.0500}, {@code 1.72222}, {@code 0.000123400}) for magnitudes in
     * [1e-4, 10^digits), scientific notation otherwise.
     *
     * @param digits 1 to 15
     */
    public static String significant(double v, int digits) {
        if (digits < 1 || digits > 15) {
            throw new IllegalArgumentException("significant digits must be 1..15: " + digits);
        }
        double a = Math.abs(v);
        if (!(a >= 1e-4 && a < 1e15)) {
            return format(v, digits, 'g');
        }
        int e = (int) Math.floor(Math.log10(a));
        if (e >= digits) {
            return format(v, digits, 'g');
        }
        int decimals = digits - 1 - e;
        if (decimals > 18) {
            return format(v, digits, 'g');
        }
        long r = roundedOrMinusOne(a, decimals);
        // exactly `digits` digits, unless log10 was off by one or rounding carried into a new digit
        if (r < 0 || r < (long) POW10[digits - 1] || r >= (long) POW10[digits]) {
            return format(v, digits, 'g');
        }
        return text(v < 0, r, decimals);
    }

    /**
     * {@code v} with {@code decimals} digits after the point, as {@code %.<decimals>f} formats it (rounding
     * half up from the shortest decimal form of {@code v}; a negative value that rounds to zero keeps its
     * sign, {@code -0.00}).
     *
     * @param decimals 0 to 15
     */
    public static String fixed(double v, int decimals) {
        if (decimals < 0 || decimals > 15) {
            throw new IllegalArgumentException("decimals must be 0..15: " + decimals);
        }
        double a = Math.abs(v);
        if (!(a > 0 && a < 1e15)) {
            return format(v, decimals, 'f');
        }
        long r = roundedOrMinusOne(a, decimals);
        return r < 0 ? format(v, decimals, 'f') : text(v < 0, r, decimals);
    }

    /**
     * {@code a × 10^decimals} rounded half up, or −1 when that is not certain in double arithmetic (too close
     * to a tie: the shortest decimal of {@code a} may lie on the other side) or too large to be exact.
     */
    private static long roundedOrMinusOne(double a, int decimals) {
        double scaled = a * POW10[decimals];
        if (!(scaled < 1e15)) {
            return -1;
        }
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        // a few ulps of `scaled` cover the representation error of `a` and the one rounding of the product
        double tolerance = scaled * 1e-15 + 1e-300;
        if (Math.abs(frac - 0.5) <= tolerance) {
            return -1;
        }
        return (long) floor + (frac > 0.5 ? 1 : 0);
    }

    private static String text(boolean negative, long r, int decimals) {
        String digits = Long.toString(r);
        String sign = negative ? "-" : "";
        if (decimals == 0) {
            return sign + digits;
        }
        int n = digits.length();
        if (n <= decimals) {
            return sign + "0." + ZEROS.substring(0, decimals - n) + digits;
        }
        return sign + digits.substring(0, n - decimals) + "." + digits.substring(n - decimals);
    }

    private static String format(double v, int precision, char conversion) {
        return String.format(Locale.ROOT, "%." + precision + conversion, v);
    }
}
