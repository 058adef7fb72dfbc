package pl.asysta.cases.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import pl.asysta.shared.DomainRuleViolation;

/**
 * Decides whether an uploaded file is a receipt scan the centre can keep: a PDF, a PNG or a JPEG, told by its
 * bytes and never by its name, no larger than the configured limit, and whole: an image must decode and a PDF
 * must have its header, its cross-reference pointer and its end-of-file marker and open with at least one page. Anything else is refused with a
 * translated reason before a byte is stored. The SHA-256 of an accepted file goes into the history with it.
 */
@Component
@EnableConfigurationProperties(SupportProperties.class)
public class ReceiptFiles {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** Larger images are refused unread: a small file that decodes to a huge bitmap is an attack, not a receipt. */
    static final long MAX_PIXELS = 50_000_000L;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    /** How far from the end a PDF's trailer is looked for (writers may add a few bytes after {@code %%EOF}). */
    private static final int PDF_TAIL = 1024;

    private final long maxBytes;

    public ReceiptFiles(SupportProperties properties) {
        this.maxBytes = properties.receiptMaxSize().toBytes();
    }

    /** A checked receipt: its detected content type and checksum. */
    public record Checked(String fileName, String contentType, long size, String sha256, byte[] content) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks the file; refuses it with a {@link DomainRuleViolation} that says why. */
    public Checked check(UploadedFile file) {
        byte[] bytes = file.content();
        if (bytes.length == 0) {
            throw new DomainRuleViolation("supporting.receipt-empty", name(file));
        }
        if (bytes.length > maxBytes) {
            throw new DomainRuleViolation("supporting.receipt-too-large", name(file), megabytes(maxBytes));
        }
        String type = contentType(bytes);
        if (type == null) {
            throw new DomainRuleViolation("supporting.receipt-wrong-type", name(file));
        }
        boolean whole = type.equals(PDF) ? wholePdf(bytes) : decodes(bytes, type);
        if (!whole) {
            throw new DomainRuleViolation("supporting.receipt-damaged", name(file));
        }
        return new Checked(name(file), type, bytes.length, sha256(bytes), bytes);
    }

    /** The type the bytes say they are, or {@code null} for anything but a PDF, a PNG or a JPEG. */
    static String contentType(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return JPEG;
        }
        return null;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missing);
        }
    }

    /**
     * A PDF is whole when its trailer holds ({@link #trailerHolds}) and it opens as a document of at least one
     * page. The trailer is checked first because a PDF reader repairs what it can: it would open a file cut off
     * half-way as the pages that arrived. A file protected by a password the centre does not have is refused too:
     * nobody could read the receipt.
     */
    static boolean wholePdf(byte[] bytes) {
        if (!trailerHolds(bytes)) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * A PDF is read from its end: the last {@code %%EOF}, the {@code startxref} before it, and the offset it gives
     * must point inside the file at a cross-reference table or stream. A file cut off in transfer or a renamed
     * document of another kind fails here.
     */
    static boolean trailerHolds(byte[] bytes) {
        String tail = new String(bytes, Math.max(0, bytes.length - PDF_TAIL), Math.min(PDF_TAIL, bytes.length),
                StandardCharsets.ISO_8859_1);
        int eof = tail.lastIndexOf("%%EOF");
        int startxref = eof < 0 ? -1 : tail.lastIndexOf("startxref", eof);
        if (startxref < 0) {
            return false;
        }
        String pointer = tail.substring(startxref + "startxref".length(), eof).strip();
        long offset;
        try {
            offset = Long.parseLong(pointer);
        } catch (NumberFormatException notANumber) {
            return false;
        }
        if (offset <= 0 || offset >= bytes.length) {
            return false;
        }
        String target = new String(bytes, (int) offset, (int) Math.min(64, bytes.length - offset),
                StandardCharsets.ISO_8859_1);
        return target.startsWith("xref") || target.matches("(?s)^\\d+\\s+\\d+\\s+obj.*");
    }

    /** The image decodes completely, within a sane size; a JPEG also ends with its end-of-image marker. */
    static boolean decodes(byte[] bytes, String type) {
        if (type.equals(JPEG) && !endsWithJpegEnd(bytes)) {
            return false;
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (input == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean endsWithJpegEnd(byte[] bytes) {
        int end = bytes.length;
        while (end > 2 && bytes[end - 1] == 0) {
            end--;
        }
        return end >= 2 && bytes[end - 2] == (byte) 0xff && bytes[end - 1] == (byte) 0xd9;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int index = 0; index < magic.length; index++) {
            if (bytes[index] != magic[index]) {
                return false;
            }
        }
        return true;
    }

    private static String name(UploadedFile file) {
        String name = file.fileName() == null || file.fileName().isBlank() ? "?" : file.fileName().strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = slash >= 0 ? name.substring(slash + 1) : name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d", Math.max(1, bytes / (1024 * 1024)));
    }
}
