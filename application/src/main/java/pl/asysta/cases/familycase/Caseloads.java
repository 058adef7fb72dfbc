package pl.asysta.cases.familycase;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;

/**
 * The assistants' caseloads as the family case sees them while it decides. Every call joins the unit of work
 * of the case's command, so the case's events and the caseload's are stored together or not at all: a sixteenth
 * family is refused ({@code case.caseload-full}) before anything of the assignment is stored, and two heads
 * racing for the fifteenth place collide on the assistant's one caseload stream (uwr art. 15 ust. 4).
 */
interface Caseloads {

    /** The assistant takes the family on, or refuses it with {@code case.caseload-full}. */
    void takeOn(UserId assistant, CaseId caseId);

    /** The family leaves the assistant's caseload (closure); monitored families do not count. */
    void release(UserId assistant, CaseId caseId);

    /** The family moves from one assistant's caseload to another's, who must have room for it. */
    void handOver(CaseId caseId, UserId from, UserId to);
}
