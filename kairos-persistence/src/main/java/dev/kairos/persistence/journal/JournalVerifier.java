package dev.kairos.persistence.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Checks a journal's hash chain: entry sequence numbers run 1, 2, 3, … without gaps, each entry's
 * {@code prev_hash} is its predecessor's hash (64 zeros for the first), and each stored hash recomputes
 * from the entry's columns. This detects a payload or column edited in place, a deleted, inserted or
 * re-numbered row, and a row whose hash was recomputed (its successor's link breaks). Removing or
 * appending entries at the end leaves a valid chain; to detect that, verify against the head hash
 * recorded elsewhere (e.g. in a report) with {@link #verify(Path, String)}.
 *
 * <p>Opens the file read-only; safe while the journal is being written (checks the committed rows).
 * Stateless; each call uses its own connection.
 */
public final class JournalVerifier {

    private static final String SELECT_ALL =
            "SELECT seq, ts, kind, order_id, instrument, payload, prev_hash, hash FROM entries ORDER BY seq";

    private JournalVerifier() {
    }

    /**
     * Verifies the chain of the journal at {@code db}.
     *
     * @throws JournalException NOT_FOUND / NOT_A_JOURNAL / STORAGE, with a one-line message
     */
    public static Verification verify(Path db) {
        return run(db, null);
    }

    /**
     * Verifies the chain and that it ends exactly at {@code expectedHeadHash} (as returned by
     * {@link SqliteJournal#headHash()} when the run ended).
     */
    public static Verification verify(Path db, String expectedHeadHash) {
        return run(db, Objects.requireNonNull(expectedHeadHash, "expectedHeadHash"));
    }

    private static Verification run(Path db, String expectedHead) {
        Objects.requireNonNull(db, "db");
        Connection connection = JournalSchema.openReadOnly(db);
        try {
            return check(connection, expectedHead);
        } catch (SQLException e) {
            throw JournalSchema.translate(db.toString(), "cannot read the journal", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // read-only connection: nothing to lose
            }
        }
    }

    private static Verification check(Connection connection, String expectedHead) throws SQLException {
        ChainDigest digest = new ChainDigest();
        long expectedSeq = 1;
        String previous = ChainDigest.GENESIS;
        long headSeenAt = -1;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(SELECT_ALL)) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                long rows = expectedSeq - 1;
                if (seq > expectedSeq) {
                    return new Verification.Broken(rows, previous, expectedSeq, Verification.Reason.MISSING_SEQ,
                            "expected seq " + expectedSeq + ", next entry is seq " + seq);
                }
                if (seq < expectedSeq) {
                    return new Verification.Broken(rows, previous, seq, Verification.Reason.UNEXPECTED_SEQ,
                            "expected seq " + expectedSeq + ", found seq " + seq);
                }
                String prevHash = rs.getString(7);
                if (!previous.equals(prevHash)) {
                    return new Verification.Broken(rows, previous, seq, Verification.Reason.PREV_HASH_MISMATCH,
                            "prev_hash " + prevHash + " is not the previous entry's hash " + previous);
                }
                String stored = rs.getString(8);
                String computed = digest.hash(prevHash, seq, rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6));
                if (!computed.equals(stored)) {
                    return new Verification.Broken(rows, previous, seq, Verification.Reason.HASH_MISMATCH,
                            "stored hash " + stored + " but the entry hashes to " + computed);
                }
                previous = stored;
                if (stored.equals(expectedHead)) {
                    headSeenAt = seq;
                }
                expectedSeq++;
            }
        }
        long rows = expectedSeq - 1;
        if (expectedHead != null && !expectedHead.equals(previous)) {
            if (headSeenAt > 0) {
                return new Verification.Broken(rows, previous, headSeenAt + 1, Verification.Reason.ROWS_AFTER_HEAD,
                        "expected head " + expectedHead + " is seq " + headSeenAt + " but the chain goes on to seq "
                                + rows);
            }
            return new Verification.Broken(rows, previous, expectedSeq, Verification.Reason.HEAD_MISMATCH,
                    "chain ends at seq " + rows + " with hash " + previous + ", expected head " + expectedHead);
        }
        return new Verification.Intact(rows, previous);
    }
}
