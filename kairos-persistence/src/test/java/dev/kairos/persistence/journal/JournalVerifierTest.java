package dev.kairos.persistence.journal;

import static dev.kairos.persistence.journal.JournalFixtures.raw;
import static dev.kairos.persistence.journal.JournalFixtures.tamper;
import static dev.kairos.persistence.journal.JournalFixtures.writeRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalVerifierTest {

    @TempDir
    Path dir;

    private Path db;
    private String head;

    @BeforeEach
    void writeJournal() {
        db = dir.resolve("run.db");
        head = writeRun(db);
        assertThat(JournalVerifier.verify(db, head)).isEqualTo(new Verification.Intact(29, head));
    }

    @Test
    void aPayloadEditedInPlaceBreaksThatRowsHash() throws SQLException {
        tamper(db, "UPDATE entries SET payload = replace(payload, '\"price\":100.3,', '\"price\":100.0,') WHERE seq = 8");
        assertThat(payload(8)).contains("\"price\":100.0,");

        Verification v = JournalVerifier.verify(db);
        assertBroken(v, 8, Verification.Reason.HASH_MISMATCH);
        assertThat(v.rowsChecked()).isEqualTo(7);
        assertThat(v.headHash()).isEqualTo(hash(7));
        assertThat(v.summary()).startsWith("broken at seq 8 (hash_mismatch): stored hash ");
    }

    @Test
    void aColumnOutsideThePayloadIsCoveredToo() throws SQLException {
        tamper(db, "UPDATE entries SET order_id = 'O-00000003' WHERE seq = 5");
        assertBroken(JournalVerifier.verify(db), 5, Verification.Reason.HASH_MISMATCH);
    }

    @Test
    void aTimestampEditIsDetected() throws SQLException {
        tamper(db, "UPDATE entries SET ts = ts + 1 WHERE seq = 20");
        assertBroken(JournalVerifier.verify(db), 20, Verification.Reason.HASH_MISMATCH);
    }

    @Test
    void aDeletedRowLeavesAGap() throws SQLException {
        tamper(db, "DELETE FROM entries WHERE seq = 12");
        Verification v = JournalVerifier.verify(db);
        assertBroken(v, 12, Verification.Reason.MISSING_SEQ);
        assertThat(v.rowsChecked()).isEqualTo(11);
    }

    @Test
    void deletingTheManifestIsDetected() throws SQLException {
        tamper(db, "DELETE FROM entries WHERE seq = 1");
        assertBroken(JournalVerifier.verify(db), 1, Verification.Reason.MISSING_SEQ);
    }

    @Test
    void aDeletedRowWithTheRestRenumberedBreaksTheLink() throws SQLException {
        tamper(db, "DELETE FROM entries WHERE seq = 12",
                "UPDATE entries SET seq = -seq WHERE seq > 12",
                "UPDATE entries SET seq = -seq - 1 WHERE seq < 0");
        assertBroken(JournalVerifier.verify(db), 12, Verification.Reason.PREV_HASH_MISMATCH);
    }

    @Test
    void aRowInsertedInTheMiddleWithAValidHashOfItsOwnBreaksItsSuccessor() throws SQLException {
        // make room at seq 10 and insert a forged cancel that chains correctly to seq 9
        tamper(db, "UPDATE entries SET seq = -seq WHERE seq >= 10",
                "UPDATE entries SET seq = -seq + 1 WHERE seq < 0");
        String payload = "{\"timestamp\":1700014400500,\"orderId\":\"O-00000003\",\"reason\":\"forged\"}";
        String forged = new ChainDigest().hash(hash(9), 10, 1_700_014_400_500L, "order_canceled", "O-00000003",
                null, payload);
        insert(10, 1_700_014_400_500L, "order_canceled", "O-00000003", payload, hash(9), forged);

        Verification v = JournalVerifier.verify(db);
        assertBroken(v, 11, Verification.Reason.PREV_HASH_MISMATCH);
        assertThat(v.rowsChecked()).isEqualTo(10);
    }

    @Test
    void aRowAppendedWithAnInventedHashIsDetected() throws SQLException {
        insert(30, 1_800_000_000_000L, "order_canceled", "O-00000001",
                "{\"timestamp\":1800000000000,\"orderId\":\"O-00000001\",\"reason\":\"x\"}", hash(29), "f".repeat(64));
        assertBroken(JournalVerifier.verify(db), 30, Verification.Reason.HASH_MISMATCH);
    }

    @Test
    void aHashRecomputedForOneRowOnlyBreaksTheNextLink() throws SQLException {
        String payload = payload(7).replace("\"equity\":10000.0", "\"equity\":12000.0");
        String rehashed = new ChainDigest().hash(hash(6), 7, ts(7), "equity_sample", null, null, payload);
        tamper(db, "UPDATE entries SET payload = '" + payload + "', hash = '" + rehashed + "' WHERE seq = 7");

        Verification v = JournalVerifier.verify(db);
        assertBroken(v, 8, Verification.Reason.PREV_HASH_MISMATCH);
        assertThat(v.headHash()).isEqualTo(rehashed);
    }

    @Test
    void aChainRebuiltAfterTheHeadWasPublishedIsCaughtByTheExpectedHead() throws SQLException {
        // re-hash every row from 7 on: the chain itself is consistent again
        String payload = payload(7).replace("\"equity\":10000.0", "\"equity\":12000.0");
        tamper(db, "UPDATE entries SET payload = '" + payload + "' WHERE seq = 7");
        rehashFrom(7);
        assertThat(JournalVerifier.verify(db).ok()).isTrue();

        Verification v = JournalVerifier.verify(db, head);
        assertBroken(v, 30, Verification.Reason.HEAD_MISMATCH);
        assertThat(v.rowsChecked()).isEqualTo(29);
    }

    @Test
    void truncationAndValidAppendsAreCaughtByTheExpectedHead() throws SQLException {
        String hash20 = hash(20);
        assertBroken(JournalVerifier.verify(db, hash20), 21, Verification.Reason.ROWS_AFTER_HEAD);

        tamper(db, "DELETE FROM entries WHERE seq > 20");
        assertThat(JournalVerifier.verify(db)).isEqualTo(new Verification.Intact(20, hash20));
        assertBroken(JournalVerifier.verify(db, head), 21, Verification.Reason.HEAD_MISMATCH);
    }

    @Test
    void aMissingFileIsATypedOneLineError() {
        Path missing = dir.resolve("nope.db");
        assertThatThrownBy(() -> JournalVerifier.verify(missing))
                .isInstanceOf(JournalException.class)
                .hasMessage(missing + ": no such journal file")
                .satisfies(e -> assertThat(((JournalException) e).problem())
                        .isEqualTo(JournalException.Problem.NOT_FOUND));
        assertThat(Files.exists(missing)).isFalse();
        assertThatThrownBy(() -> JournalReader.open(missing)).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> JournalVerifier.verify(dir))
                .hasMessage(dir + ": is a directory, not a journal file");
    }

    @Test
    void aFileThatIsNotAJournalIsATypedOneLineError() throws Exception {
        Path csv = Files.writeString(dir.resolve("bars.csv"), "timestamp,open,high,low,close,volume\n1,2,3,4,5,6\n");
        assertThatThrownBy(() -> JournalVerifier.verify(csv))
                .isInstanceOf(JournalException.class)
                .hasMessage(csv + ": not a Kairos journal (not a SQLite database)")
                .satisfies(e -> assertThat(((JournalException) e).problem())
                        .isEqualTo(JournalException.Problem.NOT_A_JOURNAL));

        Path otherDb = dir.resolve("other.db");
        try (Connection c = raw(otherDb); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE entries(seq INTEGER PRIMARY KEY)");
        }
        assertThatThrownBy(() -> JournalVerifier.verify(otherDb))
                .hasMessage(otherDb + ": not a Kairos journal (no journal application id)");

        Path empty = Files.createFile(dir.resolve("empty.db"));
        assertThatThrownBy(() -> JournalVerifier.verify(empty))
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((JournalException) e).problem())
                        .isEqualTo(JournalException.Problem.NOT_A_JOURNAL));
    }

    @Test
    void anEmptyJournalIsIntact() {
        Path fresh = dir.resolve("fresh.db");
        SqliteJournal.open(fresh).close();
        assertThat(JournalVerifier.verify(fresh)).isEqualTo(new Verification.Intact(0, "0".repeat(64)));
    }

    @Test
    void verifyingAndReadingAFinishedJournalLeavesNoFilesBehind() throws Exception {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("run.db");
        }
        assertThat(JournalVerifier.verify(db).ok()).isTrue();
        try (JournalReader reader = JournalReader.open(db)) {
            assertThat(reader.manifest()).contains(JournalFixtures.manifest());
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("run.db");
        }
    }

    @Test
    void aJournalInADirectoryWithSpacesAndUriCharactersIsVerified() {
        Path odd = dir.resolve("runs #1 100% ?a=b&c").resolve("jour nal.db");
        String oddHead = writeRun(odd);
        assertThat(JournalVerifier.verify(odd, oddHead)).isEqualTo(new Verification.Intact(29, oddHead));
    }

    @Test
    void aJournalStillBeingWrittenIsReadWithTheRowsCommittedSoFar() {
        Path live = dir.resolve("live.db");
        try (SqliteJournal journal = SqliteJournal.open(live, 1)) {
            journal.begin(JournalFixtures.manifest());
            JournalFixtures.events().subList(0, 5).forEach(journal::record);
            journal.flush();
            assertThat(Files.exists(dir.resolve("live.db-wal"))).isTrue();
            assertThat(JournalVerifier.verify(live)).isEqualTo(new Verification.Intact(6, journal.headHash()));
            JournalFixtures.events().subList(5, 10).forEach(journal::record);
            journal.flush();
            assertThat(JournalVerifier.verify(live)).isEqualTo(new Verification.Intact(11, journal.headHash()));
        }
    }

    private static void assertBroken(Verification v, long seq, Verification.Reason reason) {
        assertThat(v.ok()).isFalse();
        assertThat(v).isInstanceOfSatisfying(Verification.Broken.class, b -> {
            assertThat(b.seq()).as(b.summary()).isEqualTo(seq);
            assertThat(b.reason()).as(b.summary()).isEqualTo(reason);
        });
    }

    private String hash(long seq) throws SQLException {
        return column("hash", seq);
    }

    private String payload(long seq) throws SQLException {
        return column("payload", seq);
    }

    private long ts(long seq) throws SQLException {
        return Long.parseLong(column("ts", seq));
    }

    private String column(String column, long seq) throws SQLException {
        try (Connection c = raw(db);
             PreparedStatement st = c.prepareStatement("SELECT " + column + " FROM entries WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("seq %d exists", seq).isTrue();
                return rs.getString(1);
            }
        }
    }

    private void insert(long seq, long ts, String kind, String orderId, String payload, String prev, String hash)
            throws SQLException {
        try (Connection c = raw(db); PreparedStatement st = c.prepareStatement(
                "INSERT INTO entries(seq, ts, kind, order_id, instrument, payload, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, NULL, ?, ?, ?)")) {
            st.setLong(1, seq);
            st.setLong(2, ts);
            st.setString(3, kind);
            st.setString(4, orderId);
            st.setString(5, payload);
            st.setString(6, prev);
            st.setString(7, hash);
            st.executeUpdate();
        }
    }

    /** What a careful forger does: recompute every hash from {@code seq} to the end. */
    private void rehashFrom(long seq) throws SQLException {
        ChainDigest digest = new ChainDigest();
        try (Connection c = raw(db)) {
            c.setAutoCommit(false);
            String previous = hash(seq - 1);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT seq, ts, kind, order_id, instrument, payload FROM entries "
                         + "WHERE seq >= " + seq + " ORDER BY seq");
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE entries SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                while (rs.next()) {
                    String h = digest.hash(previous, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6));
                    update.setString(1, previous);
                    update.setString(2, h);
                    update.setLong(3, rs.getLong(1));
                    update.executeUpdate();
                    previous = h;
                }
            }
            c.commit();
        }
    }
}
