package dev.kairos.analytics.sentiment;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a text feed: CSV with a header row naming a {@code timestamp} and a {@code text} column and optionally a
 * {@code source} column (found by name, any case; other columns are ignored), one text per row.
 *
 * <ul>
 * <li>{@code timestamp}: epoch milliseconds UTC (an integer), or ISO-8601: {@code 2024-01-31T12:00:00Z},
 *     {@code 2024-01-31T14:00:00+02:00} or a date {@code 2024-01-31} (its midnight UTC). A date-time without a
 *     zone is malformed: the reader does not guess one.
 * <li>Fields follow RFC 4180: a field in double quotes may hold commas, line breaks and doubled quotes
 *     ({@code ""} for {@code "}). Nothing may follow a closing quote but the separator or the line end.
 * <li>Times must not decrease down the file (equal times keep file order); a row before its predecessor is
 *     malformed, so that the index built from the feed stays point-in-time.
 * </ul>
 *
 * <p>Every data row is counted ({@link TextFeedRead}); blank lines are not rows. A byte-order mark and
 * {@code \r\n} line ends are tolerated. Pure: no state.
 */
public final class TextFeedCsv {
    /** What to tell a user whose timestamp is not a time. */
    public static final String TIME_FORMATS = "use epoch ms, 2024-01-31T12:00:00Z, an ISO offset date-time or "
            + "2024-01-31";

    private static final Pattern EPOCH_MS = Pattern.compile("[+-]?\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TextFeedCsv() {
    }

    /**
     * Reads a UTF-8 feed file.
     *
     * @throws IOException              when the file cannot be read (missing, unreadable)
     * @throws IllegalArgumentException when it is not UTF-8 text, is empty or its header lacks a column
     */
    public static TextFeedRead read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        }
        return parse(content);
    }

    /**
     * Reads a feed from its text.
     *
     * @throws IllegalArgumentException when there is no header row or it lacks {@code timestamp} or {@code text}
     */
    public static TextFeedRead parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Records records = new Records(text);
        Optional<Row> headerRow = records.next();
        while (headerRow.isPresent() && headerRow.get().blank()) {
            headerRow = records.next();
        }
        if (headerRow.isEmpty()) {
            throw new IllegalArgumentException("no header row: the feed is empty (expected timestamp,text[,source])");
        }
        Row header = headerRow.get();
        if (header.error().isPresent()) {
            throw new IllegalArgumentException("line " + header.line() + ": the header row is malformed: "
                    + header.error().get());
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            byName.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        String headerText = String.join(",", header.fields());
        int timeColumn = column(byName, "timestamp", headerText);
        int textColumn = column(byName, "text", headerText);
        int sourceColumn = byName.getOrDefault("source", -1);
        int width = header.fields().size();

        List<TimedText> texts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int parsed = 0;
        int skipped = 0;
        int malformed = 0;
        long previous = Long.MIN_VALUE;
        for (Optional<Row> next = records.next(); next.isPresent(); next = records.next()) {
            Row row = next.get();
            if (row.blank()) {
                continue;
            }
            parsed++;
            String why = row.error().orElse("");
            List<String> f = row.fields();
            if (why.isEmpty() && f.size() != width) {
                why = "expected " + width + " fields, got " + f.size()
                        + (f.size() > width ? " (put a text that holds commas in double quotes)" : "");
            }
            long time = 0;
            if (why.isEmpty()) {
                Optional<Long> t = time(f.get(timeColumn));
                if (t.isEmpty()) {
                    why = "timestamp '" + f.get(timeColumn).strip() + "' is not a time (" + TIME_FORMATS + ")";
                } else if (t.get() < previous) {
                    why = "time " + t.get() + " is before the previous row's " + previous
                            + " (the feed must be in time order)";
                } else {
                    time = t.get();
                }
            }
            if (!why.isEmpty()) {
                malformed++;
                note(problems, row.line(), "malformed, " + why);
                continue;
            }
            String body = f.get(textColumn).strip();
            if (body.isEmpty()) {
                skipped++;
                note(problems, row.line(), "skipped, the text is empty");
                continue;
            }
            String source = sourceColumn < 0 ? "" : f.get(sourceColumn).strip();
            texts.add(new TimedText(time, body, source, row.line()));
            previous = time;
        }
        return new TextFeedRead(texts, parsed, texts.size(), skipped, malformed, problems);
    }

    /** Epoch milliseconds UTC of a feed timestamp, or empty when the text is not one of the accepted forms. */
    public static Optional<Long> time(String field) {
        String v = field.strip();
        try {
            if (EPOCH_MS.matcher(v).matches()) {
                return Optional.of(Long.parseLong(v));
            }
            if (DATE.matcher(v).matches()) {
                return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            }
            if (v.endsWith("Z") || v.endsWith("z")) {
                return Optional.of(Instant.parse(v.substring(0, v.length() - 1) + "Z").toEpochMilli());
            }
            return Optional.of(OffsetDateTime.parse(v).toInstant().toEpochMilli());
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static int column(Map<String, Integer> byName, String name, String header) {
        Integer i = byName.get(name);
        if (i == null) {
            throw new IllegalArgumentException("the header has no column '" + name + "' (expected "
                    + "timestamp,text[,source]): " + header);
        }
        return i;
    }

    private static void note(List<String> problems, int line, String why) {
        if (problems.size() < TextFeedRead.MAX_PROBLEMS) {
            problems.add("line " + line + ": " + why);
        }
    }

    /** One CSV record: its fields, the line it starts on, and what is wrong with it if anything. */
    private record Row(List<String> fields, int line, Optional<String> error) {
        boolean blank() {
            return error.isEmpty() && fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** Splits text into RFC 4180 records, one at a time. */
    private static final class Records {
        private final String s;
        private int pos;
        private int line = 1;

        Records(String s) {
            this.s = s;
        }

        Optional<Row> next() {
            if (pos >= s.length()) {
                return Optional.empty();
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                if (pos < s.length() && s.charAt(pos) == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    pos++;
                    Optional<String> error = quoted(field);
                    if (error.isPresent()) {
                        return Optional.of(new Row(List.of(), start, error));
                    }
                }
                if (pos >= s.length()) {
                    fields.add(stripCr(field));
                    return Optional.of(new Row(fields, start, Optional.empty()));
                }
                char c = s.charAt(pos++);
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line++;
                    fields.add(stripCr(field));
                    return Optional.of(new Row(fields, start, Optional.empty()));
                } else {
                    field.append(c);
                }
            }
        }

        /** Reads a quoted field's content after its opening quote, up to and including the closing quote. */
        private Optional<String> quoted(StringBuilder field) {
            int opened = line;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    if (pos < s.length() && s.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                        continue;
                    }
                    int after = pos;
                    while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\t'
                            || s.charAt(after) == '\r')) {
                        after++;
                    }
                    if (after < s.length() && s.charAt(after) != ',' && s.charAt(after) != '\n') {
                        skipLine();
                        return Optional.of("text after the closing quote of a quoted field (write \"\" for a quote "
                                + "inside a quoted field)");
                    }
                    pos = after;
                    return Optional.empty();
                }
                if (c == '\n') {
                    line++;
                }
                field.append(c);
            }
            return Optional.of("a quoted field opened on line " + opened + " is never closed (it runs to the end "
                    + "of the file)");
        }

        private void skipLine() {
            while (pos < s.length() && s.charAt(pos) != '\n') {
                pos++;
            }
            if (pos < s.length()) {
                pos++;
                line++;
            }
        }

        private static String stripCr(StringBuilder field) {
            int n = field.length();
            return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
        }
    }
}
