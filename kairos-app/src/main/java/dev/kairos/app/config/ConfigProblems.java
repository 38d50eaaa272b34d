package dev.kairos.app.config;

import java.util.List;

/** Thrown when settings are invalid; carries every problem, each naming its option or key. */
public final class ConfigProblems extends RuntimeException {
    private final List<String> problems;

    public ConfigProblems(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("ConfigProblems needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
