package pl.asysta.accessreview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import pl.asysta.accessreview.MemberOption;
import pl.asysta.accessreview.SubjectAccessReport;
import pl.asysta.accessreview.SubjectAccessReport.Read;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * The subject access report as the family member and a spreadsheet read it: the PDF's text, extracted again, says
 * who read the data, when, in which role and institution, which categories and why, in plain Polish with its
 * letters intact; the CSV parses back into the same fields, whatever commas, quotes and line breaks they hold.
 */
class SubjectReportDocumentsTest {

    private static final String TRICKY_PURPOSE = "Frekwencja, oceny i \"zachowanie\"\nw klasie 3b";

    private final Translations translations = new Translations();
    private final Wording polish = Wording.of(translations, Translations.POLISH);
    private final Wording english = Wording.of(translations, Translations.ENGLISH);

    private final SubjectAccessReport report = new SubjectAccessReport(new CaseId("c-1"), "Kamińscy",
            new MemberOption("m-2", "Zuzanna", "Kamińska", Kinship.CHILD, LocalDate.of(2016, 5, 4)),
            Instant.parse("2026-05-04T06:00:00Z"), Instant.parse("2026-11-23T09:15:00Z"), "Robert Szymański",
            List.of(Role.AUDITOR), "Ośrodek Pomocy Społecznej w Przykładowie", 9012, List.of(
            new Read(9001, Instant.parse("2026-10-05T07:30:00Z"), "Anna Kowalska", List.of(Role.FAMILY_ASSISTANT),
                    "Ośrodek Pomocy Społecznej w Przykładowie", AccessView.CASE_FILE, Set.of(DataCategory.values()),
                    "CASE_WORK", Set.of()),
            new Read(9005, Instant.parse("2026-10-12T19:45:00Z"), "Magdalena Kamińska",
                    List.of(Role.INSTITUTION_STAFF), "Szkoła Podstawowa nr 1 w Przykładowie", AccessView.CASE_FILE,
                    Set.of(DataCategory.BASIC, DataCategory.EDUCATION), TRICKY_PURPOSE,
                    Set.of(GrantBasis.FAMILY_CONSENT)),
            new Read(9007, Instant.parse("2026-10-13T06:00:00Z"), "Anna Kowalska", List.of(Role.FAMILY_ASSISTANT),
                    "Ośrodek Pomocy Społecznej w Przykładowie", AccessView.CASE_LIST, Set.of(DataCategory.BASIC),
                    "CASE_WORK", Set.of()),
            new Read(9012, Instant.parse("2026-11-23T09:15:00Z"), "Robert Szymański", List.of(Role.AUDITOR),
                    "Ośrodek Pomocy Społecznej w Przykładowie", AccessView.EXPORT, Set.of(DataCategory.BASIC),
                    "AUDIT; RODO art. 15: Zuzanna Kamińska", Set.of())));

    // ---------------------------------------------------------------- PDF

    @Test
    void the_pdf_names_the_member_the_period_who_made_it_and_when_in_polish() throws IOException {
        String text = oneLine(pdfText(SubjectReportPdf.render(report, polish)));

        assertThat(text).contains("Informacja o dostępie do danych: Zuzanna Kamińska",
                "Osoba Zuzanna Kamińska, ur. 04.05.2016", "Rodzina Kamińscy",
                "Okres od 04.05.2026 08:00 do 23.11.2026 10:15",
                "Robert Szymański, Audytor (inspektor ochrony danych), Ośrodek Pomocy Społecznej w Przykładowie",
                "Data przygotowania 23.11.2026 10:15", "Liczba odczytów 4 (osoby czytające: 3)",
                "art. 15 RODO", "Prezesa Urzędu Ochrony Danych Osobowych", "numerem 9012");
        try (PDDocument document = Loader.loadPDF(SubjectReportPdf.render(report, polish))) {
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Robert Szymański");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(report.generatedAt());
        }
    }

    @Test
    void the_pdf_lists_every_read_oldest_first_with_who_when_role_institution_categories_and_why()
            throws IOException {
        String text = oneLine(pdfText(SubjectReportPdf.render(report, polish)));
        String reads = text.substring(text.indexOf("Wszystkie odczyty, od najstarszego"),
                text.indexOf("Jak czytać tę informację"));

        assertThat(reads).containsSubsequence("05.10.2026", "12.10.2026", "13.10.2026", "23.11.2026");
        assertThat(reads).contains("09:30", "21:45", "Anna", "Kowalska", "Asystent", "Magdalena", "Kamińska",
                "Pracownik", "placówki", "Robert", "Szymański", "Audytor");
        assertWords(reads, "Ośrodek Pomocy Społecznej w Przykładowie", "Szkoła Podstawowa nr 1 w Przykładowie",
                "otwarcie akt rodziny", "nazwisko rodziny na liście spraw", "dokument z danymi rodziny",
                "Dane podstawowe", "Edukacja", "wszystkie kategorie informacji",
                "praca z rodziną (ustawa o wspieraniu rodziny i systemie pieczy zastępczej)",
                "Frekwencja, oceny i \"zachowanie\" w klasie 3b", "podstawa: zgoda rodziny",
                "kontrola ochrony danych; RODO art. 15: Zuzanna Kamińska");
        assertThat(text).doesNotContain("CASE_WORK", "CASE_FILE", "FAMILY_CONSENT", "INSTITUTION_STAFF", "!review");
    }

