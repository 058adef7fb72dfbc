package pl.asysta.cases.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.CaseId;
import pl.asysta.cases.ClosureReason;
import pl.asysta.cases.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.FamilyCaseEvent.PlanActionDropped;
import pl.asysta.cases.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.shared.Role;

/** The read model is what the history says: replaying the whole event store reproduces it row for row. */
class FullRebuildTest extends CaseReadModelTest {

    @Test
    void a_full_rebuild_reproduces_the_read_model_of_live_processing() {
        for (int family = 0; family < 3; family++) {
            CaseId caseId = newCaseId("rebuild-" + family);
            List<Object> history = new ArrayList<>(assigned(caseId, "Rodzina" + family, assistant,
                    today().minusMonths(family + 1)));
            history.add(new WorkPlanAdopted(caseId, 1, "Cele", List.of(action("a1", "Działanie", today().plusDays(5))),
                    today(), as(assistant, Role.FAMILY_ASSISTANT)));
            for (int visit = 0; visit < 40; visit++) {
                history.add(visit(caseId, "v" + visit, today().minusDays(visit), "Notatka " + visit));
            }
            history.add(new PlanActionDropped(caseId, "a1", "Nieaktualne", today(), as(assistant, Role.FAMILY_ASSISTANT)));
            if (family == 0) {
                history.add(new CaseClosed(caseId, ClosureReason.OTHER, "Koniec", today(), today().plusMonths(1),
                        as(assistant, Role.FAMILY_ASSISTANT)));
                history.add(released(assistant, caseId));
            }
            record(history.toArray());
        }
        awaitProjected();
        Map<String, List<Map<String, Object>>> live = ReadModelTables.all(jdbc);
        jdbc.update("""
                insert into case_timeline (position, case_id, recorded_at, entry_type, category, author_id,
                    author_role, author_institution)
                values (-1, 'stale', now(), 'Stale', 'BASIC', 'nobody', 'AUDITOR', 'nowhere')""");

        RebuildProgress started = rebuild.start();
        assertThat(started.total()).isGreaterThanOrEqualTo(rebuild.headPosition() - 0);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> rebuild.progress().finished());

        RebuildProgress done = rebuild.progress();
        assertThat(done.handled()).isEqualTo(done.total());
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(ReadModelTables.all(jdbc)).isEqualTo(live);
    }
}
