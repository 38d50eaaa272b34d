package dev.kairos.persistence.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A data file that cannot be used. The message is one line, {@code <file>: <problem>}, meant to be shown
 * to the user as is.
 */
public final class DataFileException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem {
        MISSING,
        DIRECTORY,
        NOT_READABLE,
        READ_FAILED,
        EMPTY,
        MISSING_HEADER,
        WRONG_HEADER,
        NO_DATA_ROWS,
        MALFORMED_ROWS,
        NO_ROWS_ACCEPTED,
        UNKNOWN_INSTRUMENT
    }

    private final String file;
    private final Problem problem;
    private final transient BarCsvReport report;

    DataFileException(String file, Problem problem, String detail) {
        this(file, problem, detail, null, null);
    }

    DataFileException(String file, Problem problem, String detail, BarCsvReport report, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.report = report;
    }

    /** Throws unless {@code file} exists, is not a directory and is readable. */
    static void requireReadableFile(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DataFileException(name, Problem.DIRECTORY, "is a directory, not a data file");
        }
        if (!Files.exists(file)) {
            throw new DataFileException(name, Problem.MISSING, "file not found");
        }
        if (!Files.isReadable(file)) {
            throw new DataFileException(name, Problem.NOT_READABLE, "not readable (check its permissions)");
        }
    }

    /** The file as given (or the stream name). */
    public String file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    /** The row account, for failures found after reading all rows ({@link Problem#MALFORMED_ROWS}, {@link Problem#NO_ROWS_ACCEPTED}). */
    public Optional<BarCsvReport> report() {
        return Optional.ofNullable(report);
    }
}
