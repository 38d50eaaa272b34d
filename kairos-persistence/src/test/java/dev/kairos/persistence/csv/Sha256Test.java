package dev.kairos.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void knownDigests() throws Exception {
        assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)).hex()).isEqualTo(ABC);
        assertThat(Sha256.of(new byte[0]).hex()).isEqualTo(EMPTY);
        assertThat(Sha256.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)))).hasToString(ABC);
    }

    @Test
    void ofAFile(@TempDir Path dir) throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc");
        assertThat(Sha256.of(abc).hex()).isEqualTo(ABC);

        byte[] big = new byte[300_001]; // several 64 KiB chunks, last one partial
        new Random(7).nextBytes(big);
        Path file = Files.write(dir.resolve("big.bin"), big);
        assertThat(Sha256.of(file)).isEqualTo(Sha256.of(big));
    }

    @Test
    void fileProblemsAreDataFileExceptions(@TempDir Path dir) {
        assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> Sha256.of(dir.resolve("none.csv")))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(DataFileException.Problem.MISSING));
        assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> Sha256.of(dir))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(DataFileException.Problem.DIRECTORY));
    }

    @Test
    void onlyLowercaseHexOfTheRightLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sha256(ABC.toUpperCase()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sha256(ABC.substring(1)));
        assertThat(new Sha256(ABC).hex()).isEqualTo(ABC);
    }
}
