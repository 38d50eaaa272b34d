package dev.kairos.persistence.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest as 64 lowercase hex digits, e.g. of a data file for the run manifest.
 *
 * @param hex the digest, lowercase hex
 */
public record Sha256(String hex) {
    private static final int CHUNK = 1 << 16;

    public Sha256 {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256: " + hex);
        }
    }

    /** The digest of {@code bytes}. */
    public static Sha256 of(byte[] bytes) {
        return new Sha256(HexFormat.of().formatHex(digest().digest(bytes)));
    }

    /** The digest of a file's bytes, read in 64 KiB chunks. Throws {@link DataFileException} when it cannot be read. */
    public static Sha256 of(Path file) {
        String name = file.toString();
        DataFileException.requireReadableFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, DataFileException.Problem.MISSING, "file not found", null, e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(name, DataFileException.Problem.NOT_READABLE, "not readable (access denied)", null, e);
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(name, DataFileException.Problem.READ_FAILED, "read failed: " + e.getMessage(), null, e);
        }
    }

    /** The digest of everything left in {@code in}, read in 64 KiB chunks; does not close it. */
    public static Sha256 of(InputStream in) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[CHUNK];
        for (int n; (n = in.read(buf)) >= 0; ) {
            md.update(buf, 0, n);
        }
        return new Sha256(HexFormat.of().formatHex(md.digest()));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
