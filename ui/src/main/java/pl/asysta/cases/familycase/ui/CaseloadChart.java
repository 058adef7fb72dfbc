package pl.asysta.cases.familycase.ui;

import java.util.List;
import java.util.Locale;

import pl.asysta.cases.familycase.CaseloadRow;

/**
 * The assistants' caseloads against the statutory cap (uwr art. 15 ust. 4) as an SVG bar chart, drawn on the
 * server so no chart library has to reach the browser. The chart names itself ({@code role="img"}, a title and
 * a description listing every figure) so a screen reader gets the numbers too; the page also shows them as a
 * table.
 */
public final class CaseloadChart {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 190;
    private static final int VALUE_WIDTH = 80;
    /** Values stand in their own column right of the plot, so no label ever crosses the cap line. */
    private static final int VALUE_GAP = 10;
    private static final int BAR_HEIGHT = 26;
    private static final int GAP = 14;
    private static final int TOP = 34;
    /** Blue and red with a contrast above 4.5:1 against white; the text says "full" too, colour is not alone. */
    private static final String BAR = "#1a5fb4";
    private static final String FULL = "#b3261e";
    private static final String TEXT = "#1f2328";

    private CaseloadChart() {
    }

    /**
     * @param title       the chart's accessible name
     * @param description every assistant's figure in words, for screen readers
     * @param capLabel    the label on the cap line, e.g. "limit 15"
     */
    public static String svg(List<CaseloadRow> rows, String title, String description, String capLabel) {
        int cap = rows.stream().mapToInt(CaseloadRow::cap).max().orElse(15);
        int scale = Math.max(cap, rows.stream().mapToInt(CaseloadRow::activeFamilies).max().orElse(0));
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = TOP + rows.size() * (BAR_HEIGHT + GAP) + GAP;
        double capX = LABEL_WIDTH + (double) plot * cap / scale;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"caseload-chart\" role=\"img\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" ")
                .append("aria-labelledby=\"caseload-chart-title caseload-chart-desc\" ")
                .append("aria-label=\"").append(escape(title)).append("\" ")
                .append("font-family=\"system-ui, sans-serif\" font-size=\"14\">")
                .append("<title id=\"caseload-chart-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"caseload-chart-desc\">").append(escape(description)).append("</desc>");
        for (int i = 0; i < rows.size(); i++) {
            CaseloadRow row = rows.get(i);
            int y = TOP + i * (BAR_HEIGHT + GAP);
            double barWidth = (double) plot * row.activeFamilies() / scale;
            svg.append("<text x=\"0\" y=\"").append(y + BAR_HEIGHT - 8).append("\" fill=\"").append(TEXT).append("\">")
                    .append(escape(row.assistantName())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(format(barWidth)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"3\" fill=\"").append(row.atCap() ? FULL : BAR).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + plot + VALUE_GAP).append("\" y=\"")
                    .append(y + BAR_HEIGHT - 8).append("\" fill=\"").append(TEXT).append("\">")
                    .append(row.activeFamilies()).append(" / ").append(row.cap()).append("</text>");
        }
        svg.append("<line x1=\"").append(format(capX)).append("\" x2=\"").append(format(capX))
                .append("\" y1=\"").append(TOP - 6).append("\" y2=\"").append(height - GAP / 2)
                .append("\" stroke=\"").append(TEXT).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                .append("<text x=\"").append(format(capX)).append("\" y=\"").append(TOP - 12)
                .append("\" text-anchor=\"middle\" fill=\"").append(TEXT).append("\">").append(escape(capLabel))
                .append("</text></svg>");
        return svg.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
