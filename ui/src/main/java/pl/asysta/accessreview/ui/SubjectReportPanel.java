package pl.asysta.accessreview.ui;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import pl.asysta.accessreview.AccessReview;
import pl.asysta.accessreview.CaseOption;
import pl.asysta.accessreview.MemberOption;
import pl.asysta.accessreview.SubjectAccessReport;
import pl.asysta.accessreview.SubjectAccessReports;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Fields;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.time.ClockConfiguration;

/**
 * The subject access report of one family member (GDPR art. 15): the auditor chooses the family and the member
 * and downloads the report as a PDF for the member or a CSV table, in Polish unless English is chosen. Each
 * download is a new report, made and recorded on the server when it is asked for.
 */
final class SubjectReportPanel extends Div {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ClockConfiguration.CENTRE_ZONE);

    private final transient AccessReview review;
    private final transient SubjectAccessReports reports;
    private final transient Translations translations;
    private final transient ErrorMessages errors;
    private final transient Actor actor;
    private final ComboBox<CaseOption> family = new ComboBox<>();
    private final ComboBox<MemberOption> member = new ComboBox<>();
    private final Select<Locale> language = new Select<>();
    private final Anchor pdf = new Anchor();
    private final Anchor csv = new Anchor();
    private final Paragraph problem = new Paragraph();

    SubjectReportPanel(AccessReview review, SubjectAccessReports reports, Translations translations,
                       ErrorMessages errors, Actor actor, CaseOption initialFamily) {
        this.review = review;
        this.reports = reports;
        this.translations = translations;
        this.errors = errors;
        this.actor = actor;
        setId("subject-report");
        Wording page = Wording.of(translations, UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        H2 heading = new H2(getTranslation("review.subject.title"));
        heading.setId("subject-report-heading");
        Paragraph lead = new Paragraph(getTranslation("review.subject.lead"));
        lead.addClassName("secondary-text");

        family.setLabel(getTranslation("review.subject.family"));
        family.setId("subject-family");
        family.setHelperText(getTranslation("review.filter.family.help"));
        CaseOptions.offer(family, review, actor, page);
        member.setLabel(getTranslation("review.subject.member"));
        member.setId("subject-member");
        member.setItemLabelGenerator(option -> memberLabel(option, page));
        member.setEnabled(false);
        Fields.label(language, getTranslation("review.subject.language"));
        language.setId("subject-language");
        language.setItems(Translations.POLISH, Translations.ENGLISH);
        language.setItemLabelGenerator(locale -> translations.getTranslation("language.name", locale));
        language.setValue(Translations.POLISH);

        pdf.setId("subject-pdf");
        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span(
                getTranslation("review.subject.pdf")));
        csv.setId("subject-csv");
        csv.add(VaadinIcon.TABLE.create(), new Span(
                getTranslation("review.subject.csv")));
        problem.setId("subject-problem");
        problem.getElement().setAttribute("role", "alert");

        family.addValueChangeListener(change -> familyChosen());
        member.addValueChangeListener(change -> offerDownloads());
        language.addValueChangeListener(change -> offerDownloads());
        if (initialFamily != null) {
            family.setValue(initialFamily);
        }
        offerDownloads();

        FlexLayout choice = new FlexLayout(family, member, language);
        choice.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choice.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout downloads = new FlexLayout(pdf, csv);
        downloads.getStyle().set("gap", "var(--lumo-space-l)").set("margin-top", "var(--lumo-space-s)");
        add(heading, lead, choice, downloads, problem);
    }

    private void familyChosen() {
        member.clear();
        problem.setText("");
        CaseOption chosen = family.getValue();
        List<MemberOption> members = chosen == null ? List.of() : review.members(chosen.caseId(), actor);
        member.setItems(members);
        member.setEnabled(!members.isEmpty());
        offerDownloads();
    }

    /** The links download a report of the chosen member; with none chosen they are off. */
    private void offerDownloads() {
        CaseOption chosenFamily = family.getValue();
        MemberOption chosen = member.getValue();
        if (chosenFamily == null || chosen == null) {
            for (Anchor anchor : List.of(pdf, csv)) {
                anchor.removeHref();
                anchor.setEnabled(false);
                anchor.getElement().removeAttribute("aria-label");
            }
            return;
        }
        Wording wording = Wording.of(translations, language.getValue());
        CaseId caseId = chosenFamily.caseId();
        String memberId = chosen.memberId();
        pdf.setEnabled(true);
        pdf.setHref(download(caseId, memberId, wording, "pdf", "application/pdf"), AttachmentType.DOWNLOAD);
        pdf.getElement().setAttribute("aria-label", getTranslation("review.subject.pdf.label", chosen.fullName()));
        csv.setEnabled(true);
        csv.setHref(download(caseId, memberId, wording, "csv", "text/csv; charset=UTF-8"), AttachmentType.DOWNLOAD);
        csv.getElement().setAttribute("aria-label", getTranslation("review.subject.csv.label", chosen.fullName()));
    }

    /**
     * A new report of the member each time the link is followed, recorded before it is written. A refusal or a
     * failure sends no file; the page says why the next time it is drawn.
     */
    private DownloadHandler download(CaseId caseId, String memberId, Wording wording, String extension,
                                     String contentType) {
        Locale pageLocale = getLocale();
        return (DownloadEvent event) -> {
            byte[] bytes;
            SubjectAccessReport report;
            try {
                report = reports.report(caseId, memberId, actor);
                bytes = "pdf".equals(extension) ? SubjectReportPdf.render(report, wording)
                        : SubjectReportCsv.render(report, wording);
            } catch (RuntimeException failure) {
                String said = errors.describe(failure, pageLocale);
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> problem.setText(said));
                }
                event.getResponse().sendError(500, said);
                return;
            }
            event.setFileName(fileName(report, wording, extension));
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    /** {@code dostep-do-danych-kacper-nowak-2026-11-23.pdf}: plain letters, safe in any file system. */
    static String fileName(SubjectAccessReport report, Wording wording, String extension) {
        String name = wording.text("review.subject.file", report.member().fullName(),
                FILE_DATE.format(report.generatedAt()));
        String plain = Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return plain + "." + extension;
    }

    private String memberLabel(MemberOption option, Wording wording) {
        String kinship = wording.text("kinship." + option.kinship().name());
        return option.birthDate() == null ? wording.text("review.subject.member.option", option.fullName(), kinship)
                : wording.text("review.subject.member.option-born", option.fullName(), kinship,
                Dates.format(option.birthDate()));
    }
}
