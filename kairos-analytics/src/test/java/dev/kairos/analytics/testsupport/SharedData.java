package dev.kairos.analytics.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds files of the shared data folder, {@code shared/data} beside the repository (e.g.
 * {@code /work/shared/data} for a repository at {@code /work/main}). It is searched upward from the working
 * directory: at each ancestor {@code A}, {@code A/shared/data} is tried. The system property
 * {@code kairos.shared.data} overrides the search. Tests skip, with a message naming the missing file, when
 * it is absent: the data is not shipped with the repository.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared data folder, if found. */
    public static Optional<Path> root() {
        String override = System.getProperty("kairos.shared.data");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath();
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code relative} inside the shared data folder, if both exist. */
    public static Optional<Path> find(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::isRegularFile);
    }

    /** {@code relative} inside the shared data folder; skips the calling test (JUnit assumption) if absent. */
    public static Path require(String relative) {
        Optional<Path> file = find(relative);
        assumeTrue(file.isPresent(), () -> "skipped: shared data file shared/data/" + relative
                + " not found (looked for shared/data in "
                + Path.of("").toAbsolutePath() + " and its ancestors, or in -Dkairos.shared.data)");
        return file.orElseThrow();
    }
}
