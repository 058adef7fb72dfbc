package pl.asysta.rebuild.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * The rebuild page as the auditor and the administrator use it: start, confirm, watch the progress, read the
 * outcome table by table and the earlier runs; and as everyone else finds it: not there.
 */
@PortalTest
class ReadModelRebuildViewTest extends SignedInBrowserlessTest {

    @Autowired
    Translations translations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFixture cases;

    @Test
    void the_auditor_rebuilds_the_read_models_and_reads_that_they_equal_the_live_ones_table_by_table() {
        signInAs("audytor");
        open("audit/rebuild");
        assertThat(pageHeading()).isEqualTo(polish("rebuild.title"));

        test(find(Button.class).id("rebuild-start")).click();
        test(find(Button.class).id("rebuild-confirm")).click();

        assertThat(find(Button.class).id("rebuild-start").isEnabled()).as("no second start while it runs").isFalse();
        assertThat(find(ProgressBar.class).id("rebuild-progress").getElement().getAttribute("aria-label"))
                .isEqualTo(polish("rebuild.progress.label"));
        awaitOutcome();
        assertThat(phase()).isEqualTo(polish("rebuild.outcome.EQUAL"));
        assertThat(find(ProgressBar.class).id("rebuild-progress").getValue()).isEqualTo(1.0);
        assertThat(find(Paragraph.class).id("rebuild-summary").getText()).contains("Robert Szymański");
        List<String> tables = rows("rebuild-tables");
        assertThat(tables).hasSizeGreaterThanOrEqualTo(14)
                .allSatisfy(row -> assertThat(row).contains(polish("rebuild.table.equal")))
                .anySatisfy(row -> assertThat(row).contains(polish("rebuild.table.case_timeline"), "case_timeline"));
        assertThat(rows("rebuild-runs").getFirst()).contains("Robert Szymański", polish("rebuild.result.EQUAL"));
        assertThat(find(Button.class).id("rebuild-start").isEnabled()).isTrue();
    }

    @Test
    void a_live_row_changed_behind_the_portals_back_is_shown_as_a_difference_and_put_right() {
        CaseId caseId = cases.registered(CaseFixture.uniqueFamilyName("Nadpisani"));
        long position = jdbc.queryForObject("select max(position) from case_timeline where case_id = ?", Long.class,
                caseId.value());
        jdbc.update("update case_timeline set body = 'Dopisane poza portalem' where position = ?", position);
        signInAs("admin");
        open("audit/rebuild");

        test(find(Button.class).id("rebuild-start")).click();
        test(find(Button.class).id("rebuild-confirm")).click();
        awaitOutcome();

        assertThat(phase()).isEqualTo(translations.getTranslation("rebuild.outcome.CORRECTED", Translations.POLISH,
                1L));
        assertThat(rows("rebuild-tables")).filteredOn(row -> row.contains(polish("rebuild.table.different")))
                .singleElement().asString().contains("case_timeline", "position=" + position);
        assertThat(jdbc.queryForObject("select body from case_timeline where position = ?", String.class, position))
                .isNotEqualTo("Dopisane poza portalem");
    }

    @Test
    void the_auditor_and_the_administrator_find_the_page_on_their_start_pages() {
        signInAs("audytor");
        open("audit");
        assertThat(find(RouterLink.class).id("read-model-rebuild-link").getHref()).isEqualTo("audit/rebuild");

        signInAs("admin");
        open("administration");
        assertThat(find(RouterLink.class).id("read-model-rebuild-link").getHref()).isEqualTo("audit/rebuild");
    }

    @Test
    void nobody_else_gets_the_page() {
        for (String user : List.of("asystent", "pracownik", "kierownik", "szkola", "sad")) {
            signInAs(user);
            open("audit/rebuild");
            assertThat(pageHeading()).as(user).isEqualTo(polish("error.not-available.title"));
        }
    }

    @Test
    void cancelling_the_confirmation_starts_nothing() {
        long runs = countRuns();
        signInAs("audytor");
        open("audit/rebuild");

        test(find(Button.class).id("rebuild-start")).click();
        test(find(Button.class).id("rebuild-cancel")).click();

        assertThat(find(Button.class).withId("rebuild-confirm").exists()).isFalse();
        assertThat(countRuns()).isEqualTo(runs);
    }

    @Test
    void a_rebuild_started_on_another_node_meanwhile_is_refused_in_the_dialog_and_shown_on_the_page() {
        signInAs("audytor");
        open("audit/rebuild");
        test(find(Button.class).id("rebuild-start")).click();
        Long otherNode = jdbc.queryForObject("""
                insert into read_model_rebuild_run (started_at, heartbeat_at, actor_id, actor_name, actor_roles,
                    institution)
                values (now(), now(), 'other-node', 'Inny Audytor', 'AUDITOR', 'ops') returning run_id""", Long.class);
        try {
            test(find(Button.class).id("rebuild-confirm")).click();

            assertThat(find(Paragraph.class).id("rebuild-confirm-problem").getText())
                    .isEqualTo(polish("rule.rebuild.already-running"));
            assertThat(find(Button.class).withId("rebuild-confirm").exists()).isTrue();

            open("audit");
            open("audit/rebuild");
            assertThat(phase()).startsWith(polish("rebuild.running").substring(0, 15)).contains("Inny Audytor");
            assertThat(find(Button.class).id("rebuild-start").isEnabled()).isFalse();
        } finally {
            jdbc.update("update read_model_rebuild_run set finished_at = now(), outcome = 'FAILED' where run_id = ?",
                    otherNode);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** What the browser's poll does every half second, until the rebuild has finished. */
    private void awaitOutcome() {
        await().atMost(Duration.ofMinutes(2)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            UI ui = UI.getCurrent();
            ComponentUtil.fireEvent(ui, new PollEvent(ui, false));
            return find(Button.class).id("rebuild-start").isEnabled();
        });
    }

    private String phase() {
        return find(Paragraph.class).id("rebuild-phase").getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String id) {
        Grid<Object> grid = find(Grid.class).id(id);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            StringBuilder text = new StringBuilder();
            for (int column = 0; column < grid.getColumns().size(); column++) {
                text.append(test(grid).getCellText(row, column)).append(" | ");
            }
            rows.add(text.toString());
        }
        return rows;
    }

    private long countRuns() {
        return jdbc.queryForObject("select count(*) from read_model_rebuild_run", Long.class);
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
