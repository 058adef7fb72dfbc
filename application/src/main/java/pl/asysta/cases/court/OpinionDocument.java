package pl.asysta.cases.court;

/** A delivered opinion handed to a reader: the file's name, its bytes, and their SHA-256 as recorded. */
public record OpinionDocument(String fileName, byte[] content, String sha256) {

    public static final String CONTENT_TYPE = "application/pdf";
}
