package pl.asysta.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document: a title, headings, paragraphs, label-value fields and simple tables, laid out top to
 * bottom with line wrapping and page breaks, every page numbered. Text is written in Liberation Sans (shipped
 * with PDFBox, SIL Open Font License), embedded as a subset with its Unicode map, so Polish letters print and
 * can be extracted again. A character the font has no glyph for prints as "?" instead of failing the document.
 * The blocks are collected here and laid out on pages ({@link PageLayout}) when the document is rendered.
 *
 * <p>Rendering is deterministic for the same content and creation time, so a document's hash depends on what
 * it says and when it was made, not on when the bytes were produced.
 */
public final class PdfDocument {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final String title;
    private final List<Consumer<PageLayout>> blocks = new ArrayList<>();
    private String author = "";
    private String footer = "";
    private Instant created = Instant.EPOCH;

    private PdfDocument(String title) {
        this.title = title;
    }

    public static PdfDocument titled(String title) {
        return new PdfDocument(title);
    }

    /** Who the document names as its author in its properties. */
    public PdfDocument author(String author) {
        this.author = author;
        return this;
    }

    /** When the document was made: its creation date, the same every time it is rendered. */
    public PdfDocument created(Instant created) {
        this.created = created;
        return this;
    }

    /** A line printed at the foot of every page, before the page number. */
    public PdfDocument footer(String footer) {
        this.footer = footer;
        return this;
    }

    public PdfDocument heading(String text) {
        blocks.add(layout -> layout.heading(text));
        return this;
    }

    /** Text that wraps at the margins; line breaks in it start new lines, blank lines new paragraphs. */
    public PdfDocument paragraph(String text) {
        blocks.add(layout -> layout.paragraph(text));
        return this;
    }

    /** A smaller paragraph, for notes and legal remarks. */
    public PdfDocument note(String text) {
        blocks.add(layout -> layout.note(text));
        return this;
    }

    /** A label and its value side by side; a long value wraps in its own column. */
    public PdfDocument field(String label, String value) {
        blocks.add(layout -> layout.field(label, value));
        return this;
    }

    /**
     * A table with a header row; columns share the width in the given proportions and cells wrap. The header
     * is repeated on every page the table continues on.
     */
    public PdfDocument table(List<String> headers, float[] widths, List<List<String>> rows) {
        if (headers.size() != widths.length) {
            throw new IllegalArgumentException("One width per column");
        }
        List<String> header = List.copyOf(headers);
        List<List<String>> body = rows.stream().map(List::copyOf).toList();
        blocks.add(layout -> layout.table(header, widths.clone(), body));
        return this;
    }

    public byte[] render() {
        try (PDDocument document = new PDDocument(); InputStream font = PdfDocument.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("PDFBox ships without " + FONT);
            }
            PDType0Font unicode = PDType0Font.load(document, font);
            describe(document);
            PageLayout layout = new PageLayout(document, new UnicodeFont(unicode));
            layout.title(title);
            blocks.forEach(block -> block.accept(layout));
            layout.finish(footer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException("The PDF could not be written", failed);
        }
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer("Asysta");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(when);
        info.setModificationDate(when);
        document.getDocumentCatalog().setLanguage("pl-PL");
        // A fixed document id keeps the bytes, and so the hash, the same for the same content and time.
        document.setDocumentId(created.toEpochMilli());
    }
}
