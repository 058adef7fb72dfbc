package pl.asysta.caseview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import pl.asysta.cases.CaseCommands;
import pl.asysta.cases.CaseId;
import pl.asysta.cases.query.CaseQueries;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.institutions.InstitutionDirectory;
import pl.asysta.shared.Actor;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.time.ClockConfiguration;

/**
 * What the case screens work with: the write and read facades, the staff to name, the sentences for refusals,
 * and the centre's today.
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
    private final CaseQueries queries;
    private final StaffDirectory staff;
    private final ErrorMessages errors;
    private final InstitutionDirectory institutions;
    private final Clock clock;

    CaseServices(CaseCommands commands, CaseQueries queries, StaffDirectory staff, ErrorMessages errors,
                 InstitutionDirectory institutions, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.errors = errors;
        this.institutions = institutions;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    public CaseCommands commands() {
        return commands;
    }

    public CaseQueries queries() {
        return queries;
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
        return queries.readSidePosition(caseId, actor);
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
