package pl.asysta.cases.court.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.HEAD;
import static pl.asysta.cases.familycase.ui.CaseFixture.SECOND_ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;
import static pl.asysta.cases.court.ui.CourtFixture.CLERK;
import static pl.asysta.cases.court.ui.CourtFixture.COMPLETE;
import static pl.asysta.cases.court.ui.CourtFixture.uniqueSurname;

import java.io.IOException;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.familycase.ui.CaseScreenTest;
import pl.asysta.cases.history.HistoryPoint;
import pl.asysta.cases.history.ui.CaseHistoryPages;
import pl.asysta.documents.DocumentHash;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * The opinion beside the case's timeline, as the assistant who drafts it and the head who approves it see it:
 * the request reaches both start pages with its deadline flagged, the assistant saves and submits, a section
 * left empty is marked and nothing typed is lost, the head returns it with comments or approves it, and the
 * delivered opinion shows its provenance and SHA-256 beside a download that hands out exactly those bytes.
 */
@PortalTest
class OpinionPageTest extends CaseScreenTest {

    @Autowired
    CourtFixture court;
    @Autowired
    OpinionQueries opinions;

    @Test
    void the_request_reaches_the_assistants_start_page_flagged_and_opens_beside_the_cases_timeline() {
        String family = uniqueFamilyName("Opiniowani");
        String surname = uniqueSurname("Opiniowana");
        CaseId caseId = court.family(family, surname, ASSISTANT);
        OpinionRequestId request = court.requested(surname, "III Nsm 51/26", today().plusDays(4));
        signInAs("asystent");

        open("assistant");

        @SuppressWarnings("unchecked")
        Grid<OpinionRequestRow> requests = find(Grid.class).id("opinion-requests");
        List<String> families = requests.getListDataView().getItems().map(OpinionRequestRow::familyName).toList();
        int row = families.indexOf(family);
        assertThat(row).isNotNegative();
        assertThat(test(requests).getCellText(row, 0)).contains(polish("opinion.due-soon"));
        assertThat(test(requests).getCellText(row, 2)).contains("III Nsm 51/26");

        open(CourtPaths.opinion(caseId, request));

        assertThat(find(H1.class).id("opinion-heading").getText()).contains(family);
        assertThat(find(Span.class).id("opinion-status").getText()).isEqualTo(polish("opinion.status.REQUESTED"));
        assertThat(section("family-situation").isReadOnly()).isFalse();
        assertThat(find(Div.class).withClassName("opinion-timeline").exists()).isTrue();
        assertThat(test(timeline()).getRow(0)).as("the newest entry of the case").satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("OpinionRequested");
            assertThat(entry.subject()).isEqualTo("III Nsm 51/26");
        });
    }

    @Test
    void the_assistant_saves_a_draft_then_submits_and_the_head_sees_it_waiting_for_approval() {
        String family = uniqueFamilyName("Piszący");
        String surname = uniqueSurname("Pisząca");
        CaseId caseId = court.family(family, surname, ASSISTANT);
        OpinionRequestId request = court.requested(surname, "III Nsm 52/26", today().plusDays(20));
        signInAs("asystent");
        open(CourtPaths.opinion(caseId, request));

        test(section("family-situation")).setValue(COMPLETE.familySituation());
        test(find(Button.class).id("opinion-save-draft")).click();
        untilShown();
        assertThat(find(Span.class).id("opinion-status").getText()).isEqualTo(polish("opinion.status.DRAFTING"));
        assertThat(section("family-situation").getValue()).isEqualTo(COMPLETE.familySituation());

        fillAll();
        test(find(Button.class).id("opinion-submit")).click();
        untilShown();
        assertThat(find(Span.class).id("opinion-status").getText()).isEqualTo(polish("opinion.status.SUBMITTED"));
        assertThat(section("conclusions").isReadOnly()).isTrue();

        signInAs("kierownik");
        open("centre-head");
        @SuppressWarnings("unchecked")
        Grid<OpinionRequestRow> requests = find(Grid.class).id("opinion-requests");
        assertThat(requests.getListDataView().getItems().filter(row -> row.familyName().equals(family))
                .map(OpinionRequestRow::status)).containsExactly(OpinionStatus.SUBMITTED);
    }

    @Test
    void submitting_with_a_section_empty_marks_it_says_why_and_keeps_every_word() {
        String surname = uniqueSurname("Niepełna");
        CaseId caseId = court.family(uniqueFamilyName("Niepełni"), surname, ASSISTANT);
        OpinionRequestId request = court.requested(surname, "III Nsm 53/26", today().plusDays(20));
        signInAs("asystent");
        open(CourtPaths.opinion(caseId, request));

        test(section("family-situation")).setValue("Tylko pierwsza część.");
        test(section("conclusions")).setValue("I wnioski.");
        test(find(Button.class).id("opinion-submit")).click();

        assertThat(find(Paragraph.class).id("opinion-problem").getText())
                .isEqualTo(polish("rule.opinion.sections-incomplete"));
        assertThat(section("cooperation").isInvalid()).isTrue();
        assertThat(section("conclusions").isInvalid()).isFalse();
        assertThat(section("family-situation").getValue()).isEqualTo("Tylko pierwsza część.");
        assertThat(opinions.status(request, ASSISTANT)).contains(OpinionStatus.REQUESTED);
    }

    @Test
    void another_assistant_cannot_open_the_opinion_and_the_social_worker_only_reads_it() {
        String surname = uniqueSurname("Strzeżona");
        CaseId caseId = court.family(uniqueFamilyName("Strzeżeni"), surname, ASSISTANT);
        OpinionRequestId request = court.requested(surname, "III Nsm 54/26", today().plusDays(20));

        signInAs("asystent2");
        open(CourtPaths.opinion(caseId, request));
        assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));

        signInAs("pracownik");
        open("social-worker");
        open(CourtPaths.opinion(caseId, request));
        assertThat(section("family-situation").isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("opinion-save-draft").exists()).isFalse();
        assertThat(SECOND_ASSISTANT).isNotNull();
    }

    @Test
    void the_head_returns_the_opinion_with_comments_which_the_assistant_then_reads_above_the_draft() {
        String surname = uniqueSurname("Zwrócona");
        CaseId caseId = court.family(uniqueFamilyName("Zwróceni"), surname, ASSISTANT);
        OpinionRequestId request = court.submitted(surname, "III Nsm 55/26", ASSISTANT);
        signInAs("kierownik");
        open(CourtPaths.opinion(caseId, request));

        test(find(Button.class).id("opinion-return")).click();
        test(find(TextArea.class).id("opinion-return-comments")).setValue("Proszę opisać postępy Oli w szkole.");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();
        assertThat(find(Span.class).id("opinion-status").getText()).isEqualTo(polish("opinion.status.RETURNED"));

        signInAs("asystent");
        open("assistant");
        open(CourtPaths.opinion(caseId, request));
        assertThat(find(Div.class).id("opinion-returned").getElement().getTextRecursively())
                .contains("Proszę opisać postępy Oli w szkole.", HEAD.displayName());
        assertThat(section("assessment").getValue()).isEqualTo(COMPLETE.assessment());
        assertThat(section("assessment").isReadOnly()).isFalse();
    }

    @Test
    void the_head_approves_and_the_page_shows_provenance_and_the_sha256_of_the_bytes_the_download_hands_out()
            throws IOException {
        String surname = uniqueSurname("Zatwierdzona");
        CaseId caseId = court.family(uniqueFamilyName("Zatwierdzeni"), surname, ASSISTANT);
        OpinionRequestId request = court.submitted(surname, "III Nsm 56/26", ASSISTANT);
        signInAs("kierownik");
        open(CourtPaths.opinion(caseId, request));

        test(find(Button.class).id("opinion-approve")).click();
        untilShown();

        assertThat(find(Span.class).id("opinion-status").getText()).isEqualTo(polish("opinion.status.DELIVERED"));
        byte[] delivered = downloaded(request, CLERK);
        String outcome = find(Div.class).id("opinion-outcome").getElement().getTextRecursively();
        assertThat(outcome).contains(DocumentHash.sha256(delivered), HEAD.displayName(), ASSISTANT.displayName(),
                polish("opinion.download"));
        assertThat(find(Button.class).withId("opinion-approve").exists()).as("approved once").isFalse();
        assertThat(downloaded(request, HEAD)).isEqualTo(delivered);
        long position = opinions.ofCourt(CLERK).stream().filter(row -> row.requestId().equals(request))
                .findFirst().orElseThrow().delivery().casePosition();
        RouterLink asItStood = find(RouterLink.class).withClassName("opinion-provenance-link").single();
        assertThat(asItStood.getHref()).as("the file as the opinion was written against it")
                .isEqualTo(CaseHistoryPages.location(caseId, HistoryPoint.position(position)));
    }

    @Test
    void the_download_is_refused_to_whoever_may_not_have_the_opinion() {
        String surname = uniqueSurname("Poufna");
        court.family(uniqueFamilyName("Poufni"), surname, ASSISTANT);
        OpinionRequestId request = court.delivered(surname, "III Nsm 57/26", ASSISTANT);

        DownloadResponse refused = OpinionDownloads.respond(opinions, request, SECOND_ASSISTANT);

        assertThat(refused.hasError()).isTrue();
        assertThat(refused.getError()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- helpers

    private byte[] downloaded(OpinionRequestId request, Actor reader) throws IOException {
        DownloadResponse response = OpinionDownloads.respond(opinions, request, reader);
        assertThat(response.hasError()).isFalse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getFileName()).endsWith(".pdf");
        return response.getInputStream().readAllBytes();
    }

    private void fillAll() {
        test(section("family-situation")).setValue(COMPLETE.familySituation());
        test(section("cooperation")).setValue(COMPLETE.cooperation());
        test(section("work-plan-progress")).setValue(COMPLETE.workPlanProgress());
        test(section("assessment")).setValue(COMPLETE.assessment());
        test(section("conclusions")).setValue(COMPLETE.conclusions());
    }

    private TextArea section(String name) {
        return find(TextArea.class).id("opinion-section-" + name);
    }

    /** Where the opinion pages are, as the start pages link to them. */
    static final class CourtPaths {

        static String opinion(CaseId caseId, OpinionRequestId request) {
            return OpinionPages.location(caseId, request);
        }
    }
}
