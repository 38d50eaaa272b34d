package dev.kairos.engine.strategy;

/**
 * One strategy parameter: numeric, with a default and an inclusive valid range.
 *
 * @param integer whether the value must be a whole number
 */
public record ParamSpec(String name, double defaultValue, double min, double max, boolean integer,
                        String description) {
    public ParamSpec {
        if (name == null || name.isBlank() || description == null) {
            throw new IllegalArgumentException("parameter name and description are required");
        }
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max
                    + "]");
        }
    }

    public static ParamSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new ParamSpec(name, defaultValue, min, max, true, description);
    }

    public static ParamSpec real(String name, double defaultValue, double min, double max, String description) {
        return new ParamSpec(name, defaultValue, min, max, false, description);
    }

    /** The default as the user would type it. */
    public String defaultText() {
        return format(defaultValue);
    }

    public String format(double v) {
        return integer ? Long.toString((long) v) : Double.toString(v);
    }
}
