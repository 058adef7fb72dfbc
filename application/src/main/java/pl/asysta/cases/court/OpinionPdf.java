package pl.asysta.cases.court;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.DeliverableOpinion;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.documents.PdfDocument;
import pl.asysta.shared.Author;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The delivered opinion as a document for the court. It is an official letter to a Polish court, so it is
 * written in Polish whatever language its reader uses the portal in. It states its provenance (the position
 * of the case file it was written against and when the file stood so), but not its own SHA-256: a document
 * cannot contain the hash of its own bytes. The hash is recorded with the delivery and shown beside the
 * download (ADR 0012). The same opinion, delivered at the same moment, renders to the same bytes.
 */
final class OpinionPdf {

    static final String TITLE = "Opinia o rodzinie";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy, 'godz.' HH:mm:ss")
            .withZone(ClockConfiguration.CENTRE_ZONE);

    private OpinionPdf() {
    }

    static byte[] render(DeliverableOpinion opinion, String courtName, String centreName) {
        OpinionText text = opinion.text();
        return PdfDocument.titled(TITLE + " " + opinion.familyName())
                .author(opinion.author().displayName())
                .created(opinion.deliveredAt())
                .footer("Sygn. akt " + opinion.reference() + " · " + centreName)
                .field("Sąd", courtName)
                .field("Sygnatura akt", opinion.reference().toString())
                .field("Rodzina", opinion.familyName())
                .field("Data wpływu prośby", DATE.format(opinion.requestedOn()))
                .field("Termin", DATE.format(opinion.deadline()))
                .heading("Pytania sądu")
                .paragraph(opinion.questions())
                .heading("1. Sytuacja rodziny")
                .paragraph(text.familySituation())
                .heading("2. Współpraca rodziny z asystentem")
                .paragraph(text.cooperation())
                .heading("3. Realizacja planu pracy z rodziną")
                .paragraph(text.workPlanProgress())
                .heading("4. Ocena sytuacji rodziny")
                .paragraph(text.assessment())
                .heading("5. Wnioski")
                .paragraph(text.conclusions())
                .heading("Sporządzenie i zatwierdzenie")
                .field("Sporządził(a)", signature(opinion.author()))
                .field("Zatwierdził(a)", signature(opinion.approver()))
                .field("Przekazano sądowi", MOMENT.format(opinion.deliveredAt()))
                .field("Podstawa (stan akt)", "akta sprawy w stanie z " + MOMENT.format(opinion.provenance().asOf())
                        + ", pozycja w historii zdarzeń " + opinion.provenance().position())
                .field("Ośrodek", centreName)
                .note("Opinia sporządzona na podstawie art. 15 ust. 1 pkt 17 ustawy z dnia 9 czerwca 2011 r. o "
                        + "wspieraniu rodziny i systemie pieczy zastępczej. Akta sprawy w stanie, na którym oparto "
                        + "opinię, można odtworzyć z historii zdarzeń do wskazanej pozycji. Skrót SHA-256 tego "
                        + "dokumentu jest zapisany w historii sprawy przy jego przekazaniu i podany obok pliku do "
                        + "pobrania.")
                .render();
    }

    /** The name the portal offers the document under, e.g. {@code opinia-III-RC-123-26.pdf}. */
    static String fileName(CourtReference reference) {
        return "opinia-" + reference.value().replaceAll("[^\\p{Alnum}]+", "-").toLowerCase(Locale.ROOT)
                .replaceAll("^-|-$", "") + ".pdf";
    }

    private static String signature(Author author) {
        String role = author.role() == Role.FAMILY_ASSISTANT ? "asystent rodziny"
                : author.role() == Role.CENTRE_HEAD ? "kierownik ośrodka" : author.role().name();
        return author.displayName() + ", " + role;
    }
}
