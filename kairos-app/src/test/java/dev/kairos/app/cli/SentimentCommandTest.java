package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.analytics.sentiment.SentimentBands;
import dev.kairos.analytics.sentiment.SentimentScores;
import dev.kairos.analytics.sentiment.VaderScorer;
import dev.kairos.model.regime.SentimentState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kairos sentiment}, in-process: the human and JSON formats of {@code --text}, the CSV of {@code --file}
 * (exact header, line numbers from 1, blank lines kept as empty cells), the index CSV of {@code --feed}, and the
 * exit codes (2 for usage, 3 for a missing or unusable file, nothing on stdout then).
 */
class SentimentCommandTest {
    private static final VaderScorer VADER = VaderScorer.standard();

    @TempDir
    Path dir;

    // ---- --text

    @Test
    void textPrintsTheFourScoresRoundedAsTheReferencePrintsThem() {
        InProcessCli.Run r = run("sentiment", "--text", "The book was good.");

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.out()).isEqualTo("""
                compound   0.4404  positive
                positive   0.492
                neutral    0.508
                negative   0.000
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aNegativeTextSaysSo() {
        InProcessCli.Run r = run("sentiment", "--text", "Today SUX!");

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.out()).startsWith("compound  -0.5461  negative\n").contains("negative   0.779");
    }

    @Test
    void jsonIsOneObjectWithTheUnroundedScores() {
        String text = "VADER is VERY SMART, handsome, and FUNNY!!!";
        InProcessCli.Run r = run("sentiment", "--text", text, "--json");

        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode json = r.json();
        SentimentScores s = VADER.score(text);
        assertThat(json.get("text").asText()).isEqualTo(text);
        assertThat(json.get("compound").doubleValue()).isEqualTo(s.compound());
        assertThat(json.get("positive").doubleValue()).isEqualTo(s.positive());
        assertThat(json.get("neutral").doubleValue()).isEqualTo(s.neutral());
        assertThat(json.get("negative").doubleValue()).isEqualTo(s.negative());
        assertThat(json.get("polarity").asText()).isEqualTo("positive");
        assertThat(String.format(Locale.ROOT, "%.4f", s.compound())).isEqualTo("0.9342");
        assertThat(json.size()).isEqualTo(6);
    }

    @Test
    void anEmptyTextScoresZero() {
        InProcessCli.Run r = run("sentiment", "--text", "", "--json");

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.json().get("compound").doubleValue()).isZero();
        assertThat(r.json().get("polarity").asText()).isEqualTo("neutral");
    }

    // ---- --file

    @Test
    void fileWritesOneCsvRowPerLineNumberedFromOne() throws IOException {
        List<String> lines = List.of("The book was good.", "", "Not bad at all", "Today SUX!", "   ",
                "Make sure you :) or :D today!");
        Path f = dir.resolve("texts.txt");
        Files.write(f, lines, StandardCharsets.UTF_8);

        InProcessCli.Run r = run("sentiment", "--file", f.toString());

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.out()).isEqualTo("""
                line,compound,positive,neutral,negative
                1,0.4404,0.492,0.508,0.000
                2,,,,
                3,0.4310,0.487,0.513,0.000
                4,-0.5461,0.000,0.221,0.779
                5,,,,
                6,0.8633,0.706,0.294,0.000
                """);
        assertThat(r.err()).isEqualTo("kairos: " + f + ": 6 lines, 4 scored, 2 blank\n");
    }

    @Test
    void fileValuesAreTheScorersRounded() throws IOException {
        List<String> lines = List.of("I love this coin, it is going to the moon!!!", "Worst crash ever, I lost "
                + "everything :(", "price is 42000 dollars");
        Path f = dir.resolve("posts.txt");
        Files.write(f, lines, StandardCharsets.UTF_8);

        InProcessCli.Run r = run("sentiment", "--file", f.toString());

        assertThat(r.exit()).as(r.describe()).isZero();
        String[] rows = r.out().split("\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).isEqualTo(SentimentCommand.FILE_HEADER);
        for (int i = 0; i < lines.size(); i++) {
            SentimentScores s = VADER.score(lines.get(i));
            assertThat(rows[i + 1]).isEqualTo(String.format(Locale.ROOT, "%d,%.4f,%.3f,%.3f,%.3f", i + 1,
                    s.compound(), s.positive(), s.neutral(), s.negative()));
        }
        assertThat(VADER.score(lines.get(0)).compound()).isGreaterThan(0.5);
        assertThat(VADER.score(lines.get(1)).compound()).isLessThan(-0.5);
        assertThat(VADER.score(lines.get(2)).compound()).isZero();
    }

    // ---- --feed

    @Test
    void feedPrintsTheSmoothedIndexAndStateAsOfEachText() throws IOException {
        Path f = dir.resolve("feed.csv");
        Files.writeString(f, """
                timestamp,text,source
                2024-03-01T00:00:00Z,"Great news, I love it!",news
                2024-03-01T00:00:00Z,Terrible crash,"a, b"
                2024-03-01T01:00:00Z,nothing to say,x
                bad,row,x
                """, StandardCharsets.UTF_8);

        InProcessCli.Run r = run("sentiment", "--feed", f.toString(), "--half-life-texts", "1");

        assertThat(r.exit()).as(r.describe()).isZero();
        String[] rows = r.out().split("\n");
        assertThat(rows[0]).isEqualTo("timestamp,line,source,compound,index,weight,state");
        assertThat(rows).hasSize(4);
        double c1 = VADER.compound("Great news, I love it!");
        double c2 = VADER.compound("Terrible crash");
        // half-life of one text: weights 0.5 and 1 after the second text, 0.25, 0.5 and 1 after the third
        double index2 = (0.5 * c1 + c2) / 1.5;
        double index3 = (0.25 * c1 + 0.5 * c2) / 1.75;
        SentimentBands bands = SentimentBands.DEFAULT;
        SentimentState state2 = bands.next(bands.band(c1), index2);
        SentimentState state3 = bands.next(state2, index3);
        long t0 = 1709251200000L;
        // both texts of the first time are counted as of that time
        assertThat(rows[1]).isEqualTo(String.format(Locale.ROOT, "%d,2,news,%.4f,%.4f,1.500,%s", t0, c1, index2,
                state2.key()));
        assertThat(rows[2]).isEqualTo(String.format(Locale.ROOT, "%d,3,\"a, b\",%.4f,%.4f,1.500,%s", t0, c2, index2,
                state2.key()));
        assertThat(rows[3]).isEqualTo(String.format(Locale.ROOT, "%d,4,x,0.0000,%.4f,1.750,%s", t0 + 3_600_000L,
                index3, state3.key()));
        assertThat(c1).isGreaterThan(0.5);
        assertThat(c2).isLessThan(-0.3);
        assertThat(r.err()).contains("kairos: " + f + ": 4 parsed, 3 accepted, 0 skipped, 1 malformed")
                .contains("line 5: malformed, timestamp 'bad' is not a time");
    }

    @Test
    void feedTakesAHalfLifeInTime() throws IOException {
        Path f = dir.resolve("feed.csv");
        Files.writeString(f, "timestamp,text\n0,good\n3600000,bad\n", StandardCharsets.UTF_8);

        InProcessCli.Run r = run("sentiment", "--feed", f.toString(), "--half-life", "1h");

        assertThat(r.exit()).as(r.describe()).isZero();
        double good = VADER.compound("good");
        double bad = VADER.compound("bad");
        assertThat(r.out().split("\n")[2]).startsWith(String.format(Locale.ROOT, "3600000,3,,%.4f,%.4f,1.500,",
                bad, (0.5 * good + bad) / 1.5));
    }

    // ---- errors

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "''                                   | one of --text, --file or --feed is required",
            "--text;x;--file;f.txt                | give only one of --text, --file and --feed",
            "--file;f.txt;--json                  | --json: only with --text",
            "--text;x;--half-life;6h              | --half-life: only with --feed",
            "--feed;f.csv;--half-life;6 hours     | --half-life: not a duration > 0: '6 hours'",
            "--feed;f.csv;--half-life;0ms         | --half-life: not a duration > 0: '0ms'",
            "--feed;f.csv;--half-life-texts;0     | --half-life-texts: must be a number > 0, got 0.0",
            "--feed;f.csv;--half-life;1h;--half-life-texts;3 | give only one of --half-life and --half-life-texts",
    })
    void usageErrorsExitTwoWithOneLineEach(String args, String message) {
        String[] a = args.isEmpty() ? new String[] {"sentiment"} : ("sentiment;" + args).split(";");
        InProcessCli.Run r = run(a);

        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("kairos sentiment: error: " + message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        InProcessCli.Run r = run("sentiment", "--txt", "hello");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("sentiment: error: Unknown option").contains("'--txt'");
    }

    @Test
    void aMissingFileIsADataError() {
        Path absent = dir.resolve("absent.txt");
        for (String option : new String[] {"--file", "--feed"}) {
            InProcessCli.Run r = run("sentiment", option, absent.toString());

            assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.DATA);
            assertThat(r.err()).isEqualTo("kairos sentiment: data error: " + absent + ": no such file\n");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotUtf8IsADataError() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

        InProcessCli.Run r = run("sentiment", "--file", f.toString());

        assertThat(r.exit()).isEqualTo(ExitCode.DATA);
        assertThat(r.err()).isEqualTo("kairos sentiment: data error: " + f + ": not UTF-8 text\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFeedWithoutItsColumnsOrWithoutAnyTextIsADataError() throws IOException {
        Path noHeader = dir.resolve("noheader.csv");
        Files.writeString(noHeader, "1700000000000,hello\n");
        InProcessCli.Run r = run("sentiment", "--feed", noHeader.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA);
        assertThat(r.err()).startsWith("kairos sentiment: data error: " + noHeader
                + ": the header has no column 'timestamp'");
        assertThat(r.out()).isEmpty();

        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "timestamp,text\nx,bad time\n");
        r = run("sentiment", "--feed", empty.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA);
        assertThat(r.err()).contains("1 parsed, 0 accepted, 0 skipped, 1 malformed")
                .endsWith("kairos sentiment: data error: " + empty + ": no texts to index\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpNamesTheOptionsAndTheTopLevelHelpListsTheCommand() {
        InProcessCli.Run help = run("sentiment", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--text", "--file", "--feed", "--json", "--half-life", "--half-life-texts",
                "Exit codes");
        assertThat(run("--help").out()).contains("sentiment");
    }

    @Test
    void durations() {
        assertThat(SentimentCommand.millis("90m")).hasValue(5_400_000L);
        assertThat(SentimentCommand.millis("1.5d")).hasValue(129_600_000L);
        assertThat(SentimentCommand.millis("500ms")).hasValue(500L);
        assertThat(SentimentCommand.millis("6H")).hasValue(21_600_000L);
        assertThat(SentimentCommand.millis("6")).isEmpty();
        assertThat(SentimentCommand.millis("-1h")).isEmpty();
        assertThat(SentimentCommand.millis("0.1ms")).isEmpty();
    }
}
