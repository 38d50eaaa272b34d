package dev.kairos.persistence.csv;

import dev.kairos.model.InstrumentId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads a bar CSV file ({@code timestamp,open,high,low,close,volume}, integer epoch UTC bar open times) into
 * a {@link dev.kairos.model.market.BarSeries} and a {@link BarCsvReport} that accounts for every row.
 *
 * <p>The header is required, with the columns in that order (case and surrounding spaces do not
 * matter). A UTF-8 byte-order mark and {@code \r\n} line ends are tolerated; blank lines are counted,
 * not parsed. Each data row is either accepted, skipped (valid but outside the time window) or
 * malformed with its first {@link RowDefect}. Time order is checked against the last valid row, accepted
 * or outside the window, so a row's defect does not depend on the window. Under
 * {@link BadRowPolicy#FAIL} the whole file is read first and the failure lists every defect found.
 *
 * <p>Timestamps are in seconds, milliseconds, microseconds or nanoseconds: the first valid row's magnitude
 * fixes the file's {@link TimestampUnit} ({@link TimestampScale#detect(long)}, reported in
 * {@link BarCsvReport#timestampUnit()}), and every timestamp is converted to epoch ms (seconds times 1000,
 * finer units rounded down, so bars that fall into one millisecond become duplicates). A row whose
 * timestamp has the magnitude of another unit is malformed ({@link RowDefect#WRONG_TIMESTAMP_UNIT}). The
 * time window and the time order apply to the converted times.
 *
 * <p>Numbers are parsed from the bytes in 1 MiB chunks without a String per row; timestamps are
 * integers of up to 19 digits, prices and volumes decimals (an exponent is allowed; {@code NaN}/{@code inf}
 * are read and reported as not finite). Immutable and thread-safe.
 */
public final class BarCsvReader {
    /** The required header columns, in order. */
    public static final List<String> COLUMNS = BarRowParser.COLUMNS;

    private static final int CHUNK = 1 << 20;
    private static final int MAX_LINE = 64 << 20;

    private final BarCsvOptions options;

    /** A reader with {@link BarCsvOptions#DEFAULTS}. */
    public BarCsvReader() {
        this(BarCsvOptions.DEFAULTS);
    }

    public BarCsvReader(BarCsvOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public BarCsvOptions options() {
        return options;
    }

    /**
     * Reads a bar file.
     *
     * @throws DataFileException when the file is missing, a directory, unreadable, empty, has a wrong or
     *                           no header, no data rows, no accepted rows, or (under {@link BadRowPolicy#FAIL})
     *                           any malformed row
     */
    public BarCsvResult read(Path file) {
        String name = file.toString();
        DataFileException.requireReadableFile(file);
        Path fileName = file.getFileName();
        InstrumentId instrument = instrument(fileName == null ? name : fileName.toString(), name);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, instrument, Files.size(file));
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, DataFileException.Problem.MISSING, "file not found", null, e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(name, DataFileException.Problem.NOT_READABLE, "not readable (access denied)",
                    null, e);
        } catch (IOException e) {
            throw new DataFileException(name, DataFileException.Problem.READ_FAILED, "read failed: " + e, null, e);
        }
    }

    /**
     * Reads bar CSV text from a stream, to its end; does not close it.
     *
     * @param sourceName names the data in the report and in errors; the instrument is taken from it when
     *                   the options name none
     * @throws DataFileException as {@link #read(Path)}, with {@code sourceName} as the file
     */
    public BarCsvResult read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        InstrumentId instrument = instrument(sourceName, sourceName);
        try {
            return read(in, sourceName, instrument, -1);
        } catch (IOException e) {
            throw new DataFileException(sourceName, DataFileException.Problem.READ_FAILED, "read failed: " + e, null, e);
        }
    }

    /**
     * The instrument named by a data file name: the extension is dropped, the rest split on {@code _},
     * and the first part containing {@code -} is the symbol ({@code coinbase_BTC-USD_4h.csv} →
     * {@code BTC-USD}); with no such part, the whole name without extension. Directories are ignored.
     *
     * @throws IllegalArgumentException when that text is not a valid {@link InstrumentId}
     */
    public static InstrumentId instrumentFromFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot >= 0 ? name.substring(0, dot) : name;
        String symbol = stem;
        for (String part : stem.split("_")) {
            if (part.contains("-")) {
                symbol = part;
                break;
            }
        }
        try {
            return InstrumentId.of(symbol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no instrument in file name '" + fileName + "' ('" + symbol + "': "
                    + e.getMessage() + ")", e);
        }
    }

    private InstrumentId instrument(String fileName, String source) {
        if (options.instrument().isPresent()) {
            return options.instrument().get();
        }
        try {
            return instrumentFromFileName(fileName);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source, DataFileException.Problem.UNKNOWN_INSTRUMENT, e.getMessage()
                    + "; name the instrument in the options", null, e);
        }
    }

    private BarCsvResult read(InputStream in, String source, InstrumentId instrument, long sizeHint) throws IOException {
        byte[] buf = new byte[CHUNK];
        int filled = fill(in, buf, 0);
        boolean eof = filled < buf.length;
        int start = filled >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF ? 3 : 0;
        BarRowParser parser = new BarRowParser(source, instrument, options,
                expectedRows(buf, start, filled, eof, sizeHint));
        while (true) {
            int consumed = parser.consume(buf, start, filled, eof);
            if (eof) {
                return parser.finish();
            }
            int rest = filled - consumed;
            System.arraycopy(buf, consumed, buf, 0, rest);
            if (rest == buf.length) {
                if (buf.length >= MAX_LINE) {
                    throw new DataFileException(source, DataFileException.Problem.READ_FAILED, "a line is longer than "
                            + (MAX_LINE >> 20) + " MiB; this is not a bar CSV file");
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            filled = rest + fill(in, buf, rest);
            eof = filled < buf.length;
            start = 0;
        }
    }

    /** Reads until {@code buf} is full or the stream ends; returns the bytes read. */
    private static int fill(InputStream in, byte[] buf, int off) throws IOException {
        int pos = off;
        while (pos < buf.length) {
            int n = in.read(buf, pos, buf.length - pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        return pos - off;
    }

    /**
     * Rows to size the series for, from the line density of the first chunk: exact when the whole file is
     * in it, else extrapolated to {@code sizeHint} bytes with a little headroom.
     */
    private static int expectedRows(byte[] buf, int start, int filled, boolean eof, long sizeHint) {
        long lines = 0;
        for (int i = start; i < filled; i++) {
            if (buf[i] == '\n') {
                lines++;
            }
        }
        if (filled > start && buf[filled - 1] != '\n') {
            lines++;
        }
        if (eof) {
            return (int) Math.max(0, lines - 1);
        }
        long estimate = sizeHint > 0 ? (long) (lines * ((double) sizeHint / filled) * 1.02) + 64 : lines * 4;
        return (int) Math.min(estimate, Integer.MAX_VALUE - 64);
    }
}
