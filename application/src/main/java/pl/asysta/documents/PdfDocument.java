package pl.asysta.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document: a title, headings, paragraphs, label-value fields and simple tables, laid out top to
 * bottom with line wrapping and page breaks, every page numbered. Text is written in Liberation Sans (shipped
 * with PDFBox, SIL Open Font License), embedded as a subset with its Unicode map, so Polish letters print and
 * can be extracted again. A character the font has no glyph for prints as "?" instead of failing the document.
 *
 * <p>Rendering is deterministic for the same content and creation time, so a document's hash depends on what
 * it says and when it was made, not on when the bytes were produced.
 */
public final class PdfDocument {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TEXT_SIZE = 10;
    private static final float SMALL_SIZE = 8;
    private static final float LEADING = 1.35f;
    private static final float LABEL_WIDTH = 150;

    private final String title;
    private final List<Consumer<Layout>> blocks = new ArrayList<>();
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
        blocks.add(layout -> layout.paragraph(text, TEXT_SIZE));
        return this;
    }

    /** A smaller paragraph, for notes and legal remarks. */
    public PdfDocument note(String text) {
        blocks.add(layout -> layout.paragraph(text, SMALL_SIZE));
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
            Layout layout = new Layout(document, unicode);
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

    /** The running state of writing: the page, the pen's height, and the font's known glyphs. */
    private static final class Layout {

        private final PDDocument document;
        private final PDType0Font font;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
            newPage();
        }

        void title(String text) {
            for (String line : wrap(text, TITLE_SIZE, width)) {
                write(line, MARGIN, TITLE_SIZE);
            }
            y -= TITLE_SIZE * 0.6f;
        }

        void heading(String text) {
            y -= HEADING_SIZE * 0.5f;
            room(HEADING_SIZE * LEADING * 2 + TEXT_SIZE * LEADING);
            for (String line : wrap(text, HEADING_SIZE, width)) {
                write(line, MARGIN, HEADING_SIZE);
            }
            rule();
        }

        void paragraph(String text, float size) {
            for (String part : text.strip().split("\\R", -1)) {
                List<String> lines = wrap(part, size, width);
                for (String line : lines) {
                    write(line, MARGIN, size);
                }
            }
            y -= size * 0.5f;
        }

        void field(String label, String value) {
            List<String> labels = wrap(label, TEXT_SIZE, LABEL_WIDTH - 8);
            List<String> values = new ArrayList<>();
            for (String part : (value == null || value.isBlank() ? "—" : value).split("\\R")) {
                values.addAll(wrap(part, TEXT_SIZE, width - LABEL_WIDTH));
            }
            int rows = Math.max(labels.size(), values.size());
            room(TEXT_SIZE * LEADING * Math.min(rows, 3));
            for (int row = 0; row < rows; row++) {
                room(TEXT_SIZE * LEADING);
                y -= TEXT_SIZE * LEADING;
                if (row < labels.size()) {
                    show(labels.get(row), MARGIN, y, TEXT_SIZE, 0.35f);
                }
                if (row < values.size()) {
                    show(values.get(row), MARGIN + LABEL_WIDTH, y, TEXT_SIZE, 0f);
                }
            }
            y -= TEXT_SIZE * 0.3f;
        }

        void table(List<String> header, float[] widths, List<List<String>> rows) {
            float total = 0;
            for (float part : widths) {
                total += part;
            }
            float[] columns = new float[widths.length];
            for (int i = 0; i < widths.length; i++) {
                columns[i] = width * widths[i] / total;
            }
            room(SMALL_SIZE * LEADING * 4);
            tableRow(header, columns, true);
            for (List<String> row : rows) {
                List<List<String>> cells = cells(row, columns);
                int height = cells.stream().mapToInt(List::size).max().orElse(1);
                if (y - height * SMALL_SIZE * LEADING < MARGIN + SMALL_SIZE * 3) {
                    newPage();
                    tableRow(header, columns, true);
                }
                printRow(cells, columns, false);
            }
            y -= TEXT_SIZE * 0.5f;
        }

        private void tableRow(List<String> row, float[] columns, boolean header) {
            printRow(cells(row, columns), columns, header);
        }

        private List<List<String>> cells(List<String> row, float[] columns) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                String text = i < row.size() && row.get(i) != null ? row.get(i) : "";
                cells.add(wrap(text, SMALL_SIZE, columns[i] - 6));
            }
            return cells;
        }

        private void printRow(List<List<String>> cells, float[] columns, boolean header) {
            int height = cells.stream().mapToInt(List::size).max().orElse(1);
            for (int line = 0; line < height; line++) {
                y -= SMALL_SIZE * LEADING;
                float x = MARGIN;
                for (int column = 0; column < columns.length; column++) {
                    List<String> cell = cells.get(column);
                    if (line < cell.size()) {
                        show(cell.get(line), x, y, SMALL_SIZE, header ? 0.3f : 0f);
                    }
                    x += columns[column];
                }
            }
            y -= SMALL_SIZE * 0.4f;
            line(MARGIN, y, MARGIN + width, y, header ? 0.8f : 0.3f);
        }

        void finish(String footer) {
            close();
            int pages = document.getNumberOfPages();
            for (int index = 0; index < pages; index++) {
                PDPage page = document.getPage(index);
                try (PDPageContentStream foot = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = (footer.isBlank() ? "" : footer + "   ") + (index + 1) + " / " + pages;
                    foot.beginText();
                    foot.setFont(font, SMALL_SIZE);
                    foot.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    foot.newLineAtOffset(MARGIN, MARGIN / 2);
                    foot.showText(printable(text));
                    foot.endText();
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            }
        }

        private void write(String line, float x, float size) {
            room(size * LEADING);
            y -= size * LEADING;
            show(line, x, y, size, 0f);
        }

        private void rule() {
            y -= 3;
            line(MARGIN, y, MARGIN + width, y, 0.5f);
            y -= 2;
        }

        private void room(float needed) {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        private void newPage() {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try {
                content = new PDPageContentStream(document, page);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private void close() {
            if (content != null) {
                try {
                    content.close();
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                content = null;
            }
        }

        private void show(String text, float x, float baseline, float size, float grey) {
            try {
                content.beginText();
                content.setFont(font, size);
                content.setNonStrokingColor(grey, grey, grey);
                content.newLineAtOffset(x, baseline);
                content.showText(text);
                content.endText();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        private void line(float x1, float y1, float x2, float y2, float thickness) {
            try {
                content.setLineWidth(thickness);
                content.setStrokingColor(0.55f, 0.55f, 0.55f);
                content.moveTo(x1, y1);
                content.lineTo(x2, y2);
                content.stroke();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        /** Breaks text into lines that fit the width, at spaces where it can and inside long words where not. */
        private List<String> wrap(String raw, float size, float available) {
            String text = printable(raw);
            List<String> lines = new ArrayList<>();
            if (text.isEmpty()) {
                lines.add("");
                return lines;
            }
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= available) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > available) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size) > available) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        /** The text with tabs and control characters as spaces and glyphs the font lacks as "?". */
        private String printable(String raw) {
            if (raw == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(raw.length());
            raw.codePoints().forEach(codePoint -> {
                if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                    out.append(' ');
                } else if (printable.computeIfAbsent(codePoint, this::hasGlyph)) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException notInFont) {
                return false;
            }
        }
    }
}
