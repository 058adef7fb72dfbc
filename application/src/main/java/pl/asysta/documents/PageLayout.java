package pl.asysta.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The running state of writing a document onto A4 pages: the page, the pen's height on it, and the blocks as they
 * are laid out top to bottom, each starting a new page when it no longer fits. Once every block is written, each
 * page gets its footer and its number of the whole.
 */
final class PageLayout {

    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TEXT_SIZE = 10;
    private static final float SMALL_SIZE = 8;
    private static final float LEADING = 1.35f;
    private static final float LABEL_WIDTH = 150;

    private final PDDocument document;
    private final UnicodeFont font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    PageLayout(PDDocument document, UnicodeFont font) {
        this.document = document;
        this.font = font;
        newPage();
    }

    void title(String text) {
        for (String line : font.wrap(text, TITLE_SIZE, width)) {
            write(line, MARGIN, TITLE_SIZE);
        }
        y -= TITLE_SIZE * 0.6f;
    }

    void heading(String text) {
        y -= HEADING_SIZE * 0.5f;
        room(HEADING_SIZE * LEADING * 2 + TEXT_SIZE * LEADING);
        for (String line : font.wrap(text, HEADING_SIZE, width)) {
            write(line, MARGIN, HEADING_SIZE);
        }
        rule();
    }

    void paragraph(String text) {
        paragraph(text, TEXT_SIZE);
    }

    /** A paragraph in the small size of notes and legal remarks. */
    void note(String text) {
        paragraph(text, SMALL_SIZE);
    }

    private void paragraph(String text, float size) {
        for (String part : text.strip().split("\\R", -1)) {
            List<String> lines = font.wrap(part, size, width);
            for (String line : lines) {
                write(line, MARGIN, size);
            }
        }
        y -= size * 0.5f;
    }

    void field(String label, String value) {
        List<String> labels = font.wrap(label, TEXT_SIZE, LABEL_WIDTH - 8);
        List<String> values = new ArrayList<>();
        for (String part : (value == null || value.isBlank() ? "—" : value).split("\\R")) {
            values.addAll(font.wrap(part, TEXT_SIZE, width - LABEL_WIDTH));
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
            cells.add(font.wrap(text, SMALL_SIZE, columns[i] - 6));
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

    /** Closes the last page and writes the footer and "page / pages" at the foot of every page. */
    void finish(String footer) {
        close();
        int pages = document.getNumberOfPages();
        for (int index = 0; index < pages; index++) {
            PDPage page = document.getPage(index);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = (footer.isBlank() ? "" : footer + "   ") + (index + 1) + " / " + pages;
                foot.beginText();
                foot.setFont(font.font(), SMALL_SIZE);
                foot.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(font.printable(text));
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
            content.setFont(font.font(), size);
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
}
