package pl.asysta.cases.support;

import java.util.Objects;

/** A file as a person uploaded it: the name their device gave it and its bytes, not yet checked. */
public record UploadedFile(String fileName, byte[] content) {

    public UploadedFile {
        Objects.requireNonNull(content, "content");
    }
}
