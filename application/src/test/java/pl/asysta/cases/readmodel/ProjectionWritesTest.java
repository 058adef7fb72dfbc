package pl.asysta.cases.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.readmodel.ProjectionWrites.Queued;

/** A batch's statements go to PostgreSQL in fewer batches, and never in an order that could change the outcome. */
class ProjectionWritesTest {

    private static final ProjectionStatement SUMMARY = ProjectionStatement.updates("case_summary",
            "update case_summary set status = ? where case_id = ? and last_position < ?");
    private static final ProjectionStatement ASSESSED = ProjectionStatement.updates("case_summary",
            "update case_summary set last_assessment_on = ? where case_id = ?");
    private static final ProjectionStatement ACTION = ProjectionStatement.updates("case_plan_action_state",
            "update case_plan_action_state set note = ? where case_id = ?");
    private static final ProjectionStatement ASSISTANT = ProjectionStatement.upsertsNewer("case_assistant",
            "insert into case_assistant (centre, assistant_id) select centre, ? from case_summary where case_id = ?",
            "case_summary");
    private static final ProjectionStatement ENTRY_NAMING_ACTION = ProjectionStatement.addsByPosition(
            "case_timeline", "insert into case_timeline (position, subject) values (?, "
                    + "(select description from case_plan_action where action_id = ?)) "
                    + "on conflict (position) do nothing",
            "case_plan_action");
    private static final ProjectionStatement ENTRY_NAMING_MEMBER = ProjectionStatement.addsByPosition(
            "case_timeline", "insert into case_timeline (position, subject) values (?, "
                    + "(select first_name from case_member where member_id = ?)) on conflict (position) do nothing",
            "case_member");
    private static final ProjectionStatement ADOPTED_ACTION = ProjectionStatement.addsOnce("case_plan_action",
            "insert into case_plan_action (case_id, action_id) values (?, ?) "
                    + "on conflict (case_id, action_id) do nothing");
    private static final ProjectionStatement ACTION_OPENED = ProjectionStatement.addsOnce("case_plan_action_state",
            "insert into case_plan_action_state (case_id, action_id, status) "
                    + "values (?, ?, 'OPEN') on conflict (case_id, action_id) do nothing");
    private static final ProjectionStatement ACTION_OPENED_AGAIN = ProjectionStatement.addsOnce(
            "case_plan_action_state", "insert into case_plan_action_state (case_id, action_id) "
                    + "values (?, ?) on conflict (case_id, action_id) do nothing");

