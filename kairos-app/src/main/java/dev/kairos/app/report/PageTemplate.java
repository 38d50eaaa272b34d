package dev.kairos.app.report;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A page with {@code {{name}}} slots, filled in one pass: inserted text is never scanned for slots
 * again, so it may contain anything (the inlined chart library, say).
 *
 * @param text the template text
 */
record PageTemplate(String text) {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    PageTemplate {
        if (text == null) {
            throw new IllegalArgumentException("template text must not be null");
        }
    }

    /**
     * The text with every slot replaced by its value.
     *
     * @throws IllegalArgumentException if a slot has no value or a value has no slot
     */
    String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + values.values().stream().mapToInt(String::length).sum());
        Set<String> used = new HashSet<>();
        int at = 0;
        while (true) {
            int open = text.indexOf(OPEN, at);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                throw new IllegalArgumentException("unclosed template slot at offset " + open);
            }
            String name = text.substring(open + OPEN.length(), close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for template slot '" + name + "'");
            }
            out.append(text, at, open).append(value);
            used.add(name);
            at = close + CLOSE.length();
        }
        out.append(text, at, text.length());
        if (!used.containsAll(values.keySet())) {
            Set<String> unused = new HashSet<>(values.keySet());
            unused.removeAll(used);
            throw new IllegalArgumentException("template has no slot for " + unused);
        }
        return out.toString();
    }
}
