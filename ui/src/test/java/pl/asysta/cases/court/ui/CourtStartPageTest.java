package pl.asysta.cases.court.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;
import static pl.asysta.cases.court.ui.CourtFixture.BORN;
import static pl.asysta.cases.court.ui.CourtFixture.CLERK;
import static pl.asysta.cases.court.ui.CourtFixture.uniqueSurname;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.PortalTest;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.cases.familycase.ui.CaseScreenTest;
import pl.asysta.cases.court.ui.CourtFixture;
import pl.asysta.documents.DocumentHash;
import pl.asysta.forms.Labels;
import pl.asysta.shared.CaseId;

/**
 * The family court's start page: its requests with status and deadline flags, a new request that names the
 * family by a member's surname and date of birth, the delivered opinion with its provenance and SHA-256 beside
 * the download, a decision recorded on the family, and nothing else of the case. Every test works on its own
 * families, so the court's list may hold others'.
 */
@PortalTest
class CourtStartPageTest extends CaseScreenTest {

    @Autowired
    CourtFixture court;
    @Autowired
    OpinionQueries opinions;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void court_staff_see_their_request_with_its_status_and_a_near_deadline_flagged_and_nothing_of_the_case() {
        String family = uniqueFamilyName("Sądowscy");
        String surname = uniqueSurname("Sądowska");
        court.family(family, surname, ASSISTANT);
        court.requested(surname, "III RC 12/26", today().plusDays(3));
        signInAs("sad");

        open("court");

        assertThat(pageHeading()).isEqualTo(polish("start.COURT_STAFF.title"));
        assertThat(rowText(family)).contains("III RC 12/26", "Jak rodzina współpracuje z asystentem?",
                polish("opinion.status.REQUESTED"), polish("opinion.due-soon"), polish("court.opinion.pending"))
                .doesNotContain(ASSISTANT.displayName());
        assertThat(find(Paragraph.class).id("court-summary").getText()).startsWith("Sąd czeka na");
    }

    @Test
    void the_court_names_the_family_by_a_members_surname_and_birth_date_and_the_request_appears() {
        String family = uniqueFamilyName("Wnioskowani");
        String surname = uniqueSurname("Wnioskowa");
        court.family(family, surname, ASSISTANT);
        signInAs("sad");
        open("court");

        test(find(Button.class).id("court-new-request")).click();
        assertThat(centre().getValue()).as("the only centre is chosen").isNotNull();
        test(find(TextField.class).id("court-request-surname")).setValue(surname.toUpperCase());
        test(find(DatePicker.class).id("court-request-birth-date")).setValue(BORN);
        test(find(TextField.class).id("court-request-reference")).setValue("iii  Nsm 41/26");
        test(find(TextArea.class).id("court-request-questions")).setValue("Czy dzieci mają zapewnioną opiekę?");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        assertThat(rowText(family)).contains("III Nsm 41/26", "Czy dzieci mają zapewnioną opiekę?",
                polish("opinion.status.REQUESTED"));
    }

