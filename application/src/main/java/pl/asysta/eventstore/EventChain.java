package pl.asysta.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of an event stream (ADR 0014). Each event's hash is the SHA-256 of its predecessor's hash (32
 * zero bytes for the first event of a stream) followed by the event row's stored columns in a fixed order, each
 * as a 4-byte big-endian length and its bytes (length -1 and no bytes for a null); the sequence number is 8
 * bytes big-endian. Texts are UTF-8; the time stamp is the text stored in the row, so that anyone can recompute
 * the chain from the table alone, with {@code psql} and {@code sha256()} ({@code scripts/verify-event-chains.sh}).
 */
public final class EventChain {

    /** The "previous hash" of the first event of every stream. */
    public static final byte[] GENESIS = new byte[32];

    private static final byte[] NULL_LENGTH = ByteBuffer.allocate(4).putInt(-1).array();
    private static final HexFormat HEX = HexFormat.of();

    private EventChain() {
    }

    /** An event row as stored in {@code domain_event_entry}: the columns the hash covers. */
    public record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                              String aggregateType, String timeStamp, String payloadType, String payloadRevision,
                              byte[] payload, byte[] metaData) {
    }

    /** The hash of {@code event} linked to {@code previous}. */
    public static byte[] hash(byte[] previous, StoredEvent event) {
        MessageDigest digest = sha256();
        digest.update(previous);
        text(digest, event.eventIdentifier());
        text(digest, event.aggregateIdentifier());
        digest.update(ByteBuffer.allocate(8).putLong(event.sequenceNumber()).array());
        text(digest, event.aggregateType());
        text(digest, event.timeStamp());
        text(digest, event.payloadType());
        text(digest, event.payloadRevision());
        bytes(digest, event.payload());
        bytes(digest, event.metaData());
        return digest.digest();
    }

    /** A hash as lower-case hexadecimal, the way the verifier, the export and {@code psql} show it. */
    public static String hex(byte[] hash) {
        return hash == null ? null : HEX.formatHex(hash);
    }

    private static void text(MessageDigest digest, String text) {
        bytes(digest, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] bytes) {
        if (bytes == null) {
            digest.update(NULL_LENGTH);
            return;
        }
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missing);
        }
    }
}
