package dev.kairos.persistence.csv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared real data set ({@code shared/data}) by walking up from the working directory. */
final class SharedData {
    private SharedData() {
    }

    static Optional<Path> dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path data = p.resolve("shared").resolve("data");
            if (Files.isDirectory(data)) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    /** The file under {@code shared/data}, or the test is skipped with a message saying what is missing. */
    static Path file(String relative) {
        Optional<Path> dir = dir();
        assumeTrue(dir.isPresent(), () -> "skipped: no shared/data directory above " + Path.of("").toAbsolutePath()
                + "; the real data set is not checked out here");
        Path file = dir.get().resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "skipped: " + file + " is absent from the shared data set");
        return file;
    }
}
