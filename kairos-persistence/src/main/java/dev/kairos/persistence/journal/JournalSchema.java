package dev.kairos.persistence.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The journal's SQL schema and how a journal file is opened: for writing (creating the schema in a new
 * or empty database) or read-only (checking that the file is a Kairos journal). A journal is marked by
 * SQLite's {@code application_id} header field; {@code user_version} is the schema version.
 */
final class JournalSchema {

    /** {@code PRAGMA application_id} of a Kairos journal: the ASCII bytes "KRJL". */
    static final int APPLICATION_ID = 0x4B524A4C;
    /** {@code PRAGMA user_version}: the schema version this code writes and reads. */
    static final int VERSION = 1;

    static final String INSERT_ENTRY =
            "INSERT INTO entries(seq, ts, kind, order_id, instrument, payload, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    static final String UPSERT_INFO =
            "INSERT INTO run_info(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";

    /** Status that each order lifecycle kind leaves the order in ({@code order_filled} carries its own). */
    private static final String STATUS_OF_KIND = """
            CASE x.kind
                WHEN 'order_submitted' THEN 'SUBMITTED'
                WHEN 'order_accepted' THEN 'ACCEPTED'
                WHEN 'order_rejected' THEN 'REJECTED'
                WHEN 'order_triggered' THEN 'TRIGGERED'
                WHEN 'order_filled' THEN json_extract(x.payload, '$.status')
                WHEN 'order_canceled' THEN 'CANCELED'
                WHEN 'order_expired' THEN 'EXPIRED'
            END""";

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE entries (
                seq        INTEGER PRIMARY KEY,
                ts         INTEGER NOT NULL,
                kind       TEXT    NOT NULL,
                order_id   TEXT,
                instrument TEXT,
                payload    TEXT    NOT NULL,
                prev_hash  TEXT    NOT NULL,
                hash       TEXT    NOT NULL
            )""",
            "CREATE INDEX entries_by_order ON entries(order_id, seq) WHERE order_id IS NOT NULL",
            """
            CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END""",
            """
            CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
            BEGIN SELECT RAISE(ABORT, 'journal entries are append-only'); END""",
            """
            CREATE TABLE run_info (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """
            CREATE VIEW signals AS
            SELECT e.seq, e.ts, e.instrument,
                   json_extract(e.payload, '$.source')     AS source,
                   json_extract(e.payload, '$.direction')  AS direction,
                   json_extract(e.payload, '$.confidence') AS confidence,
                   json_extract(e.payload, '$.reasons')    AS reasons,
                   (SELECT group_concat(r.value, '; ') FROM json_each(e.payload, '$.reasons') r) AS reasons_text
            FROM entries e WHERE e.kind = 'signal'""",
            """
            CREATE VIEW orders AS
            SELECT e.seq, e.ts, e.order_id, e.instrument,
                   json_extract(e.payload, '$.order.strategy')    AS strategy,
                   json_extract(e.payload, '$.order.side')        AS side,
                   json_extract(e.payload, '$.order.spec.type')   AS type,
                   json_extract(e.payload, '$.order.quantity')    AS quantity,
                   coalesce(json_extract(e.payload, '$.order.spec.price'),
                            json_extract(e.payload, '$.order.spec.limitPrice')) AS limit_price,
                   json_extract(e.payload, '$.order.spec.triggerPrice') AS trigger_price,
                   json_extract(e.payload, '$.order.spec.postOnly')     AS post_only,
                   json_extract(e.payload, '$.order.timeInForce') AS time_in_force,
                   json_extract(e.payload, '$.order.reduceOnly')  AS reduce_only,
                   json_extract(e.payload, '$.order.createdAt')   AS created_at,
                   json_extract(e.payload, '$.decisionPrice')     AS decision_price
            FROM entries e WHERE e.kind = 'order_submitted'""",
            """
            CREATE VIEW fills AS
            SELECT e.seq, e.ts, e.order_id, e.instrument,
                   json_extract(e.payload, '$.fill.side')          AS side,
                   json_extract(e.payload, '$.fill.quantity')      AS quantity,
                   json_extract(e.payload, '$.fill.price')         AS price,
                   json_extract(e.payload, '$.fill.fee')           AS fee,
                   json_extract(e.payload, '$.fill.liquidity')     AS liquidity,
                   json_extract(e.payload, '$.fill.decisionPrice') AS decision_price,
                   json_extract(e.payload, '$.fill.slippageBps')   AS slippage_bps,
                   json_extract(e.payload, '$.fill.latencyMs')     AS latency_ms,
                   json_extract(e.payload, '$.status')             AS order_status,
                   json_extract(e.payload, '$.filledQuantity')     AS cumulative_quantity,
                   json_extract(e.payload, '$.leavesQuantity')     AS leaves_quantity
            FROM entries e WHERE e.kind = 'order_filled'""",
            """
            CREATE VIEW order_execution AS
            SELECT o.order_id, o.ts AS submitted_ts, o.instrument, o.strategy, o.side, o.type,
                   o.decision_price,
                   o.quantity                                 AS ordered_quantity,
                   coalesce(f.filled_quantity, 0.0)           AS filled_quantity,
                   coalesce(f.filled_quantity, 0.0) / o.quantity AS fill_ratio,
                   coalesce(f.fill_count, 0)                  AS fill_count,
                   f.average_price,
                   f.average_slippage_bps,
                   coalesce(f.fees, 0.0)                      AS fees,
                   (SELECT json_extract(x.payload, '$.fill.latencyMs') FROM entries x
                     WHERE x.order_id = o.order_id AND x.kind = 'order_filled'
                     ORDER BY x.seq LIMIT 1)                  AS first_fill_latency_ms,
                   (SELECT %s FROM entries x
                     WHERE x.order_id = o.order_id AND x.kind IN ('order_submitted', 'order_accepted',
                           'order_rejected', 'order_triggered', 'order_filled', 'order_canceled', 'order_expired')
                     ORDER BY x.seq DESC LIMIT 1)             AS final_status
            FROM orders o
            LEFT JOIN (SELECT order_id,
                              sum(quantity)                             AS filled_quantity,
                              count(*)                                  AS fill_count,
                              sum(quantity * price) / sum(quantity)     AS average_price,
                              sum(quantity * slippage_bps) / sum(quantity) AS average_slippage_bps,
                              sum(fee)                                  AS fees
                       FROM fills GROUP BY order_id) f ON f.order_id = o.order_id""".formatted(STATUS_OF_KIND),
            """
            CREATE VIEW positions AS
            SELECT e.seq, e.ts, e.instrument,
                   json_extract(e.payload, '$.position.quantity')      AS quantity,
                   json_extract(e.payload, '$.position.averagePrice')  AS average_price,
                   json_extract(e.payload, '$.position.realizedPnl')   AS realized_pnl,
                   json_extract(e.payload, '$.position.unrealizedPnl') AS unrealized_pnl,
                   json_extract(e.payload, '$.position.markPrice')     AS mark_price,
                   json_extract(e.payload, '$.realizedPnl')            AS fill_realized_pnl
            FROM entries e WHERE e.kind = 'position_changed'""",
            """
            CREATE VIEW equity AS
            SELECT e.seq, e.ts,
                   json_extract(e.payload, '$.equity')        AS equity,
                   json_extract(e.payload, '$.cash')          AS cash,
                   json_extract(e.payload, '$.grossExposure') AS gross_exposure,
                   json_extract(e.payload, '$.unrealizedPnl') AS unrealized_pnl
            FROM entries e WHERE e.kind = 'equity_sample'""",
            """
            CREATE VIEW funding AS
            SELECT e.seq, e.ts, e.instrument,
                   json_extract(e.payload, '$.rate')     AS rate,
                   json_extract(e.payload, '$.notional') AS notional,
                   json_extract(e.payload, '$.amount')   AS amount
            FROM entries e WHERE e.kind = 'funding_applied'""",
            """
            CREATE VIEW regimes AS
            SELECT e.seq, e.ts, e.instrument,
                   json_extract(e.payload, '$.timeframe')      AS timeframe,
                   json_extract(e.payload, '$.regime')         AS regime,
                   json_extract(e.payload, '$.confidence')     AS confidence,
                   json_extract(e.payload, '$.level')          AS level,
                   json_extract(e.payload, '$.pBullTrend')     AS p_bull_trend,
                   json_extract(e.payload, '$.pBearTrend')     AS p_bear_trend,
                   json_extract(e.payload, '$.pVolatileRange') AS p_volatile_range,
                   json_extract(e.payload, '$.pQuietRange')    AS p_quiet_range
            FROM entries e WHERE e.kind = 'regime_update'""",
            """
            CREATE VIEW risk_checks AS
            SELECT e.seq, e.ts, e.order_id, e.instrument,
                   v.key + 1                           AS position,
                   json_extract(v.value, '$.check')    AS check_name,
                   CASE json_extract(v.value, '$.passed') WHEN 1 THEN 'pass' ELSE 'deny' END AS verdict,
                   json_extract(v.value, '$.reason')   AS reason
            FROM entries e, json_each(e.payload, '$.verdicts') v WHERE e.kind = 'risk_checked'""",
            """
            CREATE VIEW health AS
            SELECT e.seq, e.ts,
                   json_extract(e.payload, '$.overall') AS overall,
                   json_extract(e.payload, '$.data')    AS data,
                   json_extract(e.payload, '$.venue')   AS venue,
                   json_extract(e.payload, '$.errors')  AS errors,
                   json_extract(e.payload, '$.signals') AS signals
            FROM entries e WHERE e.kind = 'health_update'""",
            """
            CREATE VIEW denials AS
            SELECT e.seq, e.ts, e.order_id, e.instrument,
                   json_extract(e.payload, '$.order.strategy')  AS strategy,
                   json_extract(e.payload, '$.order.side')      AS side,
                   json_extract(e.payload, '$.order.spec.type') AS type,
                   json_extract(e.payload, '$.order.quantity')  AS quantity,
                   json_extract(e.payload, '$.check')           AS risk_check,
                   json_extract(e.payload, '$.reason')          AS reason
            FROM entries e WHERE e.kind = 'order_denied'""");