    @Test
    void the_summary_names_every_reader_once_with_how_often_and_when_first_and_last() throws IOException {
        String text = oneLine(pdfText(SubjectReportPdf.render(report, polish)));
        String summary = text.substring(text.indexOf("Kto czytał dane"), text.indexOf("Wszystkie odczyty"));

        assertThat(summary.split("Kowalska", -1)).as("Anna Kowalska once").hasSize(2);
        assertThat(summary.split("Magdalena", -1)).hasSize(2);
        assertThat(summary).containsSubsequence("Anna", "2", "05.10.2026 09:30", "13.10.2026 08:00",
                "Magdalena", "1", "12.10.2026 21:45", "Robert", "1", "23.11.2026 10:15");
    }

    @Test
    void the_pdf_is_complete_in_english_when_english_is_chosen() throws IOException {
        String text = oneLine(pdfText(SubjectReportPdf.render(report, english)));

        assertThat(text).contains("Who has accessed the data of Zuzanna Kamińska", "Period covered",
                "Prepared by Robert Szymański, Auditor (data protection officer)", "Your rights", "GDPR art. 15");
        assertWords(text, "opened the family's file", "work with the family", "basis: the family's consent",
                "Family assistant");
        assertThat(text).doesNotContain("!review", "otwarcie akt");
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void the_csv_is_utf8_with_a_byte_order_mark_semicolons_and_crlf() {
        byte[] csv = SubjectReportCsv.render(report, polish);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFKiedy;Kto;Rola;Instytucja;Co się stało;Kategorie informacji;")
                .endsWith("\r\n");
    }

    @Test
    void every_read_is_one_row_that_parses_back_into_the_same_fields() {
        List<List<String>> rows = parse(new String(SubjectReportCsv.render(report, polish), StandardCharsets.UTF_8)
                .substring(1));

        assertThat(rows).hasSize(1 + report.reads().size());
        assertThat(rows.getFirst()).containsExactly("Kiedy", "Kto", "Rola", "Instytucja", "Co się stało",
                "Kategorie informacji", "W jakim celu", "Osoba, której dotyczy informacja", "Nr zapisu");
        assertThat(rows.get(1)).containsExactly("2026-10-05 09:30:00", "Anna Kowalska", "Asystent rodziny",
                "Ośrodek Pomocy Społecznej w Przykładowie", "otwarcie akt rodziny",
                "Dane podstawowe, Plan pracy, Wizyty i konsultacje, Ocena sytuacji rodziny, Zdrowie, Edukacja, "
                        + "Przemoc domowa, Sąd, Wsparcie, Zgody, Finanse",
                "praca z rodziną (ustawa o wspieraniu rodziny i systemie pieczy zastępczej)", "Zuzanna Kamińska",
                "9001");
        assertThat(rows.get(2).get(6)).isEqualTo(TRICKY_PURPOSE + " (podstawa: zgoda rodziny)");
        assertThat(rows.get(2).get(5)).isEqualTo("Dane podstawowe, Edukacja");
        assertThat(rows.getLast().get(8)).isEqualTo("9012");
    }

    @Test
    void a_field_with_a_separator_comma_quote_or_line_break_is_quoted_and_its_quotes_doubled() {
        assertThat(SubjectReportCsv.field("zwykły tekst")).isEqualTo("zwykły tekst");
        assertThat(SubjectReportCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(SubjectReportCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(SubjectReportCsv.field("„Zdrowie” i \"nauka\"")).isEqualTo("\"„Zdrowie” i \"\"nauka\"\"\"");
        assertThat(SubjectReportCsv.field("dwa\r\nwiersze")).isEqualTo("\"dwa\r\nwiersze\"");
    }

    @Test
    void a_text_a_spreadsheet_would_run_as_a_formula_is_shown_as_text() {
        assertThat(SubjectReportCsv.field("=HYPERLINK(\"http://example.org\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://example.org\"\")\"");
        assertThat(SubjectReportCsv.field("+48 600 100 200")).isEqualTo("'+48 600 100 200");
        assertThat(SubjectReportCsv.field("-")).isEqualTo("'-");
    }

    @Test
    void the_file_name_is_plain_letters_with_the_member_and_the_day() {
        assertThat(SubjectReportPanel.fileName(report, polish, "pdf"))
                .isEqualTo("dostep-do-danych-zuzanna-kaminska-2026-11-23.pdf");
        assertThat(SubjectReportPanel.fileName(report, english, "csv"))
                .isEqualTo("data-access-zuzanna-kaminska-2026-11-23.csv");
    }

    // ---------------------------------------------------------------- reading back

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }

    /**
     * Every word of each phrase is in the text. Table cells wrap, and the text of a page is read line by line
     * across the columns, so the words of a long cell are interleaved with its neighbours'.
     */
    private static void assertWords(String text, String... phrases) {
        for (String phrase : phrases) {
            assertThat(text).as(phrase).contains(phrase.split("\\s+"));
        }
    }

    /** The text read as one line: the checks do not depend on where lines wrap. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** RFC 4180 with semicolons: quoted fields may hold separators, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with a line break").isEmpty();
        return rows;
    }
}
