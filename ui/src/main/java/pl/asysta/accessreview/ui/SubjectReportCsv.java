package pl.asysta.accessreview.ui;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import pl.asysta.accessreview.SubjectAccessReport;
import pl.asysta.accessreview.SubjectAccessReport.Read;
import pl.asysta.time.ClockConfiguration;

/**
 * The subject access report as a CSV table, one read per row (ADR 0017): UTF-8 with a byte order mark, so that
 * Excel reads Polish letters; fields separated by semicolons, the list separator of Polish spreadsheets, so that
 * it opens in columns there; RFC 4180 quoting (a field with a separator, a comma, a quote or a line break is
 * quoted and its quotes doubled) and CRLF line ends. Times are the centre's wall clock, sortable as text.
 */
final class SubjectReportCsv {

    static final char SEPARATOR = ';';
    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ClockConfiguration.CENTRE_ZONE);

    private SubjectReportCsv() {
    }

    static byte[] render(SubjectAccessReport report, Wording wording) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        line(csv, List.of(wording.text("review.report.column.when"), wording.text("review.report.column.person"),
                wording.text("review.report.column.role"), wording.text("review.report.column.institution"),
                wording.text("review.report.column.what"), wording.text("review.report.column.categories"),
                wording.text("review.report.column.purpose"), wording.text("review.report.column.member"),
                wording.text("review.report.column.record")));
        for (Read read : report.reads()) {
            line(csv, List.of(TIME.format(read.at()), read.readerName(), ReviewTexts.roles(wording, read.roles()),
                    read.institutionName(), ReviewTexts.view(wording, read.view()),
                    ReviewTexts.categories(wording, read.categories()),
                    ReviewTexts.purpose(wording, read.purpose(), read.grantBases()), report.member().fullName(),
                    Long.toString(read.recordId())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(SubjectReportCsv::field)
                .collect(Collectors.joining(String.valueOf(SEPARATOR)))).append("\r\n");
    }

    /**
     * One field, quoted when it must be. A text that a spreadsheet would take for a formula ({@code =}, {@code +},
     * {@code -}, {@code @} first) gets an apostrophe before it, so that a purpose typed by someone is shown, never
     * run.
     */
    static String field(String value) {
        String raw = value == null ? "" : value;
        String text = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        boolean quote = text.chars().anyMatch(c -> c == SEPARATOR || c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
