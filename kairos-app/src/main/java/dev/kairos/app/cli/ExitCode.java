package dev.kairos.app.cli;

/** The process exit codes of the CLI contract. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    /** Also: {@code journal verify} found a broken chain. */
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int DATA = 3;

    private ExitCode() {
    }
}
