package pl.asysta.accessreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.accessreview.SubjectAccessReport.Read;
import pl.asysta.accessreview.SubjectAccessReport.Reader;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * A family member's subject access report (GDPR art. 15): who read the family's data, when, in which role and
 * institution, which categories they could see and why, made by an auditor and recorded as an export.
 */
class SubjectAccessReportTest extends ReviewTest {

    private static final String SCHOOL_PURPOSE = "Współpraca szkoły z asystentem rodziny: frekwencja Kacpra";

    CaseId nowakowie;
    CaseId wrobel;
    String kacper;

    @BeforeEach
    void aFamilySharedWithTheSchoolAndReadByManyPeople() {
        registerInstitutions();
        nowakowie = assignedFamily("Nowak");
        wrobel = assignedFamily("Wróbel");
        sharing.recordConsent(nowakowie, "Joanna Nowak", school, Set.of(DataCategory.BASIC, DataCategory.EDUCATION),
                SCHOOL_PURPOSE, today(), today().plusMonths(6), "ZU/7", assistant);
        sharing.recordConsent(wrobel, "Joanna Wróbel", school, Set.of(DataCategory.BASIC, DataCategory.EDUCATION),
                "Frekwencja", today(), today().plusMonths(6), "ZU/8", assistant);
        awaitProjected();
        kacper = review.members(nowakowie, auditor).stream()
                .filter(member -> member.firstName().equals("Kacper")).findFirst().orElseThrow().memberId();
    }

    @Test
    void the_report_lists_every_read_of_the_family_with_who_when_why_and_which_categories() {
        long assistants = caseFiles.open(nowakowie, assistant).orElseThrow().accessRecord();
        long teachers = caseFiles.open(nowakowie, teacher).orElseThrow().accessRecord();
        caseFiles.open(wrobel, teacher).orElseThrow();
        queries.casesFor(head);
        long auditors = caseFiles.open(nowakowie, auditor).orElseThrow().accessRecord();

        SubjectAccessReport report = reports.report(nowakowie, kacper, auditor);

        assertThat(report.familyName()).isEqualTo(familyName("Nowak"));
        assertThat(report.member().fullName()).isEqualTo("Kacper Nowak");
        assertThat(report.generatedBy()).isEqualTo("Robert Szymański");
        assertThat(report.generatedByRoles()).containsExactly(Role.AUDITOR);
        assertThat(report.generatedByInstitution()).isEqualTo("Ośrodek Pomocy Społecznej w Recenzowie " + unique);
        List<Read> reads = report.reads();
        assertThat(reads).extracting(Read::readerName).containsSubsequence("Anna Kowalska", "Magdalena Kamińska",
                "Tomasz Lewandowski", "Robert Szymański", "Robert Szymański");
        assertThat(reads).extracting(Read::at).isSorted();

        Read assistantsRead = read(reads, assistants);
        assertThat(assistantsRead.roles()).containsExactly(Role.FAMILY_ASSISTANT);
        assertThat(assistantsRead.institutionName()).isEqualTo("Ośrodek Pomocy Społecznej w Recenzowie " + unique);
        assertThat(assistantsRead.view()).isEqualTo(AccessView.CASE_FILE);
        assertThat(assistantsRead.categories()).containsExactlyInAnyOrder(DataCategory.values());
        assertThat(assistantsRead.purpose()).isEqualTo("CASE_WORK");
        assertThat(assistantsRead.grantBases()).isEmpty();

        Read teachersRead = read(reads, teachers);
        assertThat(teachersRead.institutionName()).isEqualTo("Szkoła Podstawowa nr 2 w Recenzowie " + unique);
        assertThat(teachersRead.categories()).containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.EDUCATION);
        assertThat(teachersRead.purpose()).isEqualTo(SCHOOL_PURPOSE);
        assertThat(teachersRead.grantBases()).containsExactly(GrantBasis.FAMILY_CONSENT);

