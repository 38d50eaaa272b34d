package dev.kairos.app.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The one way Kairos reads a point in time from users: {@code 2024-01-31}, {@code 2024-01-31T12:00:00Z} or epoch ms. */
public final class UtcTime {
    /** What to tell a user whose text is not a time. */
    public static final String FORMATS = "use 2024-01-31, 2024-01-31T12:00:00Z or epoch ms";

    private UtcTime() {
    }

    /** Epoch milliseconds UTC (a bare date is its midnight UTC), or empty when the text is not a time. */
    public static Optional<Long> parse(String text) {
        String v = text.strip();
        try {
            if (v.matches("-?\\d{9,}")) {
                return Optional.of(Long.parseLong(v));
            }
            if (v.length() == 10) {
                return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            }
            return Optional.of(Instant.parse(v).toEpochMilli());
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
