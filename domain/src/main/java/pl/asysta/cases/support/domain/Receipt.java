package pl.asysta.cases.support.domain;

import java.util.Objects;

/**
 * A scan of a receipt attached to a claim, as the history names it: the stored file's id, its name as uploaded,
 * the content type found in its bytes, its size and the SHA-256 of its bytes (hex). The bytes themselves are kept
 * beside the history, never in it.
 */
public record Receipt(String receiptId, String fileName, String contentType, long size, String sha256) {

    public Receipt {
        Objects.requireNonNull(receiptId, "receipt id");
        Objects.requireNonNull(contentType, "content type");
        Objects.requireNonNull(sha256, "checksum");
    }
}
