package pl.asysta.cases.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import pl.asysta.shared.DomainRuleViolation;

/**
 * A receipt scan is a PDF, a PNG or a JPEG, told by its bytes; it is whole and no larger than the limit. Each
 * refusal names the file and says why, in words a supporting family understands.
 */
class ReceiptFilesTest {

    final ReceiptFiles files = new ReceiptFiles(new SupportProperties(DataSize.ofMegabytes(5)));

    @Test
    void a_pdf_a_png_and_a_jpeg_are_accepted_with_the_type_found_in_their_bytes_and_their_checksum() {
        UploadedFile pdf = ReceiptSamples.pdf("bilety.PDF");
        UploadedFile png = ReceiptSamples.png("zdjecie.jpg");
        UploadedFile jpeg = ReceiptSamples.jpeg("skan");

        assertThat(files.check(pdf).contentType()).isEqualTo(ReceiptFiles.PDF);
        assertThat(files.check(png).contentType()).as("named .jpg, a PNG inside").isEqualTo(ReceiptFiles.PNG);
        assertThat(files.check(jpeg).contentType()).isEqualTo(ReceiptFiles.JPEG);
        assertThat(files.check(pdf).sha256()).hasSize(64).isEqualTo(ReceiptFiles.sha256(pdf.content()));
        assertThat(files.check(pdf).size()).isEqualTo(pdf.content().length);
        assertThat(files.check(pdf).fileName()).isEqualTo("bilety.PDF");
    }

    @Test
    void a_file_of_another_kind_is_refused_whatever_its_name() {
        refused(ReceiptSamples.textNamedLikeAPdf(), "supporting.receipt-wrong-type", "paragon.pdf");
        refused(ReceiptSamples.documentNamedLikeAnImage(), "supporting.receipt-wrong-type", "skan.jpg");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_the_limit() {
        assertThatThrownBy(() -> files.check(ReceiptSamples.oversizedPdf(files.maxBytes())))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("supporting.receipt-too-large");
                    assertThat(violation.arguments()).containsExactly("skan.pdf", "5");
                });
    }

    @Test
    void a_damaged_or_cut_off_file_is_refused() {
        refused(ReceiptSamples.truncatedPdf(), "supporting.receipt-damaged", "paragon.pdf");
        refused(ReceiptSamples.pdfWithDamagedBody(), "supporting.receipt-damaged", "paragon.pdf");
        assertThat(ReceiptFiles.trailerHolds(ReceiptSamples.pdfWithDamagedBody().content()))
                .as("the damage is in the body, not the trailer").isTrue();
        refused(ReceiptSamples.damagedPng(), "supporting.receipt-damaged", "paragon.png");
        refused(ReceiptSamples.truncatedJpeg(), "supporting.receipt-damaged", "paragon.jpg");
    }

    @Test
    void an_empty_file_is_refused() {
        refused(new UploadedFile("pusty.pdf", new byte[0]), "supporting.receipt-empty", "pusty.pdf");
    }

    @Test
    void a_path_in_the_uploaded_name_is_dropped() {
        UploadedFile withPath = new UploadedFile("C:\\Users\\Barbara\\Pulpit\\bilet.pdf",
                ReceiptSamples.pdf("x").content());

        assertThat(files.check(withPath).fileName()).isEqualTo("bilet.pdf");
    }

    private void refused(UploadedFile file, String key, String name) {
        assertThatThrownBy(() -> files.check(file)).isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
            assertThat(violation.messageKey()).isEqualTo(key);
            assertThat(violation.arguments()).first().isEqualTo(name);
        });
    }
}
