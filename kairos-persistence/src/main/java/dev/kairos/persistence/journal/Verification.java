package dev.kairos.persistence.journal;

import java.util.Locale;

/**
 * The outcome of verifying a journal's hash chain: intact, or broken at a first bad entry. Checking stops
 * at the first break; everything before it is trustworthy.
 */
public sealed interface Verification {

    /** True when the whole chain is intact (and ends at the expected head, when one was given). */
    boolean ok();

    /** Entries whose link and hash were checked and found good. */
    long rowsChecked();

    /**
     * Hash of the newest good entry: the whole chain's head when intact, else the last entry before the
     * break (64 zeros when no entry is good).
     */
    String headHash();

    /** One line for people, e.g. {@code intact: 20001 entries, head 3fa2…}. */
    String summary();

    /** Every entry links to its predecessor and its hash recomputes. */
    record Intact(long rowsChecked, String headHash) implements Verification {
        @Override
        public boolean ok() {
            return true;
        }

        @Override
        public String summary() {
            return "intact: " + rowsChecked + " entries, head " + headHash;
        }
    }

    /**
     * The chain is broken.
     *
     * @param seq    the first entry (sequence number) that is wrong or missing
     * @param reason what is wrong with it
     * @param detail one line with the values involved
     */
    record Broken(long rowsChecked, String headHash, long seq, Reason reason, String detail)
            implements Verification {
        @Override
        public boolean ok() {
            return false;
        }

        @Override
        public String summary() {
            return "broken at seq " + seq + " (" + reason.name().toLowerCase(Locale.ROOT) + "): " + detail
                    + "; " + rowsChecked + " entries before it are intact";
        }
    }

    /** Why a chain is broken. */
    enum Reason {
        /** An entry is missing: the sequence jumps over {@code seq} (a row was deleted). */
        MISSING_SEQ,
        /** An entry has a sequence number at or below its predecessor's, or the chain does not start at 1. */
        UNEXPECTED_SEQ,
        /** The entry's {@code prev_hash} is not its predecessor's hash (a row was inserted or re-hashed). */
        PREV_HASH_MISMATCH,
        /** The entry's stored hash is not the hash of its content (the row was edited). */
        HASH_MISMATCH,
        /** The chain is intact but ends before or off the expected head (rows were cut off or rewritten). */
        HEAD_MISMATCH,
        /** The chain is intact and contains the expected head, but entries follow it (rows were appended). */
        ROWS_AFTER_HEAD
    }
}
