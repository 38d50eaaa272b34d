package dev.kairos.persistence.trades;

import java.util.Objects;
import java.util.Optional;

/**
 * A trade file that cannot be used. The message is one line, {@code <file>: <problem>}, meant to be shown
 * to the user as is.
 */
public final class TradeFileException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem {
        MISSING,
        DIRECTORY,
        NOT_READABLE,
        READ_FAILED,
        EMPTY,
        WRONG_HEADER,
        NO_DATA_ROWS,
        MALFORMED_ROWS,
        NO_ROWS_ACCEPTED,
        UNKNOWN_INSTRUMENT
    }

    private final String file;
    private final Problem problem;
    private final transient TradeCsvReport report;

    TradeFileException(String file, Problem problem, String detail) {
        this(file, problem, detail, null, null);
    }

    TradeFileException(String file, Problem problem, String detail, TradeCsvReport report, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.report = report;
    }

    /** The file as given. */
    public String file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    /** The row account, for failures found after reading all rows. */
    public Optional<TradeCsvReport> report() {
        return Optional.ofNullable(report);
    }
}
