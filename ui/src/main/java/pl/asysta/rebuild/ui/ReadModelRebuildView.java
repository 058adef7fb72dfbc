package pl.asysta.rebuild.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Dates;
import pl.asysta.i18n.Translations;
import pl.asysta.rebuild.ReadModelRebuild;
import pl.asysta.rebuild.RebuildStatus;
import pl.asysta.rebuild.TableComparison;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;

/**
 * Rebuilds the case read model from the event history and shows whether it equals the live one (ADR 0016): a
 * start button with a confirmation, a progress bar with the events replayed of those stored and the
 * rate, then the outcome in one sentence and table by table, and the earlier rebuilds below. The page asks the
 * server every {@value #PROGRESS_POLL_MILLIS} ms while a rebuild runs; the service itself refuses anyone but an
 * administrator or an auditor, whatever the route allows.
 */
@Route("audit/rebuild")
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
class ReadModelRebuildView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final int PROGRESS_POLL_MILLIS = 500;
    private static final int HISTORY = 10;

    private final transient ReadModelRebuild rebuilds;
    private final transient ErrorMessages errorMessages;
    private final transient Translations translations;
    private final transient Actor actor;
    private final H1 heading = new H1();
    private final Paragraph description = new Paragraph();
    private final Button start = new Button();
    private final Div status = new Div();
    private final Div history = new Div();
    private Registration polling;
    private boolean running;

    ReadModelRebuildView(ReadModelRebuild rebuilds, ErrorMessages errorMessages, Translations translations,
                         CurrentActor currentActor) {
        this.rebuilds = rebuilds;
        this.errorMessages = errorMessages;
        this.translations = translations;
        this.actor = currentActor.require();
        addClassName("start-page");
        addClassName("rebuild-page");
        start.setId("rebuild-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> new RebuildConfirmDialog(errorMessages, this::startRebuild).open());
        status.setId("rebuild-status");
        status.setWidthFull();
        history.setId("rebuild-history");
        history.setWidthFull();
        add(heading, description, start, status, history);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("rebuild.title"));
        description.setText(getTranslation("rebuild.description"));
        start.setText(getTranslation("rebuild.start"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("rebuild.title"));
    }

    private void startRebuild() {
        rebuilds.start(actor);
        refresh();
    }

    /** Shows the rebuild as the server knows it now; polls while one runs. */
    void refresh() {
        RebuildStatus now = rebuilds.status(actor);
        running = now.running();
        start.setEnabled(!running);
        status.removeAll();
        if (now.runId() == 0) {
            status.add(new Paragraph(getTranslation("rebuild.none")));
        } else {
            showStatus(now);
        }
        history.removeAll();
        if (!running) {
            showHistory(rebuilds.history(actor, HISTORY));
        }
        UI.getCurrent().setPollInterval(running ? PROGRESS_POLL_MILLIS : -1);
    }

    private void showStatus(RebuildStatus now) {
        Paragraph phase = new Paragraph(phaseText(now));
        phase.setId("rebuild-phase");
        phase.getElement().setAttribute("role", "status");
        ProgressBar bar = new ProgressBar(0, 1, now.fraction());
        bar.setId("rebuild-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("rebuild.progress.label"));
        bar.getElement().setAttribute("aria-valuetext", phase.getText());
        status.add(phase, bar);
        if (now.running()) {
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("rebuild.summary", now.startedBy(),
                Dates.format(now.startedAt()), now.handled(), Math.round(now.eventsPerSecond()), now.position()));
        summary.setId("rebuild-summary");
        status.add(summary);
        if (!now.tables().isEmpty()) {
            status.add(new H2(getTranslation("rebuild.tables.title")), tables(now.tables()));
        }
    }

    private String phaseText(RebuildStatus now) {
        return switch (now.phase()) {
            case PREPARING -> getTranslation("rebuild.phase.PREPARING");
            case REPLAYING -> now.total() == 0
                    ? getTranslation("rebuild.running", now.startedBy(), Dates.format(now.startedAt()))
                    : getTranslation("rebuild.phase.REPLAYING", now.handled(), now.total(),
                            Math.round(now.eventsPerSecond()));
            case COMPARING -> getTranslation("rebuild.phase.COMPARING", now.position());
            case CORRECTING -> getTranslation("rebuild.phase.CORRECTING");
            case FINISHED -> outcomeText(now);
        };
    }

    private String outcomeText(RebuildStatus now) {
        long differing = now.tables().stream().filter(table -> !table.equal()).count();
        return switch (now.outcome()) {
            case EQUAL -> getTranslation("rebuild.outcome.EQUAL");
            case CORRECTED -> getTranslation("rebuild.outcome.CORRECTED", differing);
            case DIFFERENT -> getTranslation("rebuild.outcome.DIFFERENT", differing);
            case FAILED -> getTranslation("rebuild.outcome.FAILED", String.valueOf(now.failure()));
        };
    }

    private Grid<TableComparison> tables(List<TableComparison> compared) {
        Grid<TableComparison> grid = grid("rebuild-tables", "rebuild.tables.title");
        grid.addColumn(this::tableName).setHeader(getTranslation("rebuild.column.table")).setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(table -> number(table.liveRows())).setHeader(getTranslation("rebuild.column.live"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(table -> number(table.rebuiltRows())).setHeader(getTranslation("rebuild.column.rebuilt"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(table -> number(table.differingRows())).setHeader(getTranslation("rebuild.column.differing"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(table -> getTranslation(table.equal() ? "rebuild.table.equal" : "rebuild.table.different"))
                .setHeader(getTranslation("rebuild.column.result")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(table -> String.join("; ", table.exampleKeys()))
                .setHeader(getTranslation("rebuild.column.keys")).setWidth("8rem").setFlexGrow(1);
        grid.setItems(compared);
        return grid;
    }

    /** What the table holds, in the reader's language where the bundle knows it, and its name in the database. */
    private String tableName(TableComparison table) {
        String key = "rebuild.table." + table.table();
        return translations.hasTranslation(key) ? getTranslation(key) + " (" + table.table() + ")" : table.table();
    }

    private void showHistory(List<RebuildStatus> runs) {
        history.add(new H2(getTranslation("rebuild.history.title")));
        if (runs.isEmpty()) {
            history.add(new Paragraph(getTranslation("rebuild.history.none")));
            return;
        }
        Grid<RebuildStatus> grid = grid("rebuild-runs", "rebuild.history.title");
        grid.addColumn(run -> Dates.format(run.startedAt())).setHeader(getTranslation("rebuild.history.column.started"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RebuildStatus::startedBy).setHeader(getTranslation("rebuild.history.column.by"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(run -> run.outcome() == null ? getTranslation("rebuild.history.running")
                        : getTranslation("rebuild.result." + run.outcome().name()))
                .setHeader(getTranslation("rebuild.history.column.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(run -> number(run.handled())).setHeader(getTranslation("rebuild.history.column.events"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(run -> number(Math.round(run.eventsPerSecond())))
                .setHeader(getTranslation("rebuild.history.column.rate")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(runs);
        history.add(grid);
    }

    private String number(long value) {
        return String.format(Translations.supported(getLocale()), "%,d", value);
    }

    private <T> Grid<T> grid(String id, String labelKey) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(getTranslation(labelKey));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(poll -> {
            if (running) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
