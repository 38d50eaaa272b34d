package dev.kairos.persistence.journal;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the journal as stored.
 *
 * @param seq        position in the chain, from 1 (the manifest)
 * @param ts         event time, epoch ms UTC (0 for the manifest)
 * @param orderId    the order the entry concerns, when it concerns one
 * @param instrument the instrument the entry names, when it names one
 * @param payload    canonical JSON of the record
 * @param prevHash   hash of the previous entry (64 zeros for the first)
 * @param hash       hash of this entry
 */
public record JournalEntry(long seq, long ts, EntryKind kind, Optional<String> orderId, Optional<String> instrument,
                           String payload, String prevHash, String hash) {
    public JournalEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