    @Test
    void updates_of_different_tables_that_read_nothing_are_grouped_by_statement() {
        List<Queued> queued = List.of(of(ACTION, 1), of(ACTION, 2), of(SUMMARY, 3), of(ACTION, 4), of(SUMMARY, 5),
                of(ACTION, 6));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 4, 6, 3, 5);
    }

    @Test
    void statements_on_the_same_table_keep_their_order() {
        List<Queued> queued = List.of(of(SUMMARY, 1), of(ASSESSED, 2), of(SUMMARY, 3));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 3);
    }

    @Test
    void a_statement_that_reads_a_table_is_passed_by_none_that_writes_it() {
        List<Queued> queued = List.of(of(ACTION, 1), of(ASSISTANT, 2), of(SUMMARY, 3), of(ASSISTANT, 4));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_statement_that_reads_a_table_passes_and_is_passed_by_writes_of_other_tables() {
        List<Queued> queued = List.of(of(ACTION, 1), of(ASSISTANT, 2), of(ACTION, 3), of(ASSISTANT, 4));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 3, 2, 4);
    }

    @Test
    void entries_added_by_position_pass_each_other_but_not_a_write_of_what_they_look_up() {
        List<Queued> queued = List.of(of(ENTRY_NAMING_ACTION, 1), of(ENTRY_NAMING_MEMBER, 2),
                of(ENTRY_NAMING_ACTION, 3), of(ADOPTED_ACTION, 4), of(ENTRY_NAMING_ACTION, 5),
                of(ENTRY_NAMING_MEMBER, 6));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 3, 2, 6, 4, 5);
    }

    @Test
    void rows_added_by_another_key_keep_their_order() {
        List<Queued> queued = List.of(of(ACTION_OPENED, 1), of(ACTION_OPENED_AGAIN, 2), of(ACTION_OPENED, 3));

        assertThat(order(ProjectionWrites.grouped(queued))).containsExactly(1, 2, 3);
    }

    /**
     * Whatever the batch queues, a statement that reads a table keeps its place relative to every statement that
     * writes it, whichever of the two was queued first; the same holds for two statements that change one table
     * other than by adding rows keyed by position. Checked over many batches drawn from statements that read,
     * write and add to a handful of tables.
     */
    @Test
    void a_statement_never_passes_one_that_writes_a_table_it_reads_or_one_it_must_follow() {
        List<ProjectionStatement> declared = List.of(SUMMARY, ASSESSED, ACTION, ASSISTANT, ENTRY_NAMING_ACTION,
                ENTRY_NAMING_MEMBER, ADOPTED_ACTION, ACTION_OPENED, ACTION_OPENED_AGAIN,
                ProjectionStatement.updates("case_timeline", "update case_timeline set subject = ? where position = ?",
                        "case_summary"),
                ProjectionStatement.addsByPosition("case_plan_consultation",
                        "insert into case_plan_consultation (position) values (?) on conflict (position) do nothing"),
                ProjectionStatement.upsertsNewer("case_member", "insert into case_member (case_id) "
                        + "select case_id from case_plan_action where action_id = ?", "case_plan_action"));
        Random random = new Random(20_260_302L);
        int reordered = 0;
        for (int batch = 0; batch < 2_000; batch++) {
            List<Queued> queued = new ArrayList<>();
            for (int i = 0, size = 2 + random.nextInt(30); i < size; i++) {
                queued.add(of(declared.get(random.nextInt(declared.size())), i));
            }

            List<Queued> sent = ProjectionWrites.grouped(queued);

            assertThat(order(sent)).containsExactlyInAnyOrderElementsOf(order(queued));
            int[] place = new int[queued.size()];
            for (int i = 0; i < sent.size(); i++) {
                place[(Integer) sent.get(i).arguments()[0]] = i;
            }
            for (int earlier = 0; earlier < queued.size(); earlier++) {
                for (int later = earlier + 1; later < queued.size(); later++) {
                    ProjectionStatement first = queued.get(earlier).statement();
                    ProjectionStatement second = queued.get(later).statement();
                    if (mustKeepOrder(first, second)) {
                        assertThat(place[earlier]).as("%s before %s", first, second).isLessThan(place[later]);
                    }
                    if (place[earlier] > place[later]) {
                        reordered++;
                    }
                }
            }
        }
        assertThat(reordered).as("the batches were grouped at all").isPositive();
    }

    @Test
    void a_declaration_names_the_table_its_statement_writes() {
        assertThatThrownBy(() -> ProjectionStatement.updates("case_member",
                "update case_summary set status = ? where case_id = ?"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectionStatement.addsOnce("case_summary",
                "update case_summary set status = ? where case_id = ?"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rows_are_inserted_and_copied_into_the_declared_table_and_columns() {
        ProjectionRows rows = ProjectionRows.byPosition("case_timeline", "position", "subject", "body");
        ProjectionRows once = ProjectionRows.once("referral", "referral_id", "referral_id", "purpose");

        assertThat(rows.insert(2)).isEqualTo("insert into case_timeline (position, subject, body) values "
                + "(?, ?, ?), (?, ?, ?) on conflict (position) do nothing");
        assertThat(once.insert(1)).isEqualTo(
                "insert into referral (referral_id, purpose) values (?, ?) on conflict (referral_id) do nothing");
        assertThat(rows.copy()).isEqualTo("copy case_timeline (position, subject, body) from stdin");
        assertThat(ProjectionRows.copyText(List.of(new Object[] {1L, null, "a\tb\nc\\d"},
                new Object[] {2L, "Nowak", "zwykły"})))
                .isEqualTo("1\t\\N\ta\\tb\\nc\\\\d\n2\tNowak\tzwykły\n");
    }

    /**
     * What the batch must never reorder, said independently of {@link ProjectionStatement#mayPass}: one reads
     * what the other writes, or both write one table and not both only add rows keyed by position.
     */
    private static boolean mustKeepOrder(ProjectionStatement first, ProjectionStatement second) {
        boolean readsWhatIsWritten = first.reads().contains(second.table()) || second.reads().contains(first.table());
        boolean sameTable = first.table().equals(second.table());
        boolean bothAddByPosition = first.kind() == ProjectionStatement.Kind.ADDS_BY_POSITION
                && second.kind() == ProjectionStatement.Kind.ADDS_BY_POSITION;
        return readsWhatIsWritten || sameTable && !bothAddByPosition;
    }

    private static Queued of(ProjectionStatement statement, int order) {
        return new Queued(statement, new Object[] {order});
    }

    private static List<Integer> order(List<Queued> statements) {
        return statements.stream().map(statement -> (Integer) statement.arguments()[0]).toList();
    }
}
