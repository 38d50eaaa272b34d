package dev.kairos.engine.strategy;

/**
 * One strategy parameter, of one of four {@link Kind kinds}:
 *
 * <ul>
 *   <li>{@link Kind#INTEGER} and {@link Kind#REAL}: a number with a default and an inclusive valid range
 *       ({@link #integer(String, int, int, int, String)}, {@link #real}).</li>
 *   <li>{@link Kind#TEXT}: free text such as a file path or a list of names, checked by the strategy's
 *       {@link StrategyDefinition#validate}; either with a default ({@link #text}) or required
 *       ({@link #requiredText}). {@link #min}, {@link #max} and {@link #defaultValue} are {@code NaN}.</li>
 *   <li>{@link Kind#NESTED}: not one parameter but a family of them, every key {@code <prefix>.<param>},
 *       handed on to a part of the strategy (consensus: {@code sma-cross.fast=5} configures member
 *       {@code sma-cross}); see {@link StrategyParams#nested}. At most one per strategy.</li>
 * </ul>
 *
 * @param defaultValue the numeric default; {@code NaN} unless numeric
 * @param defaultText  the default as the user would type it; empty for a required text and for nested
 * @param required     whether the user must give a value (only text can be required)
 */
public record ParamSpec(String name, Kind kind, double defaultValue, double min, double max, String defaultText,
                        boolean required, String description) {

    /** What values a parameter takes. */
    public enum Kind {
        INTEGER,
        REAL,
        TEXT,
        NESTED
    }

    public ParamSpec {
        if (name == null || name.isBlank() || description == null || kind == null || defaultText == null) {
            throw new IllegalArgumentException("parameter name, kind, default text and description are required");
        }
        switch (kind) {
            case INTEGER, REAL -> {
                if (!(min <= defaultValue && defaultValue <= max)) {
                    throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min
                            + ", " + max + "]");
                }
                if (required) {
                    throw new IllegalArgumentException(name + ": a number always has a default, it cannot be required");
                }
                defaultText = format(kind, defaultValue);
            }
            case TEXT -> {
                if (required && !defaultText.isEmpty()) {
                    throw new IllegalArgumentException(name + ": a required text has no default");
                }
                defaultValue = min = max = Double.NaN;
            }
            case NESTED -> {
                if (required || !defaultText.isEmpty()) {
                    throw new IllegalArgumentException(name + ": nested parameters have no default");
                }
                defaultValue = min = max = Double.NaN;
            }
        }
    }

    public static ParamSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new ParamSpec(name, Kind.INTEGER, defaultValue, min, max, "", false, description);
    }

    public static ParamSpec real(String name, double defaultValue, double min, double max, String description) {
        return new ParamSpec(name, Kind.REAL, defaultValue, min, max, "", false, description);
    }

    /** A text parameter with a default (which may be empty). */
    public static ParamSpec text(String name, String defaultText, String description) {
        return new ParamSpec(name, Kind.TEXT, Double.NaN, Double.NaN, Double.NaN, defaultText, false, description);
    }

    /** A text parameter the user must give, e.g. the path of an input file. */
    public static ParamSpec requiredText(String name, String description) {
        return new ParamSpec(name, Kind.TEXT, Double.NaN, Double.NaN, Double.NaN, "", true, description);
    }

    /**
     * The family of keys {@code <prefix>.<param>}; {@code pattern} is how the listing shows it, e.g.
     * {@code <member>.<param>}.
     */
    public static ParamSpec nested(String pattern, String description) {
        return new ParamSpec(pattern, Kind.NESTED, Double.NaN, Double.NaN, Double.NaN, "", false, description);
    }

    /** Whether the value must be a whole number. */
    public boolean integer() {
        return kind == Kind.INTEGER;
    }

    /** Whether the value is a number (integer or real), with a range. */
    public boolean numeric() {
        return kind == Kind.INTEGER || kind == Kind.REAL;
    }

    /** A numeric value as the user would type it. */
    public String format(double v) {
        return format(kind, v);
    }

    private static String format(Kind kind, double v) {
        return kind == Kind.INTEGER ? Long.toString((long) v) : Double.toString(v);
    }
}