    private JournalSchema() {
    }

    /**
     * Opens {@code db} for writing: creates the file (and its parent directories) and the schema when new
     * or empty, refuses a file that is not a journal or already holds entries. The connection is left in
     * manual-commit mode.
     */
    static Connection openForWriting(Path db) {
        String name = db.toString();
        if (Files.isDirectory(db)) {
            throw new JournalException(name, JournalException.Problem.NOT_A_JOURNAL, "is a directory, not a journal");
        }
        try {
            Path parent = db.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new JournalException(name, JournalException.Problem.STORAGE,
                    "cannot create the journal's directory: " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5_000);
        Connection connection = connect(name, uri(db), config);
        try {
            int applicationId = pragma(connection, "application_id");
            if (applicationId == APPLICATION_ID) {
                requireSupportedVersion(name, connection);
                long entries = count(connection, "SELECT count(*) FROM entries");
                if (entries > 0) {
                    throw new JournalException(name, JournalException.Problem.ALREADY_WRITTEN,
                            "journal already holds " + entries + " entries; a journal records one run, use a new file");
                }
                connection.setAutoCommit(false);
                return connection;
            }
            if (applicationId != 0 || count(connection, "SELECT count(*) FROM sqlite_schema") > 0) {
                throw notAJournal(name, "a SQLite database, but not a Kairos journal");
            }
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String ddl : DDL) {
                    st.execute(ddl);
                }
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = " + VERSION);
            }
            connection.commit();
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof JournalException je ? je : translate(name, "cannot create the journal", e);
        }
    }

    /**
     * Opens an existing journal read-only, failing with a typed error when it is missing or not a journal.
     *
     * <p>A journal whose writer has closed it has no {@code -wal} or {@code -shm} file beside it, and a
     * journal that holds entries is never written again ({@link #openForWriting} refuses it). Such a file is
     * opened as immutable: SQLite then takes no locks and creates no {@code -wal}/{@code -shm} files, which a
     * read-only connection could not remove when it closes (reading a finished journal would otherwise leave
     * two files behind). A journal being written (its {@code -wal} exists) is opened normally, so its
     * readers see the rows committed so far.
     */
    static Connection openReadOnly(Path db) {
        String name = db.toString();
        if (!Files.exists(db) || Files.isDirectory(db)) {
            throw new JournalException(name, JournalException.Problem.NOT_FOUND,
                    Files.isDirectory(db) ? "is a directory, not a journal file" : "no such journal file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        Connection connection = connect(name, closedByItsWriter(db) ? uri(db) + "?immutable=1" : uri(db), config);
        try {
            if (pragma(connection, "application_id") != APPLICATION_ID) {
                throw notAJournal(name, "not a Kairos journal (no journal application id)");
            }
            requireSupportedVersion(name, connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof JournalException je ? je : translate(name, "cannot read the journal", e);
        }
    }

    /** A typed, one-line error for a failed SQLite call; "file is not a database" becomes NOT_A_JOURNAL. */
    static JournalException translate(String name, String what, Exception e) {
        if (e instanceof SQLException sql && (sql.getErrorCode() & 0xff) == 26) {
            return new JournalException(name, JournalException.Problem.NOT_A_JOURNAL,
                    "not a Kairos journal (not a SQLite database)", e);
        }
        return new JournalException(name, JournalException.Problem.STORAGE, what + ": " + e.getMessage(), e);
    }

    /**
     * Opens {@code location}, a {@code file:} URI with optional SQLite parameters, as journal {@code name}.
     * Always a URI: in a plain file name the driver would take a {@code ?} as the start of its own
     * parameters, so a path like {@code runs/a?b/journal.db} could not be opened.
     */
    private static Connection connect(String name, String location, SQLiteConfig config) {
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        try {
            return config.createConnection("jdbc:sqlite:" + location);
        } catch (SQLException e) {
            throw translate(name, "cannot open the journal", e);
        }
    }

    /** {@code db} as a {@code file:} URI, every character SQLite would read as syntax percent-encoded. */
    private static String uri(Path db) {
        return db.toAbsolutePath().toUri().toString();
    }

    /** Whether no writer has {@code db} open: neither its {@code -wal} nor its {@code -shm} file exists. */
    private static boolean closedByItsWriter(Path db) {
        String file = db.getFileName().toString();
        return !Files.exists(db.resolveSibling(file + "-wal")) && !Files.exists(db.resolveSibling(file + "-shm"));
    }

    private static void requireSupportedVersion(String name, Connection connection) throws SQLException {
        int version = pragma(connection, "user_version");
        if (version != VERSION) {
            throw notAJournal(name, "journal schema version " + version + " is not supported (this code reads "
                    + VERSION + ")");
        }
    }

    private static JournalException notAJournal(String name, String detail) {
        return new JournalException(name, JournalException.Problem.NOT_A_JOURNAL, detail);
    }

    private static int pragma(Connection connection, String pragma) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static void closeQuietly(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
