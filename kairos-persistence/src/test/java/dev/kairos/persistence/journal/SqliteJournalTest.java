package dev.kairos.persistence.journal;

import static dev.kairos.persistence.journal.JournalFixtures.BTC;
import static dev.kairos.persistence.journal.JournalFixtures.SMA;
import static dev.kairos.persistence.journal.JournalFixtures.events;
import static dev.kairos.persistence.journal.JournalFixtures.id;
import static dev.kairos.persistence.journal.JournalFixtures.manifest;
import static dev.kairos.persistence.journal.JournalFixtures.raw;
import static dev.kairos.persistence.journal.JournalFixtures.writeRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.event.Event;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJournalTest {

    @TempDir
    Path dir;

    @Test
    void aRealisticRunIsWrittenInOrderAndVerifies() {
        Path db = dir.resolve("run.db");
        String head = writeRun(db);

        Verification verification = JournalVerifier.verify(db);
        assertThat(verification).isInstanceOf(Verification.Intact.class);
        assertThat(verification.ok()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(1 + events().size());
        assertThat(verification.headHash()).isEqualTo(head).matches("[0-9a-f]{64}");
        assertThat(JournalVerifier.verify(db, head).ok()).isTrue();

        try (JournalReader reader = JournalReader.open(db)) {
            assertThat(reader.size()).isEqualTo(29);
            assertThat(reader.headHash()).isEqualTo(head);
            assertThat(reader.manifest()).contains(manifest());
            assertThat(reader.countByKind())
                    .containsEntry(EntryKind.RUN, 1L)
                    .containsEntry(EntryKind.SIGNAL, 2L)
                    .containsEntry(EntryKind.ORDER_SUBMITTED, 4L)
                    .containsEntry(EntryKind.ORDER_ACCEPTED, 3L)
                    .containsEntry(EntryKind.ORDER_FILLED, 3L)
                    .containsEntry(EntryKind.POSITION_CHANGED, 3L)
                    .containsEntry(EntryKind.EQUITY_SAMPLE, 2L)
                    .containsEntry(EntryKind.ORDER_DENIED, 1L)
                    .containsEntry(EntryKind.ORDER_CANCELED, 1L)
                    .containsEntry(EntryKind.ORDER_REJECTED, 1L)
                    .containsEntry(EntryKind.ORDER_TRIGGERED, 1L)
                    .containsEntry(EntryKind.ORDER_MODIFIED, 1L)
                    .containsEntry(EntryKind.ORDER_EXPIRED, 1L)
                    .containsEntry(EntryKind.FUNDING_APPLIED, 1L)
                    .containsEntry(EntryKind.REGIME_UPDATE, 1L)
                    .containsEntry(EntryKind.EXIT_ALERT, 1L)
                    .containsEntry(EntryKind.RISK_CHECKED, 1L)
                    .containsEntry(EntryKind.HEALTH_UPDATE, 1L)
                    .hasSize(EntryKind.values().length);
            assertThat(reader.count(EntryKind.ORDER_FILLED)).isEqualTo(3);

            List<JournalEntry> fills = reader.entries(EntryKind.ORDER_FILLED);
            assertThat(fills).extracting(JournalEntry::seq).containsExactly(5L, 8L, 18L);
            assertThat(fills.get(0).orderId()).contains("O-00000001");
            assertThat(fills.get(0).instrument()).contains("BTC-USD");
            assertThat(reader.entries(EntryKind.RUN).get(0).prevHash()).isEqualTo("0".repeat(64));
            assertThat(reader.entries(EntryKind.ORDER_ACCEPTED).get(0).instrument()).isEmpty();
        }
    }

    @Test
    void everyRowChainsToThePreviousOneAndIsTimedByTheEngineClock() throws SQLException {
        Path db = dir.resolve("run.db");
        writeRun(db);
        try (Connection c = raw(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, ts, kind, prev_hash, hash FROM entries ORDER BY seq")) {
            String previous = "0".repeat(64);
            long seq = 0;
            List<Event> events = events();
            while (rs.next()) {
                seq++;
                assertThat(rs.getLong("seq")).isEqualTo(seq);
                assertThat(rs.getString("prev_hash")).isEqualTo(previous);
                if (seq == 1) {
                    assertThat(rs.getString("kind")).isEqualTo("run");
                    assertThat(rs.getLong("ts")).isZero();
                } else {
                    assertThat(rs.getLong("ts")).isEqualTo(events.get((int) seq - 2).timestamp());
                }
                previous = rs.getString("hash");
            }
            assertThat(seq).isEqualTo(29);
        }
    }

    @Test
    void sameManifestAndEventsGiveTheSameHeadHash() {
        String first = writeRun(dir.resolve("a.db"));
        String second = writeRun(dir.resolve("b.db"));
        assertThat(first).isEqualTo(second);

        String otherSeed;
        try (SqliteJournal journal = SqliteJournal.open(dir.resolve("c.db"))) {
            journal.begin(manifest(43L));
            events().forEach(journal::record);
            otherSeed = journal.headHash();
        }
        assertThat(otherSeed).isNotEqualTo(first);

        String oneEventDiffers;
        try (SqliteJournal journal = SqliteJournal.open(dir.resolve("d.db"))) {
            journal.begin(manifest());
            List<Event> events = events();
            events.subList(0, events.size() - 1).forEach(journal::record);
            journal.record(new Event.EquitySample(events.getLast().timestamp(), 10_120.500000000002, 9_000.0,
                    1_300.0, Double.NaN));
            oneEventDiffers = journal.headHash();
        }
        assertThat(oneEventDiffers).isNotEqualTo(first);
    }

    @Test
    void annotationsLiveOutsideTheChain() {
        String plain = writeRun(dir.resolve("plain.db"));
        Path db = dir.resolve("annotated.db");
        String annotated;
        try (SqliteJournal journal = SqliteJournal.open(db)) {
            journal.annotate("run_id", "2024-01-01T00-00-00Z-abc");
            journal.begin(manifest());
            events().forEach(journal::record);
            journal.annotate("created_at", "2024-01-01T00:00:00Z");
            journal.annotate("run_id", "r-42");
            annotated = journal.headHash();
        }
        assertThat(annotated).isEqualTo(plain);
        try (JournalReader reader = JournalReader.open(db)) {
            assertThat(reader.annotations()).containsExactly(
                    Map.entry("created_at", "2024-01-01T00:00:00Z"), Map.entry("run_id", "r-42"));
            assertThat(reader.annotation("run_id")).contains("r-42");
            assertThat(reader.annotation("nope")).isEmpty();
        }
        assertThat(JournalVerifier.verify(db, plain).ok()).isTrue();
    }

    @Test
    void rowsAreCommittedInBatchesAndOnHeadHashFlushAndClose() {
        Path db = dir.resolve("batched.db");
        SqliteJournal journal = SqliteJournal.open(db, 10);
        journal.begin(manifest());
        for (int i = 1; i <= 8; i++) {
            journal.record(new Event.EquitySample(i, 100.0 + i, 100.0, 0.0, 0.0));
        }
        assertThat(journal.size()).isEqualTo(9);
        assertThat(committedRows(db)).as("below the batch size nothing is committed").isZero();

        journal.record(new Event.EquitySample(9, 109.0, 100.0, 0.0, 0.0));
        assertThat(committedRows(db)).as("the 10th row commits the batch").isEqualTo(10);

        journal.record(new Event.EquitySample(10, 110.0, 100.0, 0.0, 0.0));
        assertThat(committedRows(db)).isEqualTo(10);
        String head = journal.headHash();
        assertThat(committedRows(db)).as("headHash() flushes").isEqualTo(11);
        assertThat(JournalVerifier.verify(db, head).ok()).isTrue();

        journal.record(new Event.EquitySample(11, 111.0, 100.0, 0.0, 0.0));
        journal.record(new Event.EquitySample(12, 112.0, 100.0, 0.0, 0.0));
        journal.flush();
        assertThat(committedRows(db)).as("flush() commits").isEqualTo(13);

        journal.record(new Event.EquitySample(13, 113.0, 100.0, 0.0, 0.0));
        journal.close();
        assertThat(committedRows(db)).as("close() commits").isEqualTo(14);
        assertThat(JournalVerifier.verify(db, journal.headHash()).rowsChecked()).isEqualTo(14);
        journal.close(); // idempotent
    }

    @Test
    void eventsBeforeBeginTwiceBeginAndWritesAfterCloseAreRefused() {
        SqliteJournal journal = SqliteJournal.open(dir.resolve("x.db"));
        assertThat(journal.isEnabled()).isTrue();
        assertThat(journal.headHash()).isEqualTo("0".repeat(64));
        assertThatThrownBy(() -> journal.record(events().get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("begin(manifest)");
        journal.begin(manifest());
        assertThatThrownBy(() -> journal.begin(manifest()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
        journal.close();
        assertThatThrownBy(() -> journal.record(events().get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> journal.annotate("k", "v")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aJournalIsNeverReopenedForWritingButAnEmptyOneMayBeFilled() {
        Path db = dir.resolve("once.db");
        SqliteJournal.open(db).close();
        String head = writeRun(db);
        assertThat(JournalVerifier.verify(db, head).ok()).isTrue();

        assertThatThrownBy(() -> SqliteJournal.open(db))
                .isInstanceOf(JournalException.class)
                .hasMessage(db + ": journal already holds 29 entries; a journal records one run, use a new file")
                .extracting(e -> ((JournalException) e).problem())
                .isEqualTo(JournalException.Problem.ALREADY_WRITTEN);
    }

    @Test
    void theLedgerRefusesUpdatesAndDeletes() throws SQLException {
        Path db = dir.resolve("run.db");
        writeRun(db);
        try (Connection c = raw(db); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE entries SET payload = '{}' WHERE seq = 3"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM entries WHERE seq = 25"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(JournalVerifier.verify(db).ok()).isTrue();
    }

    @Test
    void otherFilesAreNotOpenedAsJournals() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "timestamp,open,high,low,close,volume\n".repeat(200));
        assertThatThrownBy(() -> SqliteJournal.open(text))
                .isInstanceOf(JournalException.class)
                .hasMessage(text + ": not a Kairos journal (not a SQLite database)");
        assertThat(Files.readString(text)).startsWith("timestamp,open");

        Path other = dir.resolve("other.db");
        try (Connection c = raw(other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> SqliteJournal.open(other))
                .isInstanceOf(JournalException.class)
                .hasMessage(other + ": a SQLite database, but not a Kairos journal")
                .extracting(e -> ((JournalException) e).problem())
                .isEqualTo(JournalException.Problem.NOT_A_JOURNAL);
    }

    @Test
    void payloadsAreCanonicalJsonInRecordOrderWithTaggedOrderSpecs() throws Exception {
        Order order = new Order(new ClientOrderId("O-1"), BTC, SMA, Side.BUY, 0.5, new OrderSpec.Limit(100.25, true),
                TimeInForce.GTC, false, 999);
        Path db = dir.resolve("golden.db");
        try (SqliteJournal journal = SqliteJournal.open(db)) {
            journal.begin(manifest());
            journal.record(new Event.OrderSubmitted(1000, order, 100.0));
            journal.record(new Event.OrderModified(1001, new ClientOrderId("O-1"), new OrderSpec.StopMarket(1e-7)));
            journal.record(new Event.OrderCanceled(1002, new ClientOrderId("O-1"), null));
            journal.record(new Event.EquitySample(1003, Double.NaN, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, -0.0));
        }
        try (JournalReader reader = JournalReader.open(db)) {
            assertThat(reader.entries(EntryKind.RUN).get(0).payload()).isEqualTo(
                    "{\"kairosVersion\":\"0.1.0-SNAPSHOT\",\"strategy\":\"sma-cross\","
                            + "\"params\":{\"fast\":\"10\",\"slow\":\"30\"},\"seed\":42,"
                            + "\"config\":{\"risk.maxOrderNotional\":\"2500\",\"venue.feeBps\":\"10\"},"
                            + "\"data\":[{\"path\":\"data/BTC-USD-4h.csv\",\"instrument\":\"BTC-USD\",\"sha256\":\""
                            + "ab".repeat(32) + "\",\"rows\":20000},{\"path\":\"data/ETH-USD-4h.csv\","
                            + "\"instrument\":\"ETH-USD\",\"sha256\":\"" + "cd".repeat(32) + "\",\"rows\":20000}]}");
            assertThat(reader.entries(EntryKind.ORDER_SUBMITTED).get(0).payload()).isEqualTo(
                    "{\"timestamp\":1000,\"order\":{\"id\":\"O-1\",\"instrument\":\"BTC-USD\",\"strategy\":\"sma-cross\","
                            + "\"side\":\"BUY\",\"quantity\":0.5,\"spec\":{\"type\":\"limit\",\"price\":100.25,"
                            + "\"postOnly\":true},\"timeInForce\":\"GTC\",\"reduceOnly\":false,\"createdAt\":999},"
                            + "\"decisionPrice\":100.0}");
            assertThat(reader.entries(EntryKind.ORDER_MODIFIED).get(0).payload()).isEqualTo(
                    "{\"timestamp\":1001,\"orderId\":\"O-1\",\"spec\":{\"type\":\"stop_market\",\"triggerPrice\":1.0E-7}}");
            assertThat(reader.entries(EntryKind.ORDER_CANCELED).get(0).payload()).isEqualTo(
                    "{\"timestamp\":1002,\"orderId\":\"O-1\",\"reason\":null}");
            String equity = reader.entries(EntryKind.EQUITY_SAMPLE).get(0).payload();
            assertThat(equity).isEqualTo("{\"timestamp\":1003,\"equity\":\"NaN\",\"cash\":\"Infinity\","
                    + "\"grossExposure\":\"-Infinity\",\"unrealizedPnl\":-0.0}");
            JsonNode parsed = new ObjectMapper().readTree(equity);
            assertThat(parsed.get("equity").asText()).isEqualTo("NaN");
        }
        assertThat(JournalVerifier.verify(db).ok()).isTrue();
    }

    @Test
    void nonAsciiTextIsEscapedSoPayloadsArePureAscii() {
        Path db = dir.resolve("run.db");
        writeRun(db);
        try (JournalReader reader = JournalReader.open(db)) {
            String signal = reader.entries(EntryKind.SIGNAL).get(0).payload();
            assertThat(signal).contains("\"volume \\u2265 1.5\\u00d7 average\"");
            assertThat(signal.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
        }
    }

    @Test
    void theHashFollowsTheDocumentedEncoding() throws Exception {
        Path db = dir.resolve("run.db");
        writeRun(db);
        try (Connection c = raw(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM entries WHERE seq IN (1, 3, 4) ORDER BY seq")) {
            while (rs.next()) {
                assertThat(independentHash(rs.getString("prev_hash"), rs.getLong("seq"), rs.getLong("ts"),
                        rs.getString("kind"), rs.getString("order_id"), rs.getString("instrument"),
                        rs.getString("payload"))).isEqualTo(rs.getString("hash"));
            }
        }
        assertThat(id(1).value()).isEqualTo("O-00000001");
    }

    /** The encoding from the package documentation, written without the production code. */
    private static String independentHash(String prev, long seq, long ts, String kind, String orderId,
                                          String instrument, String payload) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        for (Object field : new Object[] {prev, seq, ts, kind, orderId, instrument, payload}) {
            if (field instanceof Long l) {
                b.putLong(l);
            } else if (field == null) {
                b.putInt(-1);
            } else {
                byte[] bytes = ((String) field).getBytes(StandardCharsets.UTF_8);
                b.putInt(bytes.length).put(bytes);
            }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(b.array(), 0, b.position());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long committedRows(Path db) {
        try (JournalReader reader = JournalReader.open(db)) {
            return reader.size();
        }
    }
}
