package pl.asysta.demo;

import static pl.asysta.demo.DemoGmina.ANNA;
import static pl.asysta.demo.DemoGmina.KATARZYNA;
import static pl.asysta.demo.DemoGmina.MAREK;
import static pl.asysta.demo.DemoGmina.TOMASZ;
import static pl.asysta.demo.DemoGmina.caseId;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.asysta.accessreview.domain.PolishPublicHolidays;
import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * Six weeks of reads of the demo gmina's files, for the auditor's access review (ADR 0017): on working days the
 * assistants and the head open their start pages in the morning and a few files during the day, the social
 * worker opens hers, the school, the clinic and the interdisciplinary team open the files their grants allow
 * once a week; one evening the assistant opens a family's file after a crisis call; and one Saturday night the
 * deputy head, Grzegorz Pawlak, opens seven families' files he has no task on. Every read goes through the
 * access log with what the policy lets its reader see, stamped at the hour it is told to have happened; told
 * history raises no alerts. Seeded once, after the agencies' story (their grants), also on a gmina seeded before
 * this part of the story existed: the deputy head's reads are its marker.
 */
@Component
class DemoAccessHistory {

    static final Actor GRZEGORZ = new Actor(new UserId("zastepca"), "Grzegorz Pawlak", Set.of(Role.CENTRE_HEAD),
            DemoGmina.CENTRE);
    static final int WEEKS = 6;

    private static final Duration READ_SIDE = Duration.ofSeconds(30);

    private final AccessLog accessLog;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;
    private int records;

    DemoAccessHistory(AccessLog accessLog, AccessPolicy policy, JdbcClient jdbc) {
        this.accessLog = accessLog;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** Whether the history is already in the log (by this node or another one). */
    boolean told() {
        return jdbc.sql("select exists (select 1 from access_record where actor_id = :marker)")
                .param("marker", GRZEGORZ.userId().value())
                .query(Boolean.class)
                .single();
    }

    /** Tells the six weeks before {@code today}; returns the number of records written. */
    int seed(LocalDate today) {
        records = 0;
        List<CaseId> annas = new ArrayList<>();
        List<CaseId> mareks = new ArrayList<>();
        List<CaseId> katarzynas = new ArrayList<>();
        List<CaseId> all = new ArrayList<>();
        for (int family = 1; family <= DemoGmina.FAMILIES; family++) {
            CaseTeam facts = projected(caseId(family));
            all.add(facts.caseId());
            if (ANNA.userId().equals(facts.assistant())) {
                annas.add(facts.caseId());
            } else if (MAREK.userId().equals(facts.assistant())) {
                mareks.add(facts.caseId());
            }
            if (KATARZYNA.userId().equals(facts.socialWorker())) {
                katarzynas.add(facts.caseId());
            }
        }
        awaitSeen(DemoAgencies.NOWAK, DemoAgencies.MAGDALENA);
        awaitSeen(DemoAgencies.DUDEK, DemoAgencies.JOANNA);
        awaitSeen(DemoAgencies.WROBEL, DemoAgencies.PIOTR);
        LocalDate first = today.minusWeeks(WEEKS);
        LocalDate crisis = workingDayBefore(today.minusDays(9));
        LocalDate saturday = first.plusWeeks(3).with(DayOfWeek.SATURDAY);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            if (day.equals(saturday)) {
                deputyHeadsSaturdayNight(day, all);
            }
            if (!workingDay(day)) {
                continue;
            }
            int n = day.getDayOfYear();
            list(day, 8, 5, ANNA, annas);
            list(day, 8, 20, MAREK, mareks);
            list(day, 8, 35, TOMASZ, all);
            open(day, 9, 10, ANNA, annas.get(n % annas.size()));
            open(day, 13, 40, ANNA, annas.get((n + 5) % annas.size()));
            if (!mareks.isEmpty()) {
                open(day, 10, 15, MAREK, mareks.get(n % mareks.size()));
            }
            if (!katarzynas.isEmpty()) {
                open(day, 11, 30, KATARZYNA, katarzynas.get(n % katarzynas.size()));
            }
            if (n % 3 == 0) {
                open(day, 14, 50, TOMASZ, all.get(n % all.size()));
            }
            switch (day.getDayOfWeek()) {
                case TUESDAY -> {
                    open(day, 11, 0, DemoAgencies.MAGDALENA, DemoAgencies.NOWAK);
                    open(day, 11, 12, DemoAgencies.MAGDALENA, DemoAgencies.KAMINSKI);
                }
                case WEDNESDAY -> open(day, 10, 5, DemoAgencies.PIOTR, DemoAgencies.WROBEL);
                case THURSDAY -> open(day, 12, 20, DemoAgencies.JOANNA, DemoAgencies.DUDEK);
                default -> { }
            }
            if (day.equals(crisis)) {
                open(day, 21, 40, ANNA, DemoAgencies.WROBEL);
            }
        }
        return records;
    }

    /** Seven families' files in half an hour, late on a Saturday, none of them his to work on. */
    private void deputyHeadsSaturdayNight(LocalDate saturday, List<CaseId> all) {
        int minute = 5;
        for (int family : List.of(3, 6, 9, 12, 15, 18, 21)) {
            open(saturday, 22, minute, GRZEGORZ, all.get(family - 1));
            minute += 5;
        }
    }

    private void open(LocalDate day, int hour, int minute, Actor reader, CaseId caseId) {
        AccessDecision decision = policy.decide(caseId, reader);
        if (!decision.seesCase()) {
            return;
        }
        at(day, hour, minute).record(reader, AccessView.CASE_FILE, List.of(caseId), decision.readable(),
                decision.purpose(), null);
        records++;
    }

    /** The start page's lists: the families' names, their plans and assessments. */
    private void list(LocalDate day, int hour, int minute, Actor reader, List<CaseId> cases) {
        if (cases.isEmpty()) {
            return;
        }
        at(day, hour, minute).record(reader, AccessView.CASE_LIST, cases,
                Set.of(DataCategory.BASIC, DataCategory.PLAN, DataCategory.ASSESSMENT), policy.listPurpose(reader),
                null);
        records++;
    }

    private AccessLog at(LocalDate day, int hour, int minute) {
        return accessLog.stampedBy(Clock.fixed(day.atTime(LocalTime.of(hour, minute))
                .atZone(ClockConfiguration.CENTRE_ZONE).toInstant(), ZoneOffset.UTC));
    }

    /** The case as the read side knows it, waiting for the projection of a gmina seeded a moment ago. */
    private CaseTeam projected(CaseId caseId) {
        await(() -> policy.team(caseId).isPresent(), "The demo case " + caseId);
        return policy.team(caseId).orElseThrow();
    }

    /** The institution's grant, recorded a moment ago by the agencies' story, has reached the read side. */
    private void awaitSeen(CaseId caseId, Actor reader) {
        await(() -> policy.decide(caseId, reader).seesCase(), "The grant of " + caseId + " to " + reader.userId());
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + READ_SIDE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not reach the read side in " + READ_SIDE.toSeconds()
                        + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the read side", interrupted);
            }
        }
    }

    private static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !PolishPublicHolidays.isHoliday(day);
    }

    private static LocalDate workingDayBefore(LocalDate day) {
        LocalDate candidate = day;
        while (!workingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
