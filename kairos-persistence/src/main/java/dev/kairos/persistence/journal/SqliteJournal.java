package dev.kairos.persistence.journal;

import dev.kairos.engine.journal.RunJournal;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.model.event.Event;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

/**
 * The run journal in one SQLite file (WAL mode): an append-only, hash-chained ledger of the run's manifest
 * followed by every event (see the package documentation for the schema, the hash and the payload).
 *
 * <p>Rows are written in batches: each {@link #record(Event)} encodes and hashes the event and adds it to a
 * prepared-statement batch; every {@code batchRows} rows the batch is executed and committed in one
 * transaction. {@link #headHash()}, {@link #flush()}, {@link #annotate(String, String)} and
 * {@link #close()} commit what is pending. Readers on other connections see committed rows only, so a live
 * run should call {@link #flush()} at points where it wants the journal durable (e.g. after each bar).
 *
 * <p>A journal records one run: {@link #open(Path)} creates a new file (or fills an existing empty journal)
 * and refuses a file that already holds entries. After a storage failure the journal refuses further
 * writes (the chain in memory would no longer match the file).
 *
 * <p>Not thread-safe: the engine thread calls it, as {@link RunJournal} requires.
 */
public final class SqliteJournal implements RunJournal {

    /** Rows per transaction unless given: large enough that a 20,000-bar backtest commits ~10 times. */
    public static final int DEFAULT_BATCH_ROWS = 2_000;

    private final Path path;
    private final Connection connection;
    private final PreparedStatement insert;
    private final int batchRows;
    private final EventEncoder encoder = new EventEncoder();
    private final ChainDigest digest = new ChainDigest();

    private long lastSeq;
    private String lastHash = ChainDigest.GENESIS;
    private int pending;
    private boolean begun;
    private boolean closed;
    private boolean failed;

    private SqliteJournal(Path path, Connection connection, PreparedStatement insert, int batchRows) {
        this.path = path;
        this.connection = connection;
        this.insert = insert;
        this.batchRows = batchRows;
    }

    /** Creates the journal at {@code db} with {@link #DEFAULT_BATCH_ROWS}. */
    public static SqliteJournal open(Path db) {
        return open(db, DEFAULT_BATCH_ROWS);
    }

    /**
     * Creates the journal at {@code db} (and its parent directories), committing every {@code batchRows}
     * rows.
     *
     * @throws JournalException NOT_A_JOURNAL when the file is something else, ALREADY_WRITTEN when it is a
     *                          journal that holds entries, STORAGE when SQLite fails
     */
    public static SqliteJournal open(Path db, int batchRows) {
        Objects.requireNonNull(db, "db");
        if (batchRows < 1 || batchRows > 1_000_000) {
            throw new IllegalArgumentException("batch rows must be in [1, 1000000]: " + batchRows);
        }
        Connection connection = JournalSchema.openForWriting(db);
        try {
            return new SqliteJournal(db, connection, connection.prepareStatement(JournalSchema.INSERT_ENTRY),
                    batchRows);
        } catch (SQLException e) {
            JournalException failure = JournalSchema.translate(db.toString(), "cannot prepare the journal", e);
            JournalSchema.closeQuietly(connection, failure);
            throw failure;
        }
    }

    /** The journal file. */
    public Path path() {
        return path;
    }

    /**
     * Records the manifest as entry 1 (kind {@code run}, {@code ts} 0).
     *
     * @throws IllegalStateException when called twice or after close
     */
    @Override
    public void begin(RunManifest manifest) {
        Objects.requireNonNull(manifest, "manifest");
        requireWritable();
        if (begun) {
            throw new IllegalStateException(path + ": begin(manifest) was already called; a journal records one run");
        }
        append(encoder.encode(manifest));
        begun = true;
    }

    /**
     * Records one event after the previous ones.
     *
     * @throws IllegalStateException before {@link #begin(RunManifest)} or after close
     */
    @Override
    public void record(Event event) {
        Objects.requireNonNull(event, "event");
        requireWritable();
        if (!begun) {
            throw new IllegalStateException(path + ": begin(manifest) must be called before the first event");
        }
        append(encoder.encode(event));
    }

    /** Always true: every event is kept. */
    @Override
    public boolean isEnabled() {
        return true;
    }

    /**
     * The hash of the newest entry (64 zeros while the journal is empty), after committing pending rows so
     * the file's head matches.
     */
    @Override
    public String headHash() {
        if (!closed) {
            flush();
        }
        return lastHash;
    }

    /** Number of entries recorded so far (committed or pending), the manifest included. */
    public long size() {
        return lastSeq;
    }

    /**
     * Sets {@code key} to {@code value} in table {@code run_info}, outside the hash chain: for facts that must
     * not change the hash, such as a run id or the wall-clock creation time. Overwrites an earlier value;
     * commits at once together with pending rows.
     */
    public void annotate(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        requireWritable();
        flush();
        try (PreparedStatement upsert = connection.prepareStatement(JournalSchema.UPSERT_INFO)) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw fail("cannot write run info", e);
        }
    }

    /** Executes and commits the pending batch (no-op when nothing is pending). */
    public void flush() {
        requireWritable();
        if (pending == 0) {
            return;
        }
        try {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        } catch (SQLException e) {
            throw fail("cannot write journal entries", e);
        }
    }

    /** Commits pending rows and closes the database; further calls are no-ops. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        JournalException failure = null;
        if (!failed && pending > 0) {
            try {
                insert.executeBatch();
                connection.commit();
                pending = 0;
            } catch (SQLException e) {
                failed = true;
                failure = JournalSchema.translate(path.toString(), "cannot write journal entries on close", e);
            }
        }
        try {
            insert.close();
        } catch (SQLException e) {
            failure = addOrCreate(failure, "cannot close the insert statement", e);
        }
        try {
            if (failed) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            failure = addOrCreate(failure, "cannot close the journal", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void append(EventEncoder.Encoded row) {
        long seq = lastSeq + 1;
        String kind = row.kind().label();
        String hash = digest.hash(lastHash, seq, row.timestamp(), kind, row.orderId(), row.instrument(),
                row.payload());
        try {
            insert.setLong(1, seq);
            insert.setLong(2, row.timestamp());
            insert.setString(3, kind);
            setNullableText(4, row.orderId());
            setNullableText(5, row.instrument());
            insert.setString(6, row.payload());
            insert.setString(7, lastHash);
            insert.setString(8, hash);
            insert.addBatch();
        } catch (SQLException e) {
            throw fail("cannot queue a journal entry", e);
        }
        lastSeq = seq;
        lastHash = hash;
        if (++pending >= batchRows) {
            flush();
        }
    }

    private void setNullableText(int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }

    private void requireWritable() {
        if (closed) {
            throw new IllegalStateException(path + ": journal is closed");
        }
        if (failed) {
            throw new IllegalStateException(path + ": journal failed earlier and accepts no more writes");
        }
    }

    private JournalException fail(String what, SQLException e) {
        failed = true;
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            e.addSuppressed(rollback);
        }
        return JournalSchema.translate(path.toString(), what, e);
    }

    private JournalException addOrCreate(JournalException failure, String what, SQLException e) {
        if (failure == null) {
            return JournalSchema.translate(path.toString(), what, e);
        }
        failure.addSuppressed(e);
        return failure;
    }
}