        assertThat(reads).filteredOn(read -> read.readerName().equals("Tomasz Lewandowski")).singleElement()
                .satisfies(list -> assertThat(list.view()).isEqualTo(AccessView.CASE_LIST));
        assertThat(read(reads, auditors).purpose()).isEqualTo("AUDIT");
    }

    @Test
    void reads_of_other_families_are_not_in_the_report() {
        long elsewhere = caseFiles.open(wrobel, teacher).orElseThrow().accessRecord();

        SubjectAccessReport report = reports.report(nowakowie, kacper, auditor);

        assertThat(report.reads()).extracting(Read::recordId).doesNotContain(elsewhere);
    }

    @Test
    void making_the_report_is_recorded_as_an_export_of_the_family_naming_the_member_and_it_ends_the_report() {
        caseFiles.open(nowakowie, assistant).orElseThrow();
        long before = recordsBy(auditor);

        SubjectAccessReport report = reports.report(nowakowie, kacper, auditor);

        assertThat(recordsBy(auditor)).isEqualTo(before + 1);
        long record = lastRecordBy(auditor);
        assertThat(report.exportRecord()).isEqualTo(record);
        assertThat(viewOf(record)).isEqualTo("EXPORT");
        assertThat(caseIdsOf(record)).containsExactly(nowakowie.value());
        assertThat(jdbc.queryForObject("select purpose from access_record where record_id = ?", String.class, record))
                .isEqualTo("AUDIT; RODO art. 15: Kacper Nowak");
        Read last = report.reads().getLast();
        assertThat(last.recordId()).isEqualTo(record);
        assertThat(last.view()).isEqualTo(AccessView.EXPORT);
        assertThat(report.generatedAt()).isEqualTo(last.at());
        assertThat(report.coveredFrom()).isBeforeOrEqualTo(report.reads().getFirst().at());
    }

    @Test
    void every_report_is_a_new_export_and_the_next_report_shows_the_previous_one() {
        long first = reports.report(nowakowie, kacper, auditor).exportRecord();

        SubjectAccessReport second = reports.report(nowakowie, kacper, auditor);

        assertThat(second.exportRecord()).isGreaterThan(first);
        assertThat(second.reads()).extracting(Read::recordId).contains(first, second.exportRecord());
    }

    @Test
    void the_summary_names_each_reader_once_with_how_often_when_and_why() {
        caseFiles.open(nowakowie, teacher).orElseThrow();
        caseFiles.open(nowakowie, teacher).orElseThrow();
        caseFiles.open(nowakowie, assistant).orElseThrow();

        List<Reader> readers = reports.report(nowakowie, kacper, auditor).readers();

        assertThat(readers).extracting(Reader::name).doesNotHaveDuplicates()
                .contains("Magdalena Kamińska", "Anna Kowalska", "Robert Szymański");
        Reader school = readers.stream().filter(reader -> reader.name().equals("Magdalena Kamińska")).findFirst()
                .orElseThrow();
        assertThat(school.reads()).isEqualTo(2);
        assertThat(school.first()).isBeforeOrEqualTo(school.last());
        assertThat(school.categories()).containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.EDUCATION);
        assertThat(school.purposes()).containsExactly(SCHOOL_PURPOSE);
        assertThat(school.grantBases()).containsExactly(GrantBasis.FAMILY_CONSENT);
        assertThat(readers).extracting(Reader::first).isSorted();
    }

    @Test
    void a_member_the_family_does_not_have_gets_no_report_and_nothing_is_recorded() {
        long before = recordsBy(auditor);

        assertThatThrownBy(() -> reports.report(nowakowie, "not-a-member", auditor))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("review.no-member"));
        assertThatThrownBy(() -> reports.report(new CaseId("missing-" + unique), kacper, auditor))
                .isInstanceOf(DomainRuleViolation.class);

        assertThat(recordsBy(auditor)).isEqualTo(before);
    }

    private static Read read(List<Read> reads, long record) {
        return reads.stream().filter(read -> read.recordId() == record).findFirst().orElseThrow();
    }
}
