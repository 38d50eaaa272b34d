package dev.kairos.persistence.csv;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parses one numeric CSV field straight from the bytes of a line, without creating a String. Fields may
 * carry spaces or tabs around the number. Stateless.
 */
final class DecimalField {
    /** Returned by {@link #parseLong} for a field that is not an integer; no parsed value can equal it. */
    static final long NOT_A_LONG = Long.MIN_VALUE;

    /** 10^0 .. 10^22: the powers of ten a double holds exactly. */
    private static final double[] POW10 = new double[23];
    /** Largest significand a double holds exactly. */
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private DecimalField() {
    }

    /**
     * An optionally signed decimal integer of at most 19 digits in {@code b[from, to)} (epoch nanoseconds
     * have 19), or {@link #NOT_A_LONG} when it is not one or its magnitude exceeds {@link Long#MAX_VALUE}.
     */
    static long parseLong(byte[] b, int from, int to) {
        while (from < to && isSpace(b[from])) {
            from++;
        }
        while (to > from && isSpace(b[to - 1])) {
            to--;
        }
        boolean negative = false;
        if (from < to && (b[from] == '-' || b[from] == '+')) {
            negative = b[from] == '-';
            from++;
        }
        int digits = to - from;
        if (digits <= 0 || digits > 19) {
            return NOT_A_LONG;
        }
        int last = digits == 19 ? to - 1 : to;
        long v = 0;
        for (int i = from; i < last; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return NOT_A_LONG;
            }
            v = v * 10 + d;
        }
        if (last < to) {
            int d = b[last] - '0';
            if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
                return NOT_A_LONG;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /**
     * A decimal number in {@code b[from, to)}: {@code [+-]digits[.digits][(e|E)[+-]digits]}, or (any case)
     * {@code nan}, {@code inf}, {@code infinity} with an optional sign. Correctly rounded, like
     * {@link Double#parseDouble}.
     *
     * <p>Plain decimals of at most 18 digits whose significand fits 53 bits and with at most 22 fraction
     * digits take Clinger's fast path (one exact integer divided by an exact power of ten, which IEEE
     * division rounds correctly); the rest go to {@link JavaDoubleParser}.
     *
     * @throws NumberFormatException when the field is not a number
     */
    static double parseDouble(byte[] b, int from, int to) {
        while (from < to && isSpace(b[from])) {
            from++;
        }
        while (to > from && isSpace(b[to - 1])) {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int dot = -1;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                m = m * 10 + d;
                digits++;
            } else if (b[i] == '.' && dot < 0) {
                dot = i;
            } else {
                return parseOther(b, from, to);
            }
        }
        int fraction = dot < 0 ? 0 : to - dot - 1;
        if (digits == 0 || digits > 18 || m > MAX_EXACT || fraction >= POW10.length) {
            return parseOther(b, from, to);
        }
        double v = fraction == 0 ? (double) m : (double) m / POW10[fraction];
        return negative ? -v : v;
    }

    /** The slow path: exponents, long significands, non-finite words. */
    private static double parseOther(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        if (i == to) {
            throw new NumberFormatException("empty field");
        }
        byte first = (byte) (b[i] | 0x20);
        if (first == 'n' || first == 'i') {
            if (isWord(b, i, to, "nan")) {
                return Double.NaN;
            }
            if (isWord(b, i, to, "inf") || isWord(b, i, to, "infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            throw new NumberFormatException("not a number");
        }
        // JavaDoubleParser follows Java syntax, which also admits hex floats and d/f suffixes: not in CSV.
        byte last = b[to - 1];
        if (!((last >= '0' && last <= '9') || last == '.') || (i + 1 < to && (b[i + 1] | 0x20) == 'x')) {
            throw new NumberFormatException("not a decimal number");
        }
        return JavaDoubleParser.parseDouble(b, from, to - from);
    }

    private static boolean isWord(byte[] b, int from, int to, String lowerCaseWord) {
        if (to - from != lowerCaseWord.length()) {
            return false;
        }
        for (int k = 0; k < lowerCaseWord.length(); k++) {
            if ((b[from + k] | 0x20) != lowerCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t';
    }
}
