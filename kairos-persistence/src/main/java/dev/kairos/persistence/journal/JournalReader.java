package dev.kairos.persistence.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.engine.journal.RunManifest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a journal back for reports and tests: entry counts, the manifest, the run-info annotations and
 * entries of one kind. Opens the file read-only; does not verify the chain (use {@link JournalVerifier}).
 *
 * <p>Not thread-safe: one thread at a time. Close it to release the file.
 */
public final class JournalReader implements AutoCloseable {

    private final String name;
    private final Connection connection;
    private final ObjectMapper json = new ObjectMapper();

    private JournalReader(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    /**
     * Opens the journal at {@code db} read-only.
     *
     * @throws JournalException NOT_FOUND / NOT_A_JOURNAL / STORAGE, with a one-line message
     */
    public static JournalReader open(Path db) {
        Objects.requireNonNull(db, "db");
        return new JournalReader(db.toString(), JournalSchema.openReadOnly(db));
    }

    /** Number of entries, the manifest included. */
    public long size() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM entries")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot count entries", e);
        }
    }

    /**
     * Entries per kind, in {@link EntryKind} order; kinds with no entries are absent.
     *
     * @throws JournalException NOT_A_JOURNAL when an entry has a kind this code does not know
     */
    public Map<EntryKind, Long> countByKind() {
        Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, count(*) FROM entries GROUP BY kind")) {
            while (rs.next()) {
                String label = rs.getString(1);
                EntryKind kind = EntryKind.fromLabel(label).orElseThrow(() -> new JournalException(name,
                        JournalException.Problem.NOT_A_JOURNAL, "unknown entry kind '" + label + "'"));
                counts.put(kind, rs.getLong(2));
            }
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot count entries", e);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Number of entries of {@code kind}. */
    public long count(EntryKind kind) {
        Objects.requireNonNull(kind, "kind");
        try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM entries WHERE kind = ?")) {
            st.setString(1, kind.label());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot count entries", e);
        }
    }

    /** Hash of the newest committed entry; 64 zeros when there is none. */
    public String headHash() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT hash FROM entries ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : ChainDigest.GENESIS;
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot read the head", e);
        }
    }

    /**
     * The run's manifest, decoded from the first entry; empty when the journal has no entries yet.
     *
     * @throws JournalException NOT_A_JOURNAL when the first entry is not a readable manifest
     */
    public Optional<RunManifest> manifest() {
        String payload;
        String kind;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, payload FROM entries ORDER BY seq LIMIT 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            kind = rs.getString(1);
            payload = rs.getString(2);
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot read the manifest", e);
        }
        if (!EntryKind.RUN.label().equals(kind)) {
            throw new JournalException(name, JournalException.Problem.NOT_A_JOURNAL,
                    "first entry is '" + kind + "', not the run manifest");
        }
        return Optional.of(decodeManifest(payload));
    }

    /** The {@code run_info} annotations, sorted by key. */
    public SortedMap<String, String> annotations() {
        SortedMap<String, String> info = new TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, value FROM run_info")) {
            while (rs.next()) {
                info.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot read run info", e);
        }
        return Collections.unmodifiableSortedMap(info);
    }

    /** The annotation under {@code key}, if any. */
    public Optional<String> annotation(String key) {
        return Optional.ofNullable(annotations().get(Objects.requireNonNull(key, "key")));
    }

    /** Every entry of {@code kind}, in sequence order. */
    public List<JournalEntry> entries(EntryKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<JournalEntry> entries = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT seq, ts, order_id, instrument, payload, prev_hash, hash FROM entries WHERE kind = ? ORDER BY seq")) {
            st.setString(1, kind.label());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(new JournalEntry(rs.getLong(1), rs.getLong(2), kind,
                            Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot read entries", e);
        }
        return List.copyOf(entries);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw JournalSchema.translate(name, "cannot close the journal", e);
        }
    }

    private RunManifest decodeManifest(String payload) {
        try {
            JsonNode root = json.readTree(payload);
            List<RunManifest.DataFile> data = new ArrayList<>();
            for (JsonNode file : root.path("data")) {
                data.add(new RunManifest.DataFile(text(file, "path"), text(file, "instrument"),
                        text(file, "sha256"), file.path("rows").asLong()));
            }
            return new RunManifest(text(root, "kairosVersion"), text(root, "strategy"), map(root.path("params")),
                    root.path("seed").asLong(), map(root.path("config")), data);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new JournalException(name, JournalException.Problem.NOT_A_JOURNAL,
                    "the run manifest is not readable: " + e.getMessage(), e);
        }
    }

    private static SortedMap<String, String> map(JsonNode object) {
        SortedMap<String, String> map = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
        }
        return map;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