    @Test
    void a_family_that_does_not_match_gets_one_neutral_sentence_and_everything_typed_stays() {
        String surname = uniqueSurname("Nieznana");
        signInAs("sad");
        open("court");

        test(find(Button.class).id("court-new-request")).click();
        test(find(TextField.class).id("court-request-surname")).setValue(surname);
        test(find(DatePicker.class).id("court-request-birth-date")).setValue(BORN);
        test(find(TextField.class).id("court-request-reference")).setValue("III Nsm 42/26");
        test(find(TextArea.class).id("court-request-questions")).setValue("Pytanie sądu");
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText())
                .isEqualTo(polish("rule.court.family-not-matched"));
        assertThat(find(TextField.class).id("court-request-surname").getValue()).isEqualTo(surname);
        assertThat(find(TextArea.class).id("court-request-questions").getValue()).isEqualTo("Pytanie sądu");
        assertThat(jdbc.queryForObject("""
                        select count(*) from access_record
                        where actor_id = 'sad' and view_name = 'COURT_FAMILY_LOOKUP' and purpose like ?""",
                Integer.class, "%" + surname + "%")).isOne();
    }

    @Test
    void a_past_deadline_is_refused_in_the_dialog_and_a_reference_of_another_shape_is_explained() {
        signInAs("sad");
        open("court");

        test(find(Button.class).id("court-new-request")).click();
        test(find(TextField.class).id("court-request-surname")).setValue("Kowalska");
        test(find(DatePicker.class).id("court-request-birth-date")).setValue(BORN);
        test(find(TextField.class).id("court-request-reference")).setValue("123/26");
        test(find(TextArea.class).id("court-request-questions")).setValue("Pytanie");
        test(find(DatePicker.class).id("court-request-deadline")).setValue(today());
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(DatePicker.class).id("court-request-deadline").getErrorMessage())
                .isEqualTo(polish("rule.opinion.deadline-not-in-future"));

        test(find(DatePicker.class).id("court-request-deadline")).setValue(today().plusDays(14));
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText())
                .isEqualTo(translations.getTranslation("rule.court.reference-invalid", pl.asysta.i18n.Translations.POLISH,
                        "123/26"));
        assertThat(find(TextField.class).id("court-request-reference").getValue()).isEqualTo("123/26");
    }

    @Test
    void a_delivered_opinion_shows_author_approver_provenance_and_the_sha256_of_the_file_beside_its_download() {
        String family = uniqueFamilyName("Przekazani");
        String surname = uniqueSurname("Przekazana");
        court.family(family, surname, ASSISTANT);
        var request = court.delivered(surname, "III Nsm 43/26", ASSISTANT);
        OpinionRequestRow row = opinions.ofCourt(CLERK).stream().filter(r -> r.requestId().equals(request))
                .findFirst().orElseThrow();
        signInAs("sad");

        open("court");

        String sha256 = DocumentHash.sha256(opinions.document(request, CLERK).orElseThrow().content());
        assertThat(rowText(family)).contains(polish("opinion.status.DELIVERED"), ASSISTANT.displayName(),
                "Tomasz Lewandowski", sha256, String.valueOf(row.delivery().casePosition()));
        Component opinion = test(requests()).getCellComponent(rowOf(family), 3);
        Anchor download = descendants(opinion).filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .findFirst().orElseThrow();
        assertThat(download.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains(family,
                "III Nsm 43/26"));
        assertThat(download.getText()).isEqualTo(polish("opinion.download"));
        assertThat(download.getHref()).isNotBlank();
        assertThat(descendants(opinion).filter(RouterLink.class::isInstance)).as("the court never opens the case")
                .isEmpty();
    }

    @Test
    void the_court_records_a_decision_on_the_family_and_it_lands_on_the_timeline_in_the_court_category() {
        String family = uniqueFamilyName("Orzeczeni");
        String surname = uniqueSurname("Orzeczona");
        CaseId caseId = court.family(family, surname, ASSISTANT);
        court.requested(surname, "III Nsm 44/26", today().plusDays(20));
        signInAs("sad");
        open("court");

        test(actionOf(family, "court-record-decision")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CourtDecisionKind> kind = find(ComboBox.class).id("court-decision-kind");
        test(kind).selectItem(Labels.of("court.decision.kind", CourtDecisionKind.ORDER_TO_WORK_WITH_ASSISTANT));
        test(find(TextArea.class).id("court-decision-summary")).setValue("Zobowiązano rodziców do pracy z asystentem.");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        @SuppressWarnings("unchecked")
        Grid<pl.asysta.cases.court.CourtDecisionRow> decisions = find(Grid.class).id("court-decisions");
        assertThat(decisions.getListDataView().getItems().map(pl.asysta.cases.court.CourtDecisionRow::familyName))
                .contains(family);
        List<TimelineRow> entries = timeline.page(caseId, TimelineFilter.types("CourtDecisionRecorded"), 0,
                10, ASSISTANT);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.category()).isEqualTo(pl.asysta.shared.DataCategory.COURT);
            assertThat(entry.text()).contains("III Nsm 44/26", "Zobowiązano rodziców");
        });
    }

    @Test
    void the_court_withdraws_a_request_only_with_a_reason_and_the_row_then_says_it_was_withdrawn_and_why() {
        String family = uniqueFamilyName("Wycofani");
        String surname = uniqueSurname("Wycofana");
        court.family(family, surname, ASSISTANT);
        court.requested(surname, "III Nsm 46/26", today().plusDays(20));
        signInAs("sad");
        open("court");

        test(actionOf(family, "court-withdraw")).click();
        TextArea reason = find(TextArea.class).id("court-withdraw-reason");
        assertThat(reason.getLabel()).isEqualTo(polish("court.withdraw.reason"));
        test(find(Button.class).id("dialog-save")).click();

        assertThat(find(Paragraph.class).id("dialog-problem").getText()).isEqualTo(polish("form.fix-fields"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(rowText(family)).contains(polish("opinion.status.REQUESTED"));

        test(reason).setValue("Postępowanie zostało umorzone.");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        assertThat(rowText(family)).contains(polish("opinion.status.WITHDRAWN"), "Postępowanie zostało umorzone.");
    }

    @Test
    void opening_the_page_is_one_court_opinions_reading_and_the_court_never_opens_a_case_file() {
        String family = uniqueFamilyName("Czytani");
        String surname = uniqueSurname("Czytana");
        CaseId caseId = court.family(family, surname, ASSISTANT);
        court.requested(surname, "III Nsm 45/26", today().plusDays(20));
        signInAs("sad");
        int before = readings();

        open("court");

        assertThat(readings()).isEqualTo(before + 1);
        open("cases/" + caseId.value());
        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
    }

    // ---------------------------------------------------------------- helpers

    private int readings() {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = 'sad' "
                + "and view_name = 'COURT_OPINIONS'", Integer.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> centre() {
        return find(ComboBox.class).id("court-request-centre");
    }

    @SuppressWarnings("unchecked")
    private Grid<OpinionRequestRow> requests() {
        return find(Grid.class).id("court-requests");
    }

    private int rowOf(String family) {
        List<String> families = requests().getListDataView().getItems().map(OpinionRequestRow::familyName).toList();
        assertThat(families).contains(family);
        return families.indexOf(family);
    }

    private String rowText(String family) {
        int row = rowOf(family);
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < requests().getColumns().size(); column++) {
            text.append(cellText(row, column)).append(' ');
        }
        return text.toString();
    }

    private String cellText(int row, int column) {
        return test(requests()).getCellText(row, column);
    }

    private static java.util.stream.Stream<Component> descendants(Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(CourtStartPageTest::descendants));
    }

    private Button actionOf(String family, String className) {
        Component cell = test(requests()).getCellComponent(rowOf(family), requests().getColumns().size() - 1);
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).findFirst().orElseThrow();
    }
}
