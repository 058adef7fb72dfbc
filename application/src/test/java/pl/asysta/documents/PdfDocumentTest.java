package pl.asysta.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    private static final Instant MADE = Instant.parse("2026-11-23T09:15:00Z");

    @Test
    void polish_letters_print_and_read_back_as_written() throws IOException {
        byte[] pdf = PdfDocument.titled("Opinia o rodzinie Wiśniewskich")
                .author("Anna Kowalska")
                .created(MADE)
                .heading("Sytuacja rodziny")
                .paragraph("Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ.")
                .field("Sygnatura akt", "III RNs 123/26")
                .render();

        String text = text(pdf);

        assertThat(text).contains("Opinia o rodzinie Wiśniewskich", "Sytuacja rodziny",
                "Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ.", "Sygnatura akt", "III RNs 123/26", "1 / 1");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Anna Kowalska");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(MADE);
        }
    }

    @Test
    void long_text_wraps_and_continues_on_numbered_pages_without_losing_a_word() throws IOException {
        StringBuilder long_ = new StringBuilder();
        for (int i = 1; i <= 900; i++) {
            long_.append("słowo").append(i).append(' ');
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("2026-11-" + (i % 28 + 1), "Osoba " + i, "Powód odczytu numer " + i));
        }

        byte[] pdf = PdfDocument.titled("Długi dokument").created(MADE).footer("Asysta")
                .paragraph(long_.toString())
                .table(List.of("Kiedy", "Kto", "Dlaczego"), new float[] {1, 2, 3}, rows)
                .render();

        String text = text(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(text).contains("Asysta   " + pages + " / " + pages);
        }
        assertThat(text).contains("słowo1 ", "słowo450 ", "słowo900", "Osoba 1", "Osoba 120", "Powód odczytu numer 120");
        assertThat(text.split("Kiedy").length - 1).as("the table header repeats on every page it runs on")
                .isGreaterThan(1);
    }

    @Test
    void a_character_the_font_cannot_print_becomes_a_question_mark_instead_of_failing_the_document() throws IOException {
        byte[] pdf = PdfDocument.titled("Uwagi").created(MADE).paragraph("Rodzina \uD83D\uDE00 przyszła\tna spotkanie").render();

        assertThat(text(pdf)).contains("Rodzina ? przyszła na spotkanie");
    }

    @Test
    void the_same_content_made_at_the_same_time_gives_the_same_bytes_and_hash() {
        byte[] first = PdfDocument.titled("Raport").created(MADE).paragraph("Treść").render();
        byte[] second = PdfDocument.titled("Raport").created(MADE).paragraph("Treść").render();
        byte[] changed = PdfDocument.titled("Raport").created(MADE).paragraph("Treść!").render();

        assertThat(DocumentHash.sha256(second)).isEqualTo(DocumentHash.sha256(first)).hasSize(64);
        assertThat(DocumentHash.sha256(changed)).isNotEqualTo(DocumentHash.sha256(first));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }
}
