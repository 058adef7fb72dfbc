package pl.asysta.cases.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDelivered;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.sharing.domain.SharingLedgerId;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.documents.DocumentHash;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;
import pl.asysta.time.TestClock;

/**
 * A court's request from the family's name to the delivered document, on the real PostgreSQL: the court names the
 * family without seeing the centre's list (and every attempt is recorded), the request reaches the assistant and
 * the head, the opinion is written against a recorded position of the case file, and the PDF the court downloads
 * hashes to the SHA-256 the delivery recorded.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
class CourtOpinionsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final LocalDate BORN = LocalDate.of(1987, 6, 14);

    @Autowired
    CaseCommands cases;
    @Autowired
    CaseFileQueries fileQueries;
    @Autowired
    WorkListQueries workLists;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;
    @Autowired
    OpinionCommands opinions;
    @Autowired
    OpinionQueries opinionQueries;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    String unique;
    InstitutionId centre;
    InstitutionId court;
    Actor socialWorker;
    Actor head;
    Actor assistant;
    Actor clerk;
    CaseId caseId;

    @BeforeEach
    void aFamilyWithAnAssistantAndACourt() {
        unique = "co" + System.nanoTime() + "-" + NEXT.incrementAndGet();
        centre = new InstitutionId("ops-" + unique);
        court = new InstitutionId("sad-" + unique);
        institutions.register(new Institution(centre, "Ośrodek Pomocy Społecznej " + unique,
                InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(court, "Sąd Rejonowy " + unique, InstitutionKind.COURT));
        socialWorker = actor("sw", "Katarzyna Zielińska", Role.SOCIAL_WORKER, centre);
        head = actor("head", "Tomasz Lewandowski", Role.CENTRE_HEAD, centre);
        assistant = actor("as", "Anna Kowalska", Role.FAMILY_ASSISTANT, centre);
        clerk = actor("clerk", "Agnieszka Mazur", Role.COURT_STAFF, court);
        caseId = family("Zalewscy", "Zalewska", BORN);
        cases.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today(), head);
        awaitProjected();
    }

    @Test
    void the_court_names_the_family_by_a_members_surname_and_birth_date_and_the_request_reaches_the_team() {
        OpinionRequestId request = opinions.request(centre, " ZALEWSKA ", BORN, "III Nsm 45/26", "Jak przebiega "
                + "współpraca rodziny z asystentem?", today().plusDays(5), clerk).id();
        awaitProjected();

        for (Actor team : List.of(assistant, head)) {
            assertThat(opinionQueries.forCaseTeam(team)).filteredOn(row -> row.requestId().equals(request))
                    .singleElement().satisfies(row -> {
                        assertThat(row.familyName()).isEqualTo("Zalewscy");
                        assertThat(row.reference().value()).isEqualTo("III Nsm 45/26");
                        assertThat(row.status()).isEqualTo(OpinionStatus.REQUESTED);
                        assertThat(row.dueSoon()).as("due within a week").isTrue();
                        assertThat(row.assistantName()).isEqualTo("Anna Kowalska");
                    });
        }
        assertThat(opinionQueries.ofCourt(clerk)).singleElement().satisfies(row -> {
            assertThat(row.familyName()).isEqualTo("Zalewscy");
            assertThat(row.assistantName()).as("nothing else of the case").isNull();
            assertThat(row.questions()).isEqualTo("Jak przebiega współpraca rodziny z asystentem?");
        });
        assertThat(records(clerk, "COURT_FAMILY_LOOKUP")).singleElement().satisfies(lookup -> {
            assertThat(lookup.caseIds()).containsExactly(caseId.value());
            assertThat(lookup.purpose()).contains("III Nsm 45/26", "ZALEWSKA", "1987-06-14", "matched");
        });
        assertThat(records(clerk, "COURT_OPINIONS")).singleElement()
                .satisfies(list -> assertThat(list.caseIds()).containsExactly(caseId.value()));
        assertThat(timeline(assistant)).filteredOn(entry -> entry.type().equals("OpinionRequested"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.category()).isEqualTo(DataCategory.COURT);
                    assertThat(entry.subject()).isEqualTo("III Nsm 45/26");
                    assertThat(entry.authorInstitution()).isEqualTo(court);
                });
    }

    @Test
    void a_family_the_centre_does_not_have_or_two_that_match_get_one_neutral_answer_and_every_attempt_is_recorded() {
        CaseId namesake = family("Zalewscy (drudzy)", "Zalewska", BORN);
        awaitProjected();

        refused(() -> opinions.request(centre, "Zalewska", BORN, "III Nsm 46/26", "Pytania", today().plusDays(20),
                clerk), "court.family-not-matched");
        refused(() -> opinions.request(centre, "Zalewska", BORN.plusDays(1), "III Nsm 46/26", "Pytania",
                today().plusDays(20), clerk), "court.family-not-matched");
        refused(() -> opinions.request(centre, "Nowacka", BORN, "III Nsm 46/26", "Pytania", today().plusDays(20),
                clerk), "court.family-not-matched");

        assertThat(records(clerk, "COURT_FAMILY_LOOKUP")).hasSize(3).allSatisfy(lookup -> {
            assertThat(lookup.caseIds()).isEmpty();
            assertThat(lookup.purpose()).contains("no single match");
        });
        assertThat(opinionQueries.ofCourt(clerk)).isEmpty();
        assertThat(namesake).isNotEqualTo(caseId);
    }

    @Test
    void a_request_that_could_not_be_made_looks_no_family_up() {
        refused(() -> opinions.request(centre, "Zalewska", BORN, "Nowakowie", "Pytania", today().plusDays(20),
                clerk), "court.reference-invalid");
        refused(() -> opinions.request(centre, "Zalewska", BORN, "III Nsm 1/26", "Pytania", today().minusDays(1),
                clerk), "opinion.deadline-not-in-future");
        refused(() -> opinions.request(centre, "Zalewska", BORN, "III Nsm 1/26", "Pytania", today().plusDays(9),
                assistant), "court.staff-only");

        assertThat(records(clerk, "COURT_FAMILY_LOOKUP")).isEmpty();
    }

    @Test
    void the_court_never_opens_the_case_file_and_sees_no_document_before_delivery() {
        OpinionRequestId request = requested();

        assertThat(caseFiles.open(caseId, clerk)).isEmpty();
        assertThat(opinionQueries.document(request, clerk)).isEmpty();
        assertThat(workLists.casesFor(clerk)).isEmpty();
        assertThat(records(clerk, "OPINION_DOCUMENT")).isEmpty();
    }

    @Test
    void the_delivered_pdf_hashes_to_the_recorded_sha256_and_names_the_position_of_the_file_it_rests_on()
            throws IOException {
        OpinionRequestId request = requested();
        opinions.saveDraft(request, new OpinionText("Rodzina mieszka w dwóch pokojach.", "", "", "", ""), assistant);
        cases.documentWork(caseId, WorkKind.HOME_VISIT, today(), 60, List.of("Ewa Zalewska"),
                "Wizyta przed opinią dla sądu: dzieci zadbane.", DataCategory.VISITS, assistant);
        long newestOfTheFile = newestEventOf(caseId.value(), new SharingLedgerId(caseId).toString(), request.value());

        opinions.submit(request, complete(), assistant);
        opinions.approve(request, head);
        awaitProjected();

        OpinionRequestRow row = opinionQueries.ofCourt(clerk).getFirst();
        OpinionDocument document = opinionQueries.document(request, clerk).orElseThrow();
        String delivered = eventStore.readEvents(request.value()).asStream()
                .map(message -> message.getPayload()).filter(OpinionDelivered.class::isInstance)
                .map(OpinionDelivered.class::cast).findFirst().orElseThrow().documentSha256();
        assertThat(DocumentHash.sha256(document.content())).isEqualTo(document.sha256()).isEqualTo(delivered)
                .isEqualTo(row.delivery().documentSha256());
        assertThat(row.status()).isEqualTo(OpinionStatus.DELIVERED);
        assertThat(row.delivery().casePosition()).as("the newest event of the file when it was submitted")
                .isEqualTo(newestOfTheFile);
        assertThat(row.delivery().authorName()).isEqualTo("Anna Kowalska");
        assertThat(row.delivery().approverName()).isEqualTo("Tomasz Lewandowski");
        assertThat(document.fileName()).isEqualTo("opinia-iii-nsm-45-26.pdf");
        assertThat(OpinionPdfTest.text(document.content())).contains("III Nsm 45/26", "Zalewscy",
                "pozycja w historii zdarzeń " + newestOfTheFile, "Anna Kowalska, asystent rodziny",
                "Tomasz Lewandowski, kierownik ośrodka", "Dzieci uczęszczają do szkoły; matka współpracuje.");
        assertThat(records(clerk, "OPINION_DOCUMENT")).singleElement()
                .satisfies(read -> assertThat(read.caseIds()).containsExactly(caseId.value()));
        assertThat(timeline(assistant)).extracting(TimelineRow::type)
                .contains("OpinionRequested", "OpinionDelivered")
                .doesNotContain("OpinionDraftSaved", "OpinionSubmitted");
    }

    @Test
    void a_delivered_document_cannot_be_changed_or_removed() {
        OpinionRequestId request = requested();
        opinions.submit(request, complete(), assistant);
        opinions.approve(request, head);

        assertThatThrownBy(() -> jdbc.update("update court_opinion_document set content = ? where request_id = ?",
                new byte[] {1}, request.value())).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from court_opinion_document where request_id = ?",
                request.value())).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> opinions.approve(request, head)).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("opinion.already-delivered"));
        assertThat(jdbc.queryForObject("select count(*) from court_opinion_document where request_id = ?",
                Integer.class, request.value())).isOne();
    }

    @Test
    void the_head_returns_the_opinion_with_comments_the_assistant_reads_them_and_submits_again() {
        OpinionRequestId request = requested();
        opinions.submit(request, complete(), assistant);
        opinions.returnForChanges(request, "Proszę opisać postępy syna w nauce.", head);
        awaitProjected();

        OpinionDetails returned = details(request, assistant);
        assertThat(returned.status()).isEqualTo(OpinionStatus.RETURNED);
        assertThat(returned.returnComments()).isEqualTo("Proszę opisać postępy syna w nauce.");
        assertThat(returned.returnedBy()).isEqualTo("Tomasz Lewandowski");
        assertThat(returned.text()).isEqualTo(complete());

        opinions.submit(request, complete(), assistant);
        awaitProjected();
        assertThat(details(request, head).status()).isEqualTo(OpinionStatus.SUBMITTED);
    }

    @Test
    void a_decision_lands_on_the_timeline_and_an_order_to_work_with_an_assistant_prompts_the_team_to_record_it() {
        OpinionRequestId request = requested();

        opinions.recordDecision(request, CourtDecisionKind.ORDER_TO_WORK_WITH_ASSISTANT, today(), "III Nsm 45/26",
                "Zobowiązano rodziców do współpracy z asystentem rodziny.", clerk);
        awaitProjected();

        assertThat(timeline(assistant)).filteredOn(entry -> entry.type().equals("CourtDecisionRecorded"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.category()).isEqualTo(DataCategory.COURT);
                    assertThat(entry.subject()).isEqualTo("ORDER_TO_WORK_WITH_ASSISTANT");
                    assertThat(entry.text()).contains("Zobowiązano rodziców");
                });
        assertThat(opinionQueries.decisionsForCaseTeam(assistant)).singleElement()
                .satisfies(decision -> assertThat(decision.legalBasisToRecord()).isTrue());
        assertThat(opinionQueries.decisionsOfCourt(clerk)).singleElement()
                .satisfies(decision -> assertThat(decision.legalBasisToRecord()).isFalse());
        assertThat(fileQueries.details(caseId, assistant).orElseThrow().courtOrder())
                .as("the court's record does not change the legal basis by itself").isNull();

        cases.recordCourtOrder(caseId, "Sąd Rejonowy", "III Nsm 45/26", today(), assistant);
        awaitProjected();
        assertThat(opinionQueries.decisionsForCaseTeam(assistant)).singleElement()
                .satisfies(decision -> assertThat(decision.legalBasisToRecord()).isFalse());
    }

    @Test
    void the_court_withdraws_a_request_and_the_team_no_longer_owes_it() {
        OpinionRequestId request = requested();

        opinions.withdraw(request, "Postępowanie umorzone.", clerk);
        awaitProjected();

        assertThat(opinionQueries.ofCourt(clerk)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(OpinionStatus.WITHDRAWN);
            assertThat(row.withdrawalReason()).isEqualTo("Postępowanie umorzone.");
        });
        assertThat(opinionQueries.forCaseTeam(assistant)).isEmpty();
    }

    @Test
    void someone_who_may_not_see_the_case_learns_only_that_there_is_no_such_request() {
        OpinionRequestId request = requested();
        Actor otherCourt = actor("clerk2", "Jan Obcy", Role.COURT_STAFF, new InstitutionId("sad-inny-" + unique));
        Actor otherAssistant = actor("as2", "Marek Wiśniewski", Role.FAMILY_ASSISTANT, centre);

        refused(() -> opinions.withdraw(request, "Pomyłka", otherCourt), "opinion.not-found");
        refused(() -> opinions.saveDraft(request, complete(), otherAssistant), "opinion.not-found");
        refused(() -> opinions.saveDraft(new OpinionRequestId("missing-" + unique), complete(), assistant),
                "opinion.not-found");
        refused(() -> opinions.saveDraft(request, complete(), clerk), "opinion.not-drafter");
        assertThat(opinionQueries.ofCourt(otherCourt)).isEmpty();
        assertThat(opinionQueries.forCaseTeam(otherAssistant)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private OpinionRequestId requested() {
        OpinionRequestId request = opinions.request(centre, "Zalewska", BORN, "III Nsm 45/26",
                "Jak rodzina współpracuje z asystentem?", today().plusDays(30), clerk).id();
        awaitProjected();
        return request;
    }

    private static OpinionText complete() {
        return new OpinionText("Rodzina mieszka w dwóch pokojach.", "Matka dotrzymuje ustaleń.",
                "Plan realizowany zgodnie z terminami.", "Dzieci uczęszczają do szkoły; matka współpracuje.",
                "Zasadna jest dalsza praca asystenta.");
    }

    private OpinionDetails details(OpinionRequestId request, Actor reader) {
        return caseFiles.open(caseId, reader).flatMap(file -> opinionQueries.details(file, request)).orElseThrow();
    }

    private CaseId family(String familyName, String surname, LocalDate born) {
        CaseId registered = cases.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Ewa", surname, Kinship.PARENT, born),
                        new FamilyMember(null, "Piotr", surname.replaceAll("a$", "i"), Kinship.CHILD,
                                LocalDate.of(2015, 2, 3))),
                new Address("ul. Polna 1", "99-100", "Przykładowo"), new Contact("600 100 100", null), socialWorker).id();
        cases.recordInterview(registered, today().minusDays(3), "Trudności wychowawcze.", List.of(), socialWorker);
        cases.requestAssistant(registered, "Rodzina potrzebuje wsparcia.", socialWorker);
        cases.recordConsent(registered, "Ewa " + surname, today().minusDays(2), "ZG/1/" + unique, socialWorker);
        return registered;
    }

    private List<TimelineRow> timeline(Actor reader) {
        return timeline.page(caseId, TimelineFilter.ALL, 0, 200, reader);
    }

    private long newestEventOf(String... streams) {
        return jdbc.queryForObject("select max(global_index) from domain_event_entry where aggregate_identifier = any(?)",
                Long.class, (Object) streams);
    }

    record Recorded(List<String> caseIds, String purpose) {
    }

    private List<Recorded> records(Actor actor, String view) {
        return jdbc.query("select case_ids, purpose from access_record where actor_id = ? and view_name = ? "
                        + "order by record_id",
                (row, n) -> new Recorded(List.of((String[]) row.getArray("case_ids").getArray()),
                        row.getString("purpose")),
                actor.userId().value(), view);
    }

    private void awaitProjected() {
        ReadModels.awaitCaughtUp(rebuild);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    private Actor actor(String name, String displayName, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), displayName, Set.of(role), institution);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
