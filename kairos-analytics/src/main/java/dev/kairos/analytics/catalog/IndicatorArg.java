package dev.kairos.analytics.catalog;

/** One numeric argument of a catalogued indicator, with its default and inclusive range. */
public record IndicatorArg(String name, double defaultValue, double min, double max, boolean integer) {
    public IndicatorArg {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("argument name must not be blank");
        }
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max
                    + "]");
        }
    }

    public static IndicatorArg period(String name, int defaultValue) {
        return new IndicatorArg(name, defaultValue, 1, 100_000, true);
    }

    public static IndicatorArg real(String name, double defaultValue, double min, double max) {
        return new IndicatorArg(name, defaultValue, min, max, false);
    }

    /** The value as it appears in column names: {@code 14}, {@code 2}, {@code 0.02}. */
    public String format(double v) {
        return integer || v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
