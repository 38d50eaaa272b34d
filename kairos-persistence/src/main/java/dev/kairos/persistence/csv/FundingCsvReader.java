package dev.kairos.persistence.csv;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.FundingRates;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads funding rates from CSV {@code timestamp,rate} (integer epoch time UTC of the funding, rate as a
 * fraction per interval). The timestamps are in seconds, milliseconds, microseconds or nanoseconds, detected
 * from the first valid row ({@link TimestampScale}) and converted to epoch ms. Extra columns (e.g. exchange,
 * symbol) are ignored. Malformed rows — wrong column count, non-numeric or non-finite values, a timestamp in
 * another unit than the file's, a duplicate or out-of-order timestamp (after conversion, so two microsecond
 * times in one millisecond are duplicates) — are counted by kind with their first line numbers; under
 * {@link BadRowPolicy#FAIL} any of them fails the read. Funding files are small, so this reader favours
 * clarity over speed.
 */
public final class FundingCsvReader {
    private final BadRowPolicy policy;

    public FundingCsvReader(BadRowPolicy policy) {
        this.policy = policy;
    }

    /**
     * What was read and how every row fared: {@code parsed == accepted + malformed}.
     *
     * @param timestampUnit the unit the file's timestamps were read in (converted to epoch ms in {@code rates})
     */
    public record Result(FundingRates rates, long parsed, long accepted, long malformed, List<DefectCount> defects,
                         TimestampUnit timestampUnit) {
        public Result {
            defects = List.copyOf(defects);
            Objects.requireNonNull(timestampUnit, "timestampUnit");
        }
    }

    public Result read(Path file, InstrumentId instrument) {
        DataFileException.requireReadableFile(file);
        String name = file.toString();
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = r.lines().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataFileException(name, DataFileException.Problem.READ_FAILED, "cannot read: " + e.getMessage(),
                    null, e);
        }
        int headerLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                headerLine = i;
                break;
            }
        }
        if (headerLine < 0) {
            throw new DataFileException(name, DataFileException.Problem.EMPTY, "empty file");
        }
        String[] header = strip(lines.get(headerLine)).split(",", -1);
        if (header.length < 2 || !header[0].trim().equalsIgnoreCase("timestamp")
                || !header[1].trim().equalsIgnoreCase("rate")) {
            throw new DataFileException(name, DataFileException.Problem.WRONG_HEADER,
                    "expected a header starting with timestamp,rate but found '" + strip(lines.get(headerLine)) + "'");
        }
        long[] times = new long[lines.size()];
        double[] rates = new double[lines.size()];
        int n = 0;
        long parsed = 0;
        Map<RowDefect, List<Long>> lineNumbers = new EnumMap<>(RowDefect.class);
        Map<RowDefect, Long> counts = new EnumMap<>(RowDefect.class);
        FileTimestamps timestamps = new FileTimestamps();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            parsed++;
            String[] f = line.split(",", -1);
            RowDefect defect = f.length < 2 ? RowDefect.WRONG_COLUMN_COUNT : null;
            long t = 0;
            double rate = 0;
            if (defect == null) {
                try {
                    t = Long.parseLong(f[0].trim());
                    rate = Double.parseDouble(f[1].trim());
                    if (t == Long.MIN_VALUE) {
                        throw new NumberFormatException("no magnitude: " + t);
                    }
                } catch (NumberFormatException e) {
                    defect = RowDefect.NON_NUMERIC;
                }
            }
            if (defect == null && !Double.isFinite(rate)) {
                defect = RowDefect.NOT_FINITE;
            }
            if (defect == null && !timestamps.admit(t)) {
                defect = RowDefect.WRONG_TIMESTAMP_UNIT;
            }
            if (defect == null) {
                t = timestamps.toMillis(t);
                if (n > 0 && t == times[n - 1]) {
                    defect = RowDefect.DUPLICATE_TIMESTAMP;
                } else if (n > 0 && t < times[n - 1]) {
                    defect = RowDefect.OUT_OF_ORDER_TIMESTAMP;
                }
            }
            if (defect != null) {
                counts.merge(defect, 1L, Long::sum);
                List<Long> first = lineNumbers.computeIfAbsent(defect, d -> new ArrayList<>());
                if (first.size() < DefectCount.MAX_LINES) {
                    first.add((long) i + 1);
                }
                continue;
            }
            times[n] = t;
            rates[n] = rate;
            n++;
        }
        List<DefectCount> defects = new ArrayList<>();
        counts.forEach((d, c) -> defects.add(d == RowDefect.WRONG_TIMESTAMP_UNIT
                ? new DefectCount(d, c, lineNumbers.get(d), timestamps.mismatch())
                : new DefectCount(d, c, lineNumbers.get(d))));
        long malformed = parsed - n;
        if (malformed > 0 && policy == BadRowPolicy.FAIL) {
            StringBuilder s = new StringBuilder();
            defects.forEach(d -> s.append(s.isEmpty() ? "" : "; ").append(d));
            throw new DataFileException(name, DataFileException.Problem.MALFORMED_ROWS, malformed
                    + " malformed funding rows: " + s);
        }
        if (n == 0) {
            throw new DataFileException(name, DataFileException.Problem.NO_ROWS_ACCEPTED,
                    parsed == 0 ? "no funding rows after the header" : "no valid funding rows");
        }
        return new Result(new FundingRates(instrument, java.util.Arrays.copyOf(times, n),
                java.util.Arrays.copyOf(rates, n)), parsed, n, malformed, defects, timestamps.unit());
    }

    private static String strip(String line) {
        String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
