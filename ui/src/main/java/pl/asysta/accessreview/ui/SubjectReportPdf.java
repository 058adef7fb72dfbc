package pl.asysta.accessreview.ui;

import java.util.List;

import pl.asysta.accessreview.SubjectAccessReport;
import pl.asysta.accessreview.SubjectAccessReport.Read;
import pl.asysta.accessreview.SubjectAccessReport.Reader;
import pl.asysta.documents.PdfDocument;
import pl.asysta.forms.Dates;

/**
 * The subject access report as a PDF for the family member (GDPR art. 15): in plain words, names rather than
 * codes, the period it covers, who made it and when, everyone who read the family's data with how often and why,
 * every read in order, how to read it, and the member's rights.
 */
final class SubjectReportPdf {

    private SubjectReportPdf() {
    }

    static byte[] render(SubjectAccessReport report, Wording wording) {
        String member = report.member().fullName();
        PdfDocument document = PdfDocument.titled(wording.text("review.report.title", member))
                .author(report.generatedBy())
                .created(report.generatedAt())
                .footer(wording.text("review.report.footer", report.exportRecord()))
                .paragraph(wording.text("review.report.lead"))
                .field(wording.text("review.report.member"), report.member().birthDate() == null ? member
                        : wording.text("review.report.member-born", member, Dates.format(report.member().birthDate())))
                .field(wording.text("review.report.family"), report.familyName())
                .field(wording.text("review.report.period"), wording.text("review.report.period-value",
                        Dates.format(report.coveredFrom()), Dates.format(report.generatedAt())))
                .field(wording.text("review.report.generated-by"), report.generatedBy() + ", "
                        + ReviewTexts.roles(wording, report.generatedByRoles()) + ", " + report.generatedByInstitution())
                .field(wording.text("review.report.generated-at"), Dates.format(report.generatedAt()))
                .field(wording.text("review.report.count"), wording.text("review.report.count-value",
                        report.reads().size(), report.readers().size()));

        document.heading(wording.text("review.report.readers"))
                .table(List.of(wording.text("review.report.column.person"),
                                wording.text("review.report.column.role-institution"),
                                wording.text("review.report.column.times"), wording.text("review.report.column.span"),
                                wording.text("review.report.column.categories"),
                                wording.text("review.report.column.purpose")),
                        new float[] {2.2f, 2.6f, 0.9f, 2.2f, 3f, 3.2f},
                        report.readers().stream().map(reader -> reader(reader, wording)).toList());

        document.heading(wording.text("review.report.reads"))
                .table(List.of(wording.text("review.report.column.when"), wording.text("review.report.column.person"),
                                wording.text("review.report.column.institution"),
                                wording.text("review.report.column.what"),
                                wording.text("review.report.column.categories"),
                                wording.text("review.report.column.purpose")),
                        new float[] {1.6f, 2.2f, 2.4f, 2.2f, 2.8f, 3f},
                        report.reads().stream().map(read -> read(read, wording)).toList());

        document.heading(wording.text("review.report.how-to-read"))
                .paragraph(wording.text("review.report.how-to-read.text"))
                .heading(wording.text("review.report.rights"))
                .paragraph(wording.text("review.report.rights.text"))
                .note(wording.text("review.report.record-note", report.exportRecord()));
        return document.render();
    }

    private static List<String> reader(Reader reader, Wording wording) {
        return List.of(reader.name(),
                ReviewTexts.roles(wording, reader.roles()) + ", " + reader.institutionName(),
                Integer.toString(reader.reads()),
                reader.reads() == 1 ? Dates.format(reader.first())
                        : Dates.format(reader.first()) + " – " + Dates.format(reader.last()),
                ReviewTexts.categoriesInShort(wording, reader.categories()),
                String.join("; ", reader.purposes().stream()
                        .map(purpose -> ReviewTexts.purpose(wording, purpose, reader.grantBases())).distinct()
                        .toList()));
    }

    private static List<String> read(Read read, Wording wording) {
        return List.of(Dates.format(read.at()),
                read.readerName() + " (" + ReviewTexts.roles(wording, read.roles()) + ")",
                read.institutionName(),
                ReviewTexts.view(wording, read.view()),
                ReviewTexts.categoriesInShort(wording, read.categories()),
                ReviewTexts.purpose(wording, read.purpose(), read.grantBases()));
    }
}
