package pl.asysta.accessreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.accessreview.AccessReview.Snapshot;
import pl.asysta.accessreview.AccessReviewRow.NamedCase;
import pl.asysta.cases.access.AccessView;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * The auditor searches the access log by person, institution, case and period, newest first, and pages through a
 * search that stays put while the log grows; every page they are shown is itself recorded.
 */
class AccessReviewTest extends ReviewTest {

    CaseId nowakowie;
    CaseId wrobel;

    @BeforeEach
    void twoFamiliesReadOverTwoDays() {
        registerInstitutions();
        nowakowie = assignedFamily("Nowak");
        wrobel = assignedFamily("Wróbel");
        awaitProjected();
    }

    @Test
    void a_record_naming_many_families_shows_the_family_searched_for_among_those_it_names() {
        List<String> centre = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7");

        assertThat(AccessReview.namedFirst(centre, new CaseId("c7"))).containsExactly("c7", "c1", "c2", "c3", "c4");
        assertThat(AccessReview.namedFirst(centre, null)).containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(AccessReview.namedFirst(List.of("c2"), new CaseId("c9"))).containsExactly("c2");
    }

    @Test
    void records_are_found_by_person_newest_first_with_names_of_families_and_institutions() {
        long first = openAt("2026-03-09T09:00", assistant, nowakowie);
        long second = openAt("2026-03-09T10:00", assistant, wrobel);
        openAt("2026-03-09T10:30", teacher, nowakowie);

        List<AccessReviewRow> found = page(AccessSearch.EVERYTHING.withPerson(assistant.userId()));

        assertThat(found).extracting(AccessReviewRow::recordId).containsExactly(second, first);
        AccessReviewRow newest = found.getFirst();
        assertThat(newest.actorName()).isEqualTo("Anna Kowalska");
        assertThat(newest.roles()).containsExactly("FAMILY_ASSISTANT");
        assertThat(newest.institutionName()).isEqualTo("Ośrodek Pomocy Społecznej w Recenzowie " + unique);
        assertThat(newest.view()).isEqualTo(AccessView.CASE_FILE);
        assertThat(newest.cases()).containsExactly(new NamedCase(wrobel, familyName("Wróbel")));
        assertThat(newest.categories()).containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.PLAN);
        assertThat(newest.purpose()).isEqualTo("CASE_WORK");
    }

    @Test
    void records_are_found_by_institution_by_case_and_by_period_and_the_filters_combine() {
        long mondayNowak = openAt("2026-03-09T09:00", assistant, nowakowie);
        long mondaySchool = openAt("2026-03-09T11:00", teacher, nowakowie);
        long tuesdayWrobel = openAt("2026-03-10T09:00", assistant, wrobel);
        long tuesdaySchool = openAt("2026-03-10T13:00", teacher, wrobel);
        AccessSearch ours = AccessSearch.EVERYTHING.between(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10));

        assertThat(ids(ours.withInstitution(school))).containsExactly(tuesdaySchool, mondaySchool);
        assertThat(ids(ours.withInstitution(centre))).containsExactly(tuesdayWrobel, mondayNowak);
        assertThat(ids(ours.withCase(nowakowie))).containsExactly(mondaySchool, mondayNowak);
        assertThat(ids(ours.withCase(nowakowie).between(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10))))
                .isEmpty();
        assertThat(ids(ours.withInstitution(school).between(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10))))
                .containsExactly(tuesdaySchool);
        assertThat(ids(ours.withCase(wrobel).withPerson(teacher.userId()))).containsExactly(tuesdaySchool);
        Snapshot snapshot = review.search(ours.withInstitution(school), auditor);
        assertThat(review.count(snapshot, auditor)).isEqualTo(2);
    }

    @Test
    void a_period_is_whole_days_on_the_centres_clock_from_midnight_to_midnight() {
        long justAfterMidnight = openAt("2026-03-09T00:00:01", assistant, nowakowie);
        long justBeforeMidnight = openAt("2026-03-09T23:59:59", assistant, nowakowie);
        openAt("2026-03-08T23:59:59", assistant, nowakowie);
        openAt("2026-03-10T00:00", assistant, nowakowie);

        assertThat(ids(AccessSearch.EVERYTHING.withPerson(assistant.userId())
                .between(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9))))
                .containsExactly(justBeforeMidnight, justAfterMidnight);
    }

    @Test
    void a_list_read_names_its_first_families_and_says_how_many_it_named() {
        List<CaseId> many = List.of(nowakowie, wrobel, new CaseId("c1-" + unique), new CaseId("c2-" + unique),
                new CaseId("c3-" + unique), new CaseId("c4-" + unique), new CaseId("c5-" + unique));
        readAt("2026-03-09T08:00", head, AccessView.CASE_LIST, many, "CASE_WORK");

        AccessReviewRow row = page(AccessSearch.EVERYTHING.withPerson(head.userId())).getFirst();

        assertThat(row.caseCount()).isEqualTo(7);
        assertThat(row.cases()).hasSize(AccessReview.CASES_NAMED_PER_RECORD);
        assertThat(row.cases()).extracting(NamedCase::caseId).isSubsetOf(many);
        assertThat(row.cases()).allSatisfy(named -> assertThat(named.familyName()).isEqualTo(
                named.caseId().equals(nowakowie) ? familyName("Nowak")
                        : named.caseId().equals(wrobel) ? familyName("Wróbel") : null));
    }

    @Test
    void pages_of_a_search_stay_put_while_new_records_arrive() {
        for (int hour = 8; hour < 18; hour++) {
            openAt("2026-03-09T%02d:00".formatted(hour), assistant, hour % 2 == 0 ? nowakowie : wrobel);
        }
        Snapshot snapshot = review.search(AccessSearch.EVERYTHING.withPerson(assistant.userId()), auditor);
        List<Long> firstPage = review.records(snapshot, 0, 4, auditor).stream()
                .map(AccessReviewRow::recordId).toList();

        openAt("2026-03-09T18:00", assistant, nowakowie);
        openAt("2026-03-09T19:00", assistant, nowakowie);

        assertThat(review.records(snapshot, 0, 4, auditor)).extracting(AccessReviewRow::recordId)
                .containsExactlyElementsOf(firstPage);
        assertThat(review.count(snapshot, auditor)).isEqualTo(10);
        assertThat(review.records(snapshot, 8, 4, auditor)).hasSize(2);
        assertThat(review.count(review.search(snapshot.search(), auditor), auditor)).isEqualTo(12);
    }

    // ---------------------------------------------------------------- the auditor's own reads

    @Test
    void every_page_the_auditor_is_shown_is_recorded_naming_the_families_on_it() {
        openAt("2026-03-09T09:00", assistant, nowakowie);
        openAt("2026-03-09T10:00", teacher, wrobel);
        Snapshot snapshot = review.search(AccessSearch.EVERYTHING.withInstitution(centre), auditor);
        long before = recordsBy(auditor);

        review.count(snapshot, auditor);
        assertThat(recordsBy(auditor)).as("a count is a number, not case data").isEqualTo(before);

        review.records(snapshot, 0, 50, auditor);

        assertThat(recordsBy(auditor)).isEqualTo(before + 1);
        long record = lastRecordBy(auditor);
        assertThat(viewOf(record)).isEqualTo("ACCESS_REVIEW");
        assertThat(caseIdsOf(record)).containsExactly(nowakowie.value());
        assertThat(jdbc.queryForMap("select purpose, categories from access_record where record_id = ?", record))
                .containsEntry("purpose", "AUDIT").containsEntry("categories", "BASIC");
    }

    @Test
    void the_reviewers_reads_show_up_in_the_review_like_anyone_elses() {
        openAt("2026-03-09T09:00", assistant, nowakowie);
        review.records(review.search(AccessSearch.EVERYTHING.withCase(nowakowie), auditor), 0, 50, auditor);

        List<AccessReviewRow> auditorsReads = page(AccessSearch.EVERYTHING.withPerson(auditor.userId()));

        assertThat(auditorsReads).isNotEmpty();
        assertThat(auditorsReads.getLast().view()).isEqualTo(AccessView.ACCESS_REVIEW);
        assertThat(auditorsReads.getLast().cases()).extracting(NamedCase::caseId).containsExactly(nowakowie);
    }

    @Test
    void choosing_a_family_and_its_member_is_recorded_and_an_empty_answer_is_not() {
        long before = recordsBy(auditor);

        assertThat(review.cases("Wróbel " + unique, 0, 10, auditor))
                .containsExactly(new CaseOption(wrobel, familyName("Wróbel")));
        assertThat(caseIdsOf(lastRecordBy(auditor))).containsExactly(wrobel.value());
        assertThat(review.members(wrobel, auditor)).extracting(MemberOption::fullName)
                .containsExactly("Joanna Wróbel", "Kacper Wróbel");
        assertThat(caseIdsOf(lastRecordBy(auditor))).containsExactly(wrobel.value());
        assertThat(recordsBy(auditor)).isEqualTo(before + 2);

        assertThat(review.cases("Nikt-taki " + unique, 0, 10, auditor)).isEmpty();
        assertThat(review.members(new CaseId("missing-" + unique), auditor)).isEmpty();
        assertThat(recordsBy(auditor)).isEqualTo(before + 2);
    }

    @Test
    void the_readers_of_the_log_are_offered_by_name() {
        openAt("2026-03-09T09:00", teacher, nowakowie);

        assertThat(review.readers(auditor)).contains(new ReaderOption(teacher.userId(), "Magdalena Kamińska"));
    }

    // ---------------------------------------------------------------- auditors only

    @Test
    void nobody_but_an_auditor_may_review_the_log_and_a_refusal_is_not_recorded() {
        openAt("2026-03-09T09:00", assistant, nowakowie);
        Snapshot snapshot = review.search(AccessSearch.EVERYTHING.withCase(nowakowie), auditor);
        for (Role role : Role.values()) {
            if (role == Role.AUDITOR) {
                continue;
            }
            Actor someone = actor("x-" + role, "Ktoś " + role, role, centre);
            refused(() -> review.search(AccessSearch.EVERYTHING, someone));
            refused(() -> review.count(snapshot, someone));
            refused(() -> review.records(snapshot, 0, 50, someone));
            refused(() -> review.unusualPatterns(snapshot, someone));
            refused(() -> review.readers(someone));
            refused(() -> review.institutions(someone));
            refused(() -> review.cases("", 0, 10, someone));
            refused(() -> review.members(nowakowie, someone));
            refused(() -> reports.report(nowakowie, "any", someone));
            assertThat(recordsBy(someone)).isZero();
        }
    }

    @Test
    void an_auditor_reviewing_changes_nothing_but_the_log() {
        openAt("2026-03-09T09:00", assistant, nowakowie);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        String summary = jdbc.queryForObject("select count(*) || ':' || max(last_position) from case_summary",
                String.class);

        Snapshot snapshot = review.search(AccessSearch.EVERYTHING.withCase(nowakowie), auditor);
        review.records(snapshot, 0, 50, auditor);
        review.unusualPatterns(snapshot, auditor);
        String memberId = review.members(nowakowie, auditor).getFirst().memberId();
        reports.report(nowakowie, memberId, auditor);

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) || ':' || max(last_position) from case_summary",
                String.class)).isEqualTo(summary);
    }

    private List<AccessReviewRow> page(AccessSearch search) {
        return review.records(review.search(search, auditor), 0, 100, auditor);
    }

    private List<Long> ids(AccessSearch search) {
        return page(search).stream()
                .filter(row -> Set.of(assistant.userId(), teacher.userId()).contains(row.actorId()))
                .map(AccessReviewRow::recordId).toList();
    }
}
