package pl.asysta.cases.familycase;

import pl.asysta.cases.readmodel.ProjectionStatement;
import pl.asysta.cases.readmodel.TimelineEntries;

/**
 * The statements {@link CaseProjection} writes the case read model with, each declared with the table it writes,
 * those it reads and how it writes, so the batch knows which may pass each other. A row a later event changes
 * remembers the position of the last event applied, and changes only for a newer one.
 */
final class CaseStatements {

    private CaseStatements() {
    }

    static final ProjectionStatement CASELOAD = ProjectionStatement.upsertsNewer("case_caseload", """
            insert into case_caseload (assistant_id, case_id, active, last_position) values (?, ?, ?, ?)
            on conflict (assistant_id, case_id) do update set active = excluded.active,
                last_position = excluded.last_position
            where case_caseload.last_position < excluded.last_position""");

    static final ProjectionStatement FAMILY_REGISTERED = ProjectionStatement.addsOnce("case_summary", """
            insert into case_summary (case_id, centre, family_name, status, street, postal_code, town,
                phone, email, social_worker_id, social_worker_name, registered_at, last_position)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (case_id) do nothing""");

    static final ProjectionStatement MEMBER = ProjectionStatement.addsOnce("case_member", """
            insert into case_member (case_id, member_id, ordinal, first_name, last_name, kinship,
                birth_date)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (case_id, member_id) do nothing""");

    // ---------------------------------------------------------------- the summary, by the event that changes it

    static final ProjectionStatement ASSISTANT_REQUESTED = summary(
            "assistant_requested = true, assistant_requested_at = ?, request_justification = ?");

    static final ProjectionStatement CONSENT_RECORDED = summary("""
            consent_in_force = true, consenting_person = ?, consent_given_on = ?,
            consent_document_reference = ?, consent_withdrawn_on = null""");

    static final ProjectionStatement CONSENT_WITHDRAWN = summary(
            "consent_in_force = false, consent_withdrawn_on = ?");

    static final ProjectionStatement COURT_ORDER_RECORDED = summary(
            "court_ordered = true, court = ?, court_file_reference = ?, court_order_issued_on = ?");

    static final ProjectionStatement ASSISTANT_ASSIGNED = summary("""
            status = ?, assistant_id = ?, assistant_name = ?, assistant_since = ?,
            next_assessment_due = ?""");

    static final ProjectionStatement ASSISTANT_REASSIGNED = summary(
            "assistant_id = ?, assistant_name = ?, assistant_since = ?");

    static final ProjectionStatement PLAN_ADOPTED = summary("plan_version = ?");

    static final ProjectionStatement ASSESSED = summary("last_assessment_on = ?, next_assessment_due = ?");

    static final ProjectionStatement CHILD_PLACED = summary("foster_care = true");

    static final ProjectionStatement ZA_ZYCIEM_STARTED = summary("za_zyciem_ground = ?");

    static final ProjectionStatement CLOSED = summary("""
            status = ?, closure_reason = ?, closure_summary = ?, closed_on = ?, monitoring_until = ?,
            monitoring_outcome = null""");

    static final ProjectionStatement MONITORING_ENDED = summary("status = ?, monitoring_outcome = ?");

    static final ProjectionStatement REOPENED = summary("""
            status = ?, assistant_requested = false, assistant_requested_at = null,
            request_justification = null, assistant_id = null, assistant_name = null,
            assistant_since = null, next_assessment_due = null, closure_reason = null,
            closure_summary = null, closed_on = null, monitoring_until = null, monitoring_outcome = null""");

    // ---------------------------------------------------------------- the work plan

    static final ProjectionStatement PLAN_VERSION = ProjectionStatement.addsOnce("case_plan_version", """
            insert into case_plan_version (case_id, version, goals, adopted_on, recorded_at, author_name, position)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (case_id, version) do nothing""");

