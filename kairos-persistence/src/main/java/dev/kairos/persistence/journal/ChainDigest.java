package dev.kairos.persistence.journal;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes the hash of one journal row from its fields, reusing one {@link MessageDigest} and one byte
 * buffer (no allocation per row except the returned hex text). The encoding is described in the
 * package documentation; the writer and the verifier share this class so they cannot drift apart.
 *
 * <p>Not thread-safe: one instance per writer or verifier.
 */
final class ChainDigest {

    /** The {@code prev_hash} of the first row. */
    static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;
    private final byte[] digest = new byte[32];
    private byte[] buffer = new byte[1024];
    private int length;

    ChainDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** Lowercase hex SHA-256 of the row; {@code orderId} and {@code instrument} may be null (SQL NULL). */
    String hash(String prevHash, long seq, long ts, String kind, String orderId, String instrument,
                String payload) {
        length = 0;
        putText(prevHash);
        putLong(seq);
        putLong(ts);
        putText(kind);
        putText(orderId);
        putText(instrument);
        putText(payload);
        sha256.update(buffer, 0, length);
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 digest failed", e);
        }
        return HEX.formatHex(digest);
    }

    private void putLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (v >>> shift);
        }
    }

    private void putInt(int v, int at) {
        buffer[at] = (byte) (v >>> 24);
        buffer[at + 1] = (byte) (v >>> 16);
        buffer[at + 2] = (byte) (v >>> 8);
        buffer[at + 3] = (byte) v;
    }

    /** 4-byte byte length then UTF-8 bytes (an unpaired surrogate becomes '?', as String.getBytes does). */
    private void putText(String s) {
        if (s == null) {
            ensure(4);
            putInt(-1, length);
            length += 4;
            return;
        }
        int n = s.length();
        ensure(4 + 3 * n);
        int lengthAt = length;
        length += 4;
        int start = length;
        byte[] b = buffer;
        int p = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xc0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xf0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                b[p++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                b[p++] = (byte) '?';
            } else {
                b[p++] = (byte) (0xe0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        length = p;
        putInt(length - start, lengthAt);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            byte[] grown = new byte[Math.max(buffer.length * 2, length + more)];
            System.arraycopy(buffer, 0, grown, 0, length);
            buffer = grown;
        }
    }
}
