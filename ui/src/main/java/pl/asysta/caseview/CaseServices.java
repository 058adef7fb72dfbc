package pl.asysta.caseview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.time.ClockConfiguration;

/**
 * What the case screens work with: the write and read facades of the case, its consent ledger and its referrals,
 * the staff and institutions to name, the sentences for refusals, and the centre's today.
 *
 * <p>The read side is filled by projections that follow the events a moment later. So that a person sees what
 * they just did, a screen waits briefly after a successful command until the case's timeline holds the new entry
 * ({@link #awaitNewEntry}); the wait is bounded, and after it the screen shows whatever is there.
 */
@Component
public class CaseServices {

    private static final long CATCH_UP_MILLIS = 3000;
    private static final long POLL_MILLIS = 25;

    private final CaseCommands commands;
    private final CaseFiles caseFiles;
    private final CaseFileQueries fileQueries;
    private final WorkListQueries workLists;
    private final TimelineQueries timeline;
    private final SharingCommands sharing;
    private final SharingQueries sharingQueries;
    private final ReferralCommands referrals;
    private final ReferralQueries referralQueries;
    private final StaffDirectory staff;
    private final ErrorMessages errors;
    private final InstitutionDirectory institutions;
    private final InstitutionRegister register;
    private final Clock clock;

    CaseServices(CaseCommands commands, CaseFiles caseFiles, CaseFileQueries fileQueries, WorkListQueries workLists,
                 TimelineQueries timeline, SharingCommands sharing, SharingQueries sharingQueries,
                 ReferralCommands referrals, ReferralQueries referralQueries, StaffDirectory staff,
                 ErrorMessages errors, InstitutionDirectory institutions, InstitutionRegister register, Clock clock) {
        this.commands = commands;
        this.caseFiles = caseFiles;
        this.fileQueries = fileQueries;
        this.workLists = workLists;
        this.timeline = timeline;
        this.sharing = sharing;
        this.sharingQueries = sharingQueries;
        this.referrals = referrals;
        this.referralQueries = referralQueries;
        this.staff = staff;
        this.errors = errors;
        this.institutions = institutions;
        this.register = register;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    public CaseCommands commands() {
        return commands;
    }

    /** Opens case files (recording each opening) and tells what an open file may show now. */
    public CaseFiles files() {
        return caseFiles;
    }

    /** The header and the work plan of an open case file. */
    public CaseFileQueries fileQueries() {
        return fileQueries;
    }

    /** The signed-in person's lists of families: theirs, those waiting, those falling due, the caseloads. */
    public WorkListQueries workLists() {
        return workLists;
    }

    public TimelineQueries timeline() {
        return timeline;
    }

    /** The case's consent ledger: consents to share, grants on a court order or a statute. */
    public SharingCommands sharing() {
        return sharing;
    }

    public SharingQueries sharingQueries() {
        return sharingQueries;
    }

    public ReferralCommands referrals() {
        return referrals;
    }

    public ReferralQueries referralQueries() {
        return referralQueries;
    }

    /** The institutions of the register, by name. */
    public List<Institution> registeredInstitutions() {
        return register.all();
    }

    /** An institution's proper name: the register's, or the directory's for one the register does not hold. */
    public String institutionName(InstitutionId institution) {
        if (institution == null) {
            return "";
        }
        return register.find(institution).map(Institution::name).orElseGet(() -> institutions.displayName(institution));
    }

    /** The names of all institutions as the register holds them now: one read for a whole list of rows. */
    public Function<InstitutionId, String> institutionNames() {
        Map<InstitutionId, String> names = register.all().stream()
                .collect(Collectors.toMap(Institution::id, Institution::name, (first, second) -> first));
        return institution -> institution == null ? ""
                : names.getOrDefault(institution, institutions.displayName(institution));
    }

    public StaffDirectory staff() {
        return staff;
    }

    public ErrorMessages errors() {
        return errors;
    }

    public InstitutionDirectory institutions() {
        return institutions;
    }

    /** The centre's day, the same one the commands are stamped with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How far the read side has followed the case (no case data, so no access record). */
    public long position(CaseId caseId, Actor actor) {
        return timeline.readSidePosition(caseId, actor);
    }

    /** Waits until the case's timeline holds an entry newer than {@code known}, or the bound has passed. */
    public void awaitNewEntry(CaseId caseId, Actor actor, long known) {
        await(() -> position(caseId, actor) > known);
    }

    /** Waits until the condition holds, or the bound has passed; true when it held. */
    public boolean await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + CATCH_UP_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
