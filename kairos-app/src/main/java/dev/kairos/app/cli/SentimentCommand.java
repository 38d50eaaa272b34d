package dev.kairos.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.analytics.sentiment.HalfLife;
import dev.kairos.analytics.sentiment.SentimentIndexConfig;
import dev.kairos.analytics.sentiment.SentimentReading;
import dev.kairos.analytics.sentiment.SentimentScores;
import dev.kairos.analytics.sentiment.SentimentTimeline;
import dev.kairos.analytics.sentiment.TextFeedCsv;
import dev.kairos.analytics.sentiment.TextFeedRead;
import dev.kairos.analytics.sentiment.TimedText;
import dev.kairos.analytics.sentiment.VaderScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kairos sentiment}: VADER sentiment of one text ({@code --text}), of each line of a file ({@code --file},
 * CSV {@code line,compound,positive,neutral,negative}), or the smoothed sentiment index over a timestamped feed
 * ({@code --feed}, CSV {@code timestamp,line,source,compound,index,weight,state}).
 *
 * <p>Printed scores are rounded as the VADER reference prints them: compound to 4 decimals, the proportions to 3;
 * {@code --json} gives the unrounded values. Exactly one input option is required (else exit 2); an unreadable
 * or unusable input file is exit 3. Counts go to stderr as {@code kairos: ...}.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score the sentiment of texts (VADER: lexicon and rules, Hutto & Gilbert 2014).",
                "compound is the overall score in [-1, 1] (>= 0.05 positive, <= -0.05 negative); positive, neutral "
                        + "and negative are the proportions of the text in each class.",
                "Examples:",
                "  kairos sentiment --text \"BTC is looking GREAT today!\"",
                "  kairos sentiment --file posts.txt > scores.csv",
                "  kairos sentiment --feed feed.csv --half-life 6h"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:usage error", "3:data error (file missing, unreadable or "
                + "unusable)"})
