/**
 * The SQLite run journal: an append-only, hash-chained ledger of one run, its verifier and a small reader.
 *
 * <p><b>What it holds.</b> {@link dev.kairos.persistence.journal.SqliteJournal} implements the engine's
 * {@link dev.kairos.engine.journal.RunJournal} port. One database file holds one run: table {@code entries}
 * has the run manifest as its first row (kind {@code run}) and then every event in the order the engine
 * recorded it. Each row carries the hash of the previous row, so editing, deleting, inserting or
 * re-hashing a row is detected by {@link dev.kairos.persistence.journal.JournalVerifier}. Read-friendly
 * SQL views ({@code signals}, {@code orders}, {@code fills}, {@code order_execution}, {@code positions},
 * {@code equity}, {@code funding}, {@code denials}, {@code regimes}, {@code risk_checks} (one row per check
 * verdict on an order), {@code health}; see {@code JournalSchema} for their columns) decode the JSON payloads for reports and ad-hoc SQL;
 * table {@code run_info} holds annotations outside the chain (run id, wall-clock time) that must not
 * change the hash. {@link dev.kairos.persistence.journal.JournalReader} reads counts, the manifest and
 * entries back.
 *
 * <p><b>Hash chain.</b> {@code hash} = lowercase hex SHA-256 over the concatenation of, in this order:
 * {@code prev_hash}, {@code seq}, {@code ts}, {@code kind}, {@code order_id}, {@code instrument},
 * {@code payload}; integers as 8-byte big-endian two's complement, texts as a 4-byte big-endian byte
 * length followed by the UTF-8 bytes, an SQL NULL text as length -1 with no bytes. The first row's
 * {@code prev_hash} is 64 zeros. {@code order_id} and {@code instrument} are hashed because the views
 * join and filter on them.
 *
 * <p><b>Payload.</b> Canonical JSON of the record: fields in record-component order, no whitespace,
 * doubles as {@link java.lang.Double#toString(double)} (shortest round-trip text), non-finite doubles as
 * the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, enums by name, order-spec variants
 * tagged with {@code "type"} ({@code market}, {@code limit}, {@code stop_market}, {@code stop_limit},
 * {@code trailing_stop}),
 * maps with sorted keys, every control and non-ASCII character written as a JSON unicode escape
 * (backslash, {@code u}, four hex digits), so payloads are pure ASCII.
 *
 * <p><b>Units.</b> {@code ts} and every timestamp are epoch milliseconds UTC of the engine clock (the run
 * row has {@code ts = 0}: a manifest has no time); prices in quote currency, quantities in base asset,
 * slippage in basis points, latency in milliseconds, as in {@code dev.kairos.model}.
 *
 * <p><b>Threading.</b> A {@code SqliteJournal} is used by the engine thread only; a
 * {@code JournalReader} by one thread at a time. Any number of readers and verifiers may open the file
 * (read-only) while it is written: SQLite runs in WAL mode and they see the rows committed so far.
 */
package dev.kairos.persistence.journal;
