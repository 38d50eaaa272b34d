package dev.kairos.persistence.journal;

import java.util.Objects;

/**
 * A journal file that cannot be opened, read or written. The message is one line,
 * {@code <file>: <problem>}, meant to be shown to the user as is.
 */
public final class JournalException extends RuntimeException {

    /** What is wrong. */
    public enum Problem {
        /** The file does not exist (or is a directory). */
        NOT_FOUND,
        /** The file is not a SQLite database, or a SQLite database that is not a Kairos journal. */
        NOT_A_JOURNAL,
        /** The journal already holds entries; a journal records one run and is never reopened for writing. */
        ALREADY_WRITTEN,
        /** SQLite failed to read or write (disk full, permissions, locked beyond the busy timeout). */
        STORAGE
    }

    private final String file;
    private final Problem problem;

    JournalException(String file, Problem problem, String detail) {
        this(file, problem, detail, null);
    }

    JournalException(String file, Problem problem, String detail, Throwable cause) {
        super(oneLine(file + ": " + detail), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The journal file as given. */
    public String file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
