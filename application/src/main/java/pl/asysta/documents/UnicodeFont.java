package pl.asysta.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded font as the writer measures it: which characters it has a glyph for, how wide a text is, and
 * where a text has to break to fit a width. A character without a glyph (an emoji in a note) prints as "?"
 * instead of failing the whole document; tabs and control characters print as spaces.
 */
final class UnicodeFont {

    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    UnicodeFont(PDType0Font font) {
        this.font = font;
    }

    PDType0Font font() {
        return font;
    }

    /** Breaks text into lines that fit the width, at spaces where it can and inside long words where not. */
    List<String> wrap(String raw, float size, float available) {
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
    String printable(String raw) {
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
