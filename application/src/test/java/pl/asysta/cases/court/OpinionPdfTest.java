package pl.asysta.cases.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.court.domain.CasePosition;
import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.DeliverableOpinion;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.documents.DocumentHash;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The delivered opinion as the court reads it: Polish letters as written, the reference, who wrote and approved
 * it, when it was delivered, and the position of the case file it rests on; the same opinion delivered at the
 * same moment is the same document, byte for byte.
 */
class OpinionPdfTest {

    static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");
    static final Author AUTHOR = Author.of(new Actor(new UserId("asystent"), "Anna Kowalska",
            Set.of(Role.FAMILY_ASSISTANT), CENTRE), Role.FAMILY_ASSISTANT);
    static final Author APPROVER = Author.of(new Actor(new UserId("kierownik"), "Tomasz Lewandowski",
            Set.of(Role.CENTRE_HEAD), CENTRE), Role.CENTRE_HEAD);
    static final Instant DELIVERED = Instant.parse("2026-03-16T11:05:30Z");
    static final DeliverableOpinion OPINION = new DeliverableOpinion(new OpinionRequestId("r-1"), new CaseId("c-1"),
            "Wiśniewski", new InstitutionId("sad-rejonowy"), CourtReference.parse("III Nsm 45/26"),
            "Czy matka zapewnia dzieciom właściwą opiekę? Jak układa się współpraca z asystentem?",
            LocalDate.of(2026, 4, 10), LocalDate.of(2026, 3, 2),
            new OpinionText("Rodzina zajmuje dwupokojowe mieszkanie; źródłem utrzymania jest zasiłek.",
                    "Matka dotrzymuje ustaleń, uczestniczy w spotkaniach.",
                    "Zrealizowano dwa z trzech działań planu: zapis syna do poradni, spłata zaległości.",
                    "Sytuacja opiekuńczo-wychowawcza uległa poprawie; dzieci uczęszczają do szkoły.",
                    "Wnoszę o kontynuowanie pracy asystenta przez kolejne sześć miesięcy. Zażółć gęślą jaźń."),
            AUTHOR, APPROVER, DELIVERED, new CasePosition(48213, Instant.parse("2026-03-16T10:59:07Z")));

    @Test
    void the_court_reads_the_opinion_in_polish_with_reference_author_approver_delivery_and_provenance()
            throws IOException {
        String text = text(OpinionPdf.render(OPINION, "Sąd Rejonowy w Przykładowie", "OPS w Przykładowie"));

        assertThat(text).contains("Opinia o rodzinie Wiśniewski", "Sąd Rejonowy w Przykładowie", "III Nsm 45/26",
                "Czy matka zapewnia dzieciom właściwą opiekę?",
                "1. Sytuacja rodziny", "dwupokojowe mieszkanie; źródłem utrzymania jest zasiłek",
                "2. Współpraca rodziny z asystentem", "3. Realizacja planu pracy z rodziną",
                "4. Ocena sytuacji rodziny", "5. Wnioski", "Zażółć gęślą jaźń.",
                "Anna Kowalska, asystent rodziny", "Tomasz Lewandowski, kierownik ośrodka",
                "16.03.2026, godz. 12:05:30", "akta sprawy w stanie z 16.03.2026, godz. 11:59:07",
                "pozycja w historii zdarzeń 48213", "Sygn. akt III Nsm 45/26");
    }

    @Test
    void the_same_opinion_delivered_at_the_same_moment_is_the_same_document() {
        byte[] first = OpinionPdf.render(OPINION, "Sąd", "OPS");
        byte[] second = OpinionPdf.render(OPINION, "Sąd", "OPS");

        assertThat(DocumentHash.sha256(second)).isEqualTo(DocumentHash.sha256(first));
        assertThat(new String(first, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void the_file_is_named_after_the_proceedings() {
        assertThat(OpinionPdf.fileName(CourtReference.parse("III Nsm 45/26"))).isEqualTo("opinia-iii-nsm-45-26.pdf");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
