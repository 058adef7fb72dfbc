package pl.asysta.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 fingerprint of a document's bytes, written as 64 lower-case hex digits. */
public final class DocumentHash {

    private DocumentHash() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", missing);
        }
    }
}
