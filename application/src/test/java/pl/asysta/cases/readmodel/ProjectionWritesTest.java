package pl.asysta.cases.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.readmodel.ProjectionWrites.Statement;

/** A batch's statements go to PostgreSQL in fewer batches, and never in an order that could change the outcome. */
class ProjectionWritesTest {

    private static final String SUMMARY = "update case_summary set status = ? where case_id = ? and last_position < ?";
    private static final String ASSESSED = "update case_summary set last_assessment_on = ? where case_id = ?";
    private static final String ACTION = "update case_plan_action_state set note = ? where case_id = ?";
    private static final String ASSISTANT = "insert into case_assistant (centre, assistant_id) "
            + "select centre, ? from case_summary where case_id = ?";
    private static final String ENTRY_NAMING_ACTION = "insert into case_timeline (position, subject) values (?, "
            + "(select description from case_plan_action where action_id = ?)) on conflict (position) do nothing";
    private static final String ENTRY_NAMING_MEMBER = "insert into case_timeline (position, subject) values (?, "
            + "(select first_name from case_member where member_id = ?)) on conflict (position) do nothing";
    private static final String ADOPTED_ACTION = "insert into case_plan_action (case_id, action_id) values (?, ?) "
            + "on conflict (case_id, action_id) do nothing";
    private static final String ACTION_OPENED = "insert into case_plan_action_state (case_id, action_id, status) "
            + "values (?, ?, 'OPEN') on conflict (case_id, action_id) do nothing";
    private static final String ACTION_OPENED_AGAIN = "insert into case_plan_action_state (case_id, action_id) "
            + "values (?, ?) on conflict (case_id, action_id) do nothing";

    @Test
    void updates_of_different_tables_that_read_nothing_are_grouped_by_statement() {
        List<Statement> queued = List.of(of(ACTION, 1), of(ACTION, 2), of(SUMMARY, 3), of(ACTION, 4), of(SUMMARY, 5),
                of(ACTION, 6));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 4, 6, 3, 5);
    }

    @Test
    void statements_on_the_same_table_keep_their_order() {
        List<Statement> queued = List.of(of(SUMMARY, 1), of(ASSESSED, 2), of(SUMMARY, 3));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 3);
    }

    @Test
    void a_statement_that_reads_a_table_is_passed_by_none_that_writes_it() {
        List<Statement> queued = List.of(of(ACTION, 1), of(ASSISTANT, 2), of(SUMMARY, 3), of(ASSISTANT, 4));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_statement_that_reads_a_table_passes_and_is_passed_by_writes_of_other_tables() {
        List<Statement> queued = List.of(of(ACTION, 1), of(ASSISTANT, 2), of(ACTION, 3), of(ASSISTANT, 4));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 3, 2, 4);
    }

    @Test
    void entries_added_by_position_pass_each_other_but_not_a_write_of_what_they_look_up() {
        List<Statement> queued = List.of(of(ENTRY_NAMING_ACTION, 1), of(ENTRY_NAMING_MEMBER, 2),
                of(ENTRY_NAMING_ACTION, 3), of(ADOPTED_ACTION, 4), of(ENTRY_NAMING_ACTION, 5),
                of(ENTRY_NAMING_MEMBER, 6));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 3, 2, 6, 4, 5);
    }

    @Test
    void rows_added_by_another_key_keep_their_order() {
        List<Statement> queued = List.of(of(ACTION_OPENED, 1), of(ACTION_OPENED_AGAIN, 2), of(ACTION_OPENED, 3));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 3);
    }

    private static Statement of(String sql, int order) {
        return new Statement(sql, new Object[] {order});
    }

    private static List<Integer> order(List<Statement> statements) {
        return statements.stream().map(statement -> (Integer) statement.arguments()[0]).toList();
    }
}