    static final ProjectionStatement PLAN_ACTION = ProjectionStatement.addsOnce("case_plan_action", """
            insert into case_plan_action (case_id, version, action_id, ordinal, description, owner_kind,
                owner_name, owner_reference, deadline, expected_effect)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (case_id, version, action_id) do nothing""");

    static final ProjectionStatement ACTION_OPENED = ProjectionStatement.addsOnce("case_plan_action_state", """
            insert into case_plan_action_state (case_id, action_id, status, last_position)
            values (?, ?, ?, ?)
            on conflict (case_id, action_id) do nothing""");

    static final ProjectionStatement ACTION_PROGRESSED = actionState("last_progress_note = ?, last_progress_on = ?");

    /** An action completed or dropped: its status, the outcome or the reason, and the day. */
    static final ProjectionStatement ACTION_CLOSED = actionState("status = ?, closing_note = ?, closed_on = ?");

    static final ProjectionStatement CONSULTATION = ProjectionStatement.addsByPosition("case_plan_consultation", """
            insert into case_plan_consultation (position, case_id, plan_version, social_worker_name, opinion,
                recorded_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (position) do nothing""");

    // ---------------------------------------------------------------- foster care, support, assistants

    static final ProjectionStatement FOSTER_PLACEMENT = ProjectionStatement.addsByPosition("case_foster_placement",
            """
            insert into case_foster_placement (position, case_id, member_id, placed_on, placement,
                coordinator_id, coordinator_name, child_assistance_plan_reference)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (position) do nothing""");

    /** An item of a catalogue drawn up: keyed by the event's position and the item's number in it. */
    static final ProjectionStatement SUPPORT_ITEM = ProjectionStatement.addsByPosition("case_support_item", """
            insert into case_support_item (position, item_no, case_id, support, provider)
            values (?, ?, ?, ?, ?)
            on conflict (position, item_no) do nothing""");

    /** The assistant works for the case's centre; the head's caseload screen lists them under their name. */
    static final ProjectionStatement KNOWN_ASSISTANT = ProjectionStatement.upsertsNewer("case_assistant", """
            insert into case_assistant (centre, assistant_id, assistant_name, last_position)
            select centre, ?, ?, ? from case_summary where case_id = ?
            on conflict (centre, assistant_id) do update set assistant_name = excluded.assistant_name,
                last_position = excluded.last_position
            where case_assistant.last_position < excluded.last_position""", "case_summary");

    // ---------------------------------------------------------------- subjects of timeline entries

    /**
     * The subject of a plan action's entry: its description in the last version adopted before the event, or the
     * action's id (the key).
     */
    static final TimelineEntries.Subject ACTION_DESCRIPTION = TimelineEntries.subject("""
            coalesce((select a.description from case_plan_action a
                      join case_plan_version v on v.case_id = a.case_id and v.version = a.version
                      where a.case_id = t.case_id and a.action_id = k.key and v.position < t.position
                      order by a.version desc limit 1), k.key)""", "case_plan_action", "case_plan_version");

    /** The subject of an entry about a child: their name, or their id (the key). */
    static final TimelineEntries.Subject MEMBER_NAME = TimelineEntries.subject("""
            coalesce((select m.first_name || ' ' || m.last_name from case_member m
                      where m.case_id = t.case_id and m.member_id = k.key), k.key)""", "case_member");

    /** Sets {@code assignments} (then the event's position) on the case's summary, for a newer event only. */
    private static ProjectionStatement summary(String assignments) {
        return ProjectionStatement.updates("case_summary", "update case_summary set " + assignments
                + ", last_position = ? where case_id = ? and last_position < ?");
    }

    /** Sets {@code assignments} (then the event's position) on an action's state, for a newer event only. */
    private static ProjectionStatement actionState(String assignments) {
        return ProjectionStatement.updates("case_plan_action_state", "update case_plan_action_state set "
                + assignments + ", last_position = ? where case_id = ? and action_id = ? and last_position < ?");
    }
}