final class SentimentCommand implements Callable<Integer> {
    private static final String COMMAND = "kairos sentiment";
    /** Header of {@code --file} output. */
    static final String FILE_HEADER = "line,compound,positive,neutral,negative";
    /** Header of {@code --feed} output. */
    static final String FEED_HEADER = "timestamp,line,source,compound,index,weight,state";
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaderScorer vader = VaderScorer.standard();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--text", paramLabel = "TEXT", description = "score this text")
    Optional<String> text = Optional.empty();
    @Option(names = "--file", paramLabel = "FILE", description = "score each line of this UTF-8 file; CSV "
            + FILE_HEADER + " on stdout (line numbers from 1; a blank line gets empty cells)")
    Optional<Path> file = Optional.empty();
    @Option(names = "--feed", paramLabel = "FILE.csv", description = "a CSV feed timestamp,text[,source] "
            + "(timestamp in epoch ms or ISO-8601, in time order; quote texts holding commas); prints the smoothed "
            + "index and its state (fearful, anxious, neutral, optimistic, euphoric) as of each text's time")
    Optional<Path> feed = Optional.empty();
    @Option(names = "--json", description = "with --text: print one JSON object (unrounded scores)")
    boolean json;
    @Option(names = "--half-life", paramLabel = "DURATION", description = "with --feed: a text's weight halves "
            + "over this much feed time, e.g. 90m, 6h, 1.5d (default 6h)")
    Optional<String> halfLife = Optional.empty();
    @Option(names = "--half-life-texts", paramLabel = "N", description = "with --feed: instead, a text's weight "
            + "halves with every N newer texts")
    Optional<Double> halfLifeTexts = Optional.empty();

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        int inputs = (text.isPresent() ? 1 : 0) + (file.isPresent() ? 1 : 0) + (feed.isPresent() ? 1 : 0);
        if (inputs == 0) {
            problems.add("one of --text, --file or --feed is required");
        } else if (inputs > 1) {
            problems.add("give only one of --text, --file and --feed");
        }
        if (json && text.isEmpty()) {
            problems.add("--json: only with --text");
        }
        Optional<HalfLife> half = halfLife(problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err().println(COMMAND + ": error: " + p));
            return ExitCode.USAGE;
        }
        if (text.isPresent()) {
            return scoreText(text.get());
        }
        if (file.isPresent()) {
            return scoreFile(file.get());
        }
        return indexFeed(feed.orElseThrow(), half.map(SentimentIndexConfig.DEFAULT::withHalfLife)
                .orElse(SentimentIndexConfig.DEFAULT));
    }

    private int scoreText(String t) {
        SentimentScores s = vader.score(t);
        PrintWriter w = out();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", t);
            m.put("compound", s.compound());
            m.put("positive", s.positive());
            m.put("neutral", s.neutral());
            m.put("negative", s.negative());
            m.put("polarity", s.polarity().key());
            try {
                w.println(JSON.writeValueAsString(m));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("cannot encode the scores as JSON", ex);
            }
        } else {
            w.printf(Locale.ROOT, "compound  %7.4f  %s%n", s.compound(), s.polarity().key());
            w.printf(Locale.ROOT, "positive  %6.3f%n", s.positive());
            w.printf(Locale.ROOT, "neutral   %6.3f%n", s.neutral());
            w.printf(Locale.ROOT, "negative  %6.3f%n", s.negative());
        }
        w.flush();
        return ExitCode.OK;
    }

    private int scoreFile(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            return dataError(path, ex);
        }
        StringBuilder sb = new StringBuilder(FILE_HEADER).append('\n');
        int blank = 0;
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i + 1);
            String line = lines.get(i);
            if (line.isBlank()) {
                blank++;
                sb.append(",,,,\n");
                continue;
            }
            SentimentScores s = vader.score(line);
            sb.append(String.format(Locale.ROOT, ",%.4f,%.3f,%.3f,%.3f\n", s.compound(), s.positive(), s.neutral(),
                    s.negative()));
        }
        PrintWriter w = out();
        w.print(sb);
        w.flush();
        err().println("kairos: " + path + ": " + lines.size() + " lines, " + (lines.size() - blank) + " scored, "
                + blank + " blank");
        return ExitCode.OK;
    }

    private int indexFeed(Path path, SentimentIndexConfig config) {
        TextFeedRead read;
        try {
            read = TextFeedCsv.read(path);
        } catch (IOException ex) {
            return dataError(path, ex);
        } catch (IllegalArgumentException ex) {
            err().println(COMMAND + ": data error: " + path + ": " + ex.getMessage());
            return ExitCode.DATA;
        }
        err().println("kairos: " + path + ": " + read.counts());
        read.problems().forEach(p -> err().println("kairos: " + path + " " + p));
        if (read.texts().isEmpty()) {
            err().println(COMMAND + ": data error: " + path + ": no texts to index");
            return ExitCode.DATA;
        }
        SentimentTimeline timeline = SentimentTimeline.build(read.texts(), vader, config);
        StringBuilder sb = new StringBuilder(FEED_HEADER).append('\n');
        for (int i = 0; i < timeline.size(); i++) {
            TimedText t = timeline.text(i);
            // as of the text's time: every text up to that time, including any later in the file with the same time
            SentimentReading r = timeline.asOf(t.time());
            if (!(r instanceof SentimentReading.Known k)) {
                throw new IllegalStateException("a reading at a text's own time must be known, got " + r);
            }
            sb.append(t.time()).append(',').append(t.line()).append(',').append(csvField(t.source()));
            sb.append(String.format(Locale.ROOT, ",%.4f,%.4f,%.3f,%s\n", timeline.compound(i), k.value(), k.weight(),
                    k.state().key()));
        }
        PrintWriter w = out();
        w.print(sb);
        w.flush();
        return ExitCode.OK;
    }

    private Optional<HalfLife> halfLife(List<String> problems) {
        if ((halfLife.isPresent() || halfLifeTexts.isPresent()) && feed.isEmpty()) {
            problems.add((halfLife.isPresent() ? "--half-life" : "--half-life-texts") + ": only with --feed");
            return Optional.empty();
        }
        if (halfLife.isPresent() && halfLifeTexts.isPresent()) {
            problems.add("give only one of --half-life and --half-life-texts");
            return Optional.empty();
        }
        if (halfLifeTexts.isPresent()) {
            double n = halfLifeTexts.get();
            if (!(n > 0.0) || !Double.isFinite(n)) {
                problems.add("--half-life-texts: must be a number > 0, got " + n);
                return Optional.empty();
            }
            return Optional.of(new HalfLife.Texts(n));
        }
        if (halfLife.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> ms = millis(halfLife.get());
        if (ms.isEmpty()) {
            problems.add("--half-life: not a duration > 0: '" + halfLife.get().strip() + "' (use e.g. 500ms, 90s, 30m, "
                    + "6h or 1.5d)");
            return Optional.empty();
        }
        return Optional.of(new HalfLife.Time(ms.get()));
    }

    /** {@code 90m} → 5,400,000; empty for anything else or a duration under 1 ms. */
    static Optional<Long> millis(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        double unit = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
        };
        double ms = Double.parseDouble(m.group(1)) * unit;
        return ms >= 1 && ms <= Long.MAX_VALUE / 2.0 ? Optional.of(Math.round(ms)) : Optional.empty();
    }

    private int dataError(Path path, IOException ex) {
        String why = ex instanceof NoSuchFileException ? "no such file"
                : ex instanceof CharacterCodingException ? "not UTF-8 text" : ex.toString();
        err().println(COMMAND + ": data error: " + path + ": " + why);
        return ExitCode.DATA;
    }

    /** A CSV field, quoted when it holds a separator, quote or line break. */
    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
