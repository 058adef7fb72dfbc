package pl.asysta.cases.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A one-page PDF with a few lines of plain text, written by hand (objects, cross-reference table, trailer): the
 * demo gmina's receipts and the tests' samples. Text is limited to ASCII, which the standard Helvetica font shows
 * without embedding anything.
 */
public final class SimplePdf {

    private SimplePdf() {
    }

    public static byte[] withLines(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 11 Tf 24 170 Td 14 TL");
        for (String line : lines) {
            text.append(" (").append(ascii(line)).append(") '");
        }
        text.append(" ET");
        String content = text.toString();
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 320 200] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int index = 0; index < objects.size(); index++) {
            offsets.add(pdf.size());
            write(pdf, (index + 1) + " 0 obj\n" + objects.get(index) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
        write(pdf, table.toString());
        write(pdf, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static String ascii(String line) {
        StringBuilder plain = new StringBuilder();
        for (char character : line.toCharArray()) {
            if (character == '(' || character == ')' || character == '\\') {
                plain.append('\\').append(character);
            } else if (character >= 32 && character < 127) {
                plain.append(character);
            } else {
                plain.append('?');
            }
        }
        return plain.toString();
    }

    private static void write(ByteArrayOutputStream pdf, String text) {
        pdf.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
