package dev.kairos.persistence.journal;

import static dev.kairos.persistence.journal.JournalFixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.model.event.Event;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class JournalScaleTest {

    private static final int SAMPLES = 100_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aHundredThousandEquitySamplesWriteAndVerifyQuickly() {
        Path db = dir.resolve("long.db");
        long start = System.nanoTime();
        String head;
        try (SqliteJournal journal = SqliteJournal.open(db)) {
            journal.begin(manifest());
            double equity = 10_000.0;
            for (int i = 0; i < SAMPLES; i++) {
                equity *= 1.0 + 1e-4 * Math.sin(i * 0.01);
                journal.record(new Event.EquitySample(1_600_000_000_000L + i * 3_600_000L, equity, 5_000.0,
                        equity - 5_000.0, equity * 1e-3));
            }
            head = journal.headHash();
        }
        Duration write = Duration.ofNanos(System.nanoTime() - start);

        start = System.nanoTime();
        Verification v = JournalVerifier.verify(db, head);
        Duration verify = Duration.ofNanos(System.nanoTime() - start);

        assertThat(v).isEqualTo(new Verification.Intact(SAMPLES + 1, head));
        try (JournalReader reader = JournalReader.open(db)) {
            assertThat(reader.count(EntryKind.EQUITY_SAMPLE)).isEqualTo(SAMPLES);
        }
        System.out.printf("journal: %,d equity samples written in %d ms, verified in %d ms%n", SAMPLES,
                write.toMillis(), verify.toMillis());
    }
}
