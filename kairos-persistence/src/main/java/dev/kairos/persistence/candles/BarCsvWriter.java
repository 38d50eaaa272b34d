package dev.kairos.persistence.candles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes bars in the shared CSV format: the header {@code timestamp,open,high,low,close,volume}, then one
 * row per bar, {@code ,}-separated, {@code \n} line ends, UTF-8. Numbers are plain decimals without
 * trailing zeros or exponent: prices are the shortest decimal that reads back as the same double, volumes
 * their exact decimal ({@link DecimalBars#volumes()}). Stateless.
 */
public final class BarCsvWriter {
    /** The header line, without its line end. */
    public static final String HEADER = "timestamp,open,high,low,close,volume";

    private BarCsvWriter() {
    }

    /**
     * Writes {@code bars} to {@code file}, replacing it: the rows go to a temporary file next to it, which
     * is then moved over it, so a failed write leaves no half file. Creates missing parent folders.
     *
     * @throws UncheckedIOException naming the file, when it cannot be written
     */
    public static void write(Path file, DecimalBars bars) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(w, bars);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the header and rows to {@code out}; does not close it. */
    public static void write(Writer out, DecimalBars bars) throws IOException {
        Writer w = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        w.write(HEADER);
        w.write('\n');
        var s = bars.series();
        StringBuilder row = new StringBuilder(96);
        for (int i = 0; i < s.size(); i++) {
            row.setLength(0);
            row.append(s.timestamp(i)).append(',')
                    .append(price(s.open(i))).append(',')
                    .append(price(s.high(i))).append(',')
                    .append(price(s.low(i))).append(',')
                    .append(price(s.close(i))).append(',')
                    .append(decimal(bars.volume(i))).append('\n');
            w.append(row);
        }
        w.flush();
    }

    /** {@code 0.00141342}, {@code 435}, {@code 611.9}: the shortest round-trip decimal, plain. */
    public static String price(double value) {
        return decimal(new BigDecimal(Double.toString(value)));
    }

    /** Plain notation without trailing zeros: {@code 7178.73536200} → {@code 7178.735362}, {@code 1E+2} → {@code 100}. */
    public static String decimal(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the original failure is what the caller needs to see
            }
        }
    }
}
