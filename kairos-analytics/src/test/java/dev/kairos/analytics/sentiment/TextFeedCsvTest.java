package dev.kairos.analytics.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed reader: formats it accepts, and an account of every row it does not. */
class TextFeedCsvTest {
    private static final long T0 = Instant.parse("2024-03-01T12:00:00Z").toEpochMilli();

    @Test
    void readsEpochAndIsoTimesQuotedTextsAndSources() {
        String csv = """
                timestamp,text,source
                1709294400000,Bitcoin looks great today,twitter
                2024-03-01T12:00:00Z,"Fees are high, but the upgrade is good",reddit
                2024-03-01T14:30:00+02:00,"He said ""sell"" and left",
                2024-03-02,"two
                lines",news
                """;

        TextFeedRead r = TextFeedCsv.parse(csv);

        assertThat(r.counts()).isEqualTo("4 parsed, 4 accepted, 0 skipped, 0 malformed");
        assertThat(r.problems()).isEmpty();
        assertThat(r.texts()).containsExactly(
                new TimedText(T0, "Bitcoin looks great today", "twitter", 2),
                new TimedText(T0, "Fees are high, but the upgrade is good", "reddit", 3),
                new TimedText(T0 + 30 * 60_000L, "He said \"sell\" and left", "", 4),
                new TimedText(Instant.parse("2024-03-02T00:00:00Z").toEpochMilli(), "two\nlines", "news", 5));
    }

    @Test
    void columnsAreFoundByNameInAnyCaseAndOrderAndSourceIsOptional() {
        String csv = "\uFEFFText,id,TIMESTAMP\r\n\r\n\"hello, world\",7,1000\r\nbye,8,2000\r\n";

        TextFeedRead r = TextFeedCsv.parse(csv);

        assertThat(r.counts()).isEqualTo("2 parsed, 2 accepted, 0 skipped, 0 malformed");
        assertThat(r.texts()).containsExactly(new TimedText(1000, "hello, world", "", 3),
                new TimedText(2000, "bye", "", 4));
    }

    @Test
    void everyBadRowIsCountedWithItsLineAndWhy() {
        String csv = """
                timestamp,text
                1000,fine
                2000,an unquoted, comma
                yesterday,bad time
                2024-03-01T12:00:00,no zone
                3000,
                500,too early
                4000,"closed" early
                5000,fine again

                6000,"never closed
                7000,swallowed
                """;

        TextFeedRead r = TextFeedCsv.parse(csv);

        assertThat(r.counts()).isEqualTo("9 parsed, 2 accepted, 1 skipped, 6 malformed");
        assertThat(r.texts()).extracting(TimedText::text).containsExactly("fine", "fine again");
        assertThat(r.problems()).containsExactly(
                "line 3: malformed, expected 2 fields, got 3 (put a text that holds commas in double quotes)",
                "line 4: malformed, timestamp 'yesterday' is not a time (" + TextFeedCsv.TIME_FORMATS + ")",
                "line 5: malformed, timestamp '2024-03-01T12:00:00' is not a time (" + TextFeedCsv.TIME_FORMATS + ")",
                "line 6: skipped, the text is empty",
                "line 7: malformed, time 500 is before the previous row's 1000 (the feed must be in time order)",
                "line 8: malformed, text after the closing quote of a quoted field (write \"\" for a quote inside a "
                        + "quoted field)",
                "line 11: malformed, a quoted field opened on line 11 is never closed (it runs to the end of the file)");
    }

    @Test
    void onlyTheFirstProblemsAreDescribedButAllAreCounted() {
        StringBuilder csv = new StringBuilder("timestamp,text\n");
        for (int i = 0; i < 30; i++) {
            csv.append("x").append(i).append(",text\n");
        }
        TextFeedRead r = TextFeedCsv.parse(csv.toString());

        assertThat(r.malformed()).isEqualTo(30);
        assertThat(r.problems()).hasSize(TextFeedRead.MAX_PROBLEMS);
    }

    @Test
    void aHeaderWithoutTheNeededColumnsOrNoHeaderIsAnError() {
        assertThatThrownBy(() -> TextFeedCsv.parse("time,text\n1,a\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the header has no column 'timestamp' (expected timestamp,text[,source]): time,text");
        assertThatThrownBy(() -> TextFeedCsv.parse("1700000000000,hello\n"))
                .hasMessageContaining("the header has no column 'timestamp'");
        assertThatThrownBy(() -> TextFeedCsv.parse("timestamp,body\n")).hasMessageContaining("no column 'text'");
        assertThatThrownBy(() -> TextFeedCsv.parse("\n\n")).hasMessageStartingWith("no header row: the feed is empty");
    }

    @Test
    void timestampForms() {
        assertThat(TextFeedCsv.time("1709294400000")).hasValue(T0);
        assertThat(TextFeedCsv.time(" 0 ")).hasValue(0L);
        assertThat(TextFeedCsv.time("2024-03-01T12:00:00.250Z")).hasValue(T0 + 250);
        assertThat(TextFeedCsv.time("2024-03-01T13:00:00+01:00")).hasValue(T0);
        assertThat(TextFeedCsv.time("2024-03-01")).hasValue(T0 - 12 * 3_600_000L);
        assertThat(TextFeedCsv.time("2024-03-01 12:00")).isEmpty();
        assertThat(TextFeedCsv.time("2024-02-30")).isEmpty();
        assertThat(TextFeedCsv.time("99999999999999999999")).isEmpty();
        assertThat(TextFeedCsv.time("")).isEmpty();
    }

    @Test
    void filesAreReadAsUtf8AndAMissingFileIsAnIoError(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("feed.csv");
        Files.writeString(good, "timestamp,text\n1000,caf\u00e9 \uD83D\uDE80\n", StandardCharsets.UTF_8);
        assertThat(TextFeedCsv.read(good).texts()).containsExactly(new TimedText(1000, "caf\u00e9 \uD83D\uDE80", "",
                2));

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'t', 'i', 'm', 'e', 's', 't', 'a', 'm', 'p', ',', 't', 'e', 'x', 't', '\n',
            '1', ',', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> TextFeedCsv.read(latin1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(latin1 + ": not UTF-8 text");

        assertThatThrownBy(() -> TextFeedCsv.read(dir.resolve("absent.csv"))).isInstanceOf(NoSuchFileException.class);
    }
}
