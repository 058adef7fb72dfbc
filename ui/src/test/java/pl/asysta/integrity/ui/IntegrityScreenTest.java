package pl.asysta.integrity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.i18n.Translations;
import pl.asysta.integrity.BrokenLink;
import pl.asysta.shared.CaseId;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * The auditor's integrity check: it runs in the background while the page shows its progress, then says the
 * history is intact, or names each broken chain's stream, position and problem once a superuser has changed an
 * event; the chain heads download has a line per chain. Running and downloading are recorded as the auditor's
 * readings. Nobody else opens the page.
 */
@PortalTest
class IntegrityScreenTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;
    @Autowired
    Translations translations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void the_auditor_runs_the_check_in_the_background_and_reads_that_the_history_is_intact() {
        cases.registered(CaseFixture.uniqueFamilyName("Nienaruszeni"));
        signInAs("audytor");
        open("audit/integrity");
        Button run = find(Button.class).id("integrity-run");
        assertThat(status()).isEqualTo(polish("integrity.check.not-run"));

        test(run).click();

        assertThat(run.isEnabled()).as("one check at a time").isFalse();
        awaitStatus(polish("integrity.check.intact"));
        assertThat(run.isEnabled()).isTrue();
        assertThat(find(Paragraph.class).id("integrity-summary").getText()).startsWith("Sprawdzone zdarzenia");
        assertThat(find(Grid.class).withId("integrity-broken").exists()).as("no broken chains listed").isFalse();
        assertThat(jdbc.queryForObject("select view_name from access_record where actor_id = 'audytor' "
                + "order by record_id desc limit 1", String.class)).isEqualTo("INTEGRITY_CHECK");
    }

    @Test
    void an_event_changed_behind_the_portals_back_is_named_with_its_stream_position_and_problem() throws Exception {
        CaseId caseId = cases.registered(CaseFixture.uniqueFamilyName("Podrobieni"));
        long position = jdbc.queryForObject("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", Long.class, caseId.value());
        byte[] original = jdbc.queryForObject("select payload from domain_event_entry where global_index = ?",
                byte[].class, position);
        signInAs("audytor");
        open("audit/integrity");
        try {
            asSuperuser("update domain_event_entry set payload = ? where global_index = ?",
                    new String(original, StandardCharsets.UTF_8).replace("Lipowa", "Topolowa")
                            .getBytes(StandardCharsets.UTF_8), position);

            test(find(Button.class).id("integrity-run")).click();

            awaitStatus(translations.getTranslation("integrity.check.broken", Translations.POLISH, 1));
            @SuppressWarnings("unchecked")
            Grid<BrokenLink> broken = find(Grid.class).id("integrity-broken");
            assertThat(broken.isVisible()).isTrue();
            assertThat(test(broken).size()).isOne();
            assertThat(test(broken).getRow(0).stream()).isEqualTo(caseId.value());
            assertThat(test(broken).getCellText(0, 1)).isEqualTo(position + " / 0");
            assertThat(test(broken).getCellText(0, 2)).isEqualTo(polish("integrity.problem.CONTENT_CHANGED"));
        } finally {
            asSuperuser("update domain_event_entry set payload = ? where global_index = ?", original, position);
        }
    }

    @Test
    void the_chain_heads_download_has_a_line_per_chain_and_is_recorded() {
        CaseId caseId = cases.registered(CaseFixture.uniqueFamilyName("Zakotwiczeni"));
        signInAs("audytor");
        open("audit/integrity");
        Anchor download = find(Anchor.class).id("integrity-export");
        assertThat(download.getText()).isEqualTo(polish("integrity.export.download"));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(download).download(file);

        List<String> lines = file.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("# Asysta chain heads");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "\\S+Z\t" + caseId.value() + "\t0\t[0-9a-f]{64}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\taccess-log\t"));
        assertThat(jdbc.queryForObject("select view_name from access_record where actor_id = 'audytor' "
                + "order by record_id desc limit 1", String.class)).isEqualTo("EXPORT");
    }

    @Test
    void only_the_auditor_opens_the_integrity_check() {
        for (String user : List.of("asystent", "kierownik", "zespol", "rodzina", "admin")) {
            signInAs(user);

            open("audit/integrity");

            assertThat(pageHeading()).as(user).isEqualTo(polish("error.not-available.title"));
            assertThat(find(Button.class).withId("integrity-run").exists()).isFalse();
        }
    }

    private void awaitStatus(String expected) {
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            roundTrip();
            return expected.equals(status());
        });
    }

    private String status() {
        return find(Paragraph.class).id("integrity-status").getText();
    }

    private void asSuperuser(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement off = connection.createStatement()) {
                off.execute("set session_replication_role = replica");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            } finally {
                try (Statement on = connection.createStatement()) {
                    on.execute("reset session_replication_role");
                }
            }
        }
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
