package dev.kairos.persistence.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Test fixtures: bar CSV text read from memory. */
final class CsvText {
    static final String HEADER = "timestamp,open,high,low,close,volume";

    private CsvText() {
    }

    /** The lines joined with {@code \n}, ending in one. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A valid row at {@code minute} minutes after the epoch. */
    static String bar(long minute) {
        return (minute * 60_000L) + ",10,11,9,10.5,100";
    }

    static BarCsvResult read(String text, BarCsvOptions options) {
        return new BarCsvReader(options).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test_BTC-USD_1m.csv");
    }

    static BarCsvResult read(String text) {
        return read(text, BarCsvOptions.DEFAULTS);
    }
}
