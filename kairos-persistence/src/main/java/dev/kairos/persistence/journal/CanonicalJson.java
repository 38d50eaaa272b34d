package dev.kairos.persistence.journal;

/**
 * Writes canonical JSON into a reusable buffer: no whitespace, fields in the order written, doubles as
 * {@link Double#toString(double)} (shortest text that round-trips, so the same double always gives the
 * same text), non-finite doubles as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"},
 * strings with every control and non-ASCII character escaped (the output is pure ASCII). A Java
 * {@code null} is written as JSON {@code null}. Commas are placed automatically.
 *
 * <p>One instance per writer thread; {@link #reset()} before each document.
 */
final class CanonicalJson {

    private static final int MAX_DEPTH = 32;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(512);
    /** {@code first[d]}: nothing has been written yet at nesting depth {@code d}. */
    private final boolean[] first = new boolean[MAX_DEPTH + 1];
    private int depth;
    private boolean afterName;

    /** Starts a new document. */
    CanonicalJson reset() {
        out.setLength(0);
        depth = 0;
        afterName = false;
        return this;
    }

    /** The document written so far. */
    @Override
    public String toString() {
        if (depth != 0) {
            throw new IllegalStateException("unbalanced JSON: " + depth + " open object(s) or array(s)");
        }
        return out.toString();
    }

    CanonicalJson beginObject() {
        beforeValue();
        out.append('{');
        push();
        return this;
    }

    CanonicalJson endObject() {
        pop();
        out.append('}');
        return this;
    }

    CanonicalJson beginArray() {
        beforeValue();
        out.append('[');
        push();
        return this;
    }

    CanonicalJson endArray() {
        pop();
        out.append(']');
        return this;
    }

    /** Writes an object member's name; the next call writes its value. */
    CanonicalJson name(String name) {
        separate();
        writeString(name);
        out.append(':');
        afterName = true;
        return this;
    }

    CanonicalJson value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            writeString(value);
        }
        return this;
    }

    CanonicalJson value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    CanonicalJson value(double value) {
        beforeValue();
        if (Double.isNaN(value)) {
            out.append("\"NaN\"");
        } else if (value == Double.POSITIVE_INFINITY) {
            out.append("\"Infinity\"");
        } else if (value == Double.NEGATIVE_INFINITY) {
            out.append("\"-Infinity\"");
        } else {
            out.append(value);
        }
        return this;
    }

    CanonicalJson value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    CanonicalJson nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    CanonicalJson field(String name, String value) {
        return name(name).value(value);
    }

    CanonicalJson field(String name, long value) {
        return name(name).value(value);
    }

    CanonicalJson field(String name, double value) {
        return name(name).value(value);
    }

    CanonicalJson field(String name, boolean value) {
        return name(name).value(value);
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else {
            separate();
        }
    }

    private void separate() {
        if (afterName) {
            throw new IllegalStateException("a member name must be followed by a value");
        }
        if (depth > 0) {
            if (first[depth]) {
                first[depth] = false;
            } else {
                out.append(',');
            }
        }
    }

    private void push() {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        depth++;
        first[depth] = true;
    }

    private void pop() {
        if (depth == 0 || afterName) {
            throw new IllegalStateException("unbalanced JSON");
        }
        depth--;
    }

    private void writeString(String s) {
        out.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append("\\u")
                                .append(HEX_DIGITS[(c >> 12) & 0xf])
                                .append(HEX_DIGITS[(c >> 8) & 0xf])
                                .append(HEX_DIGITS[(c >> 4) & 0xf])
                                .append(HEX_DIGITS[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
