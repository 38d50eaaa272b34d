package dev.kairos.analytics.feature.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A side input from one numeric column of a file with a {@code timestamp} column (epoch ms UTC, the time
 * the value became known), e.g. funding rates ({@code timestamp,rate}) or an open-interest series. Extra
 * columns are ignored. Pure: no state.
 */
public final class TimeValueCsv {
    private TimeValueCsv() {
    }

    /** The values of {@code column}, each stamped with its row's timestamp. */
    public static SourceRead read(List<String> lines, String column) {
        return CsvSeries.read(lines, List.of(column), (t, f) -> new CsvSeries.Value(t, f[0]));
    }

    public static SourceRead read(Path file, String column) {
        return read(CsvSeries.lines(file), column);
    }
}
