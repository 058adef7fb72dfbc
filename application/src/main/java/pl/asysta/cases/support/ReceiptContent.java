package pl.asysta.cases.support;

/** A receipt scan to show or download: its name, its content type, its bytes and their SHA-256. */
public record ReceiptContent(String fileName, String contentType, byte[] content, String sha256) {
}
