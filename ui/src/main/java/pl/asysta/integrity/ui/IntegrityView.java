package pl.asysta.integrity.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Dates;
import pl.asysta.i18n.Translations;
import pl.asysta.integrity.BrokenLink;
import pl.asysta.integrity.IntegrityChecks;
import pl.asysta.integrity.IntegrityReport;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.time.ClockConfiguration;

/**
 * The auditor's integrity check (ADR 0014): walks every event stream's hash chain and the access log's
 * in the background, with its progress on screen, and says whether the history is intact or where each broken
 * chain first breaks. The heads of the chains can be downloaded as a plain file, to be kept outside the database.
 * Without push, the page asks the server for progress every {@value #POLL_MILLIS} ms while a check runs.
 */
@Route(IntegrityView.ROUTE)
@RolesAllowed(Roles.AUDITOR)
class IntegrityView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final String ROUTE = "audit/integrity";
    static final int POLL_MILLIS = 500;

    private final transient IntegrityChecks checks;
    private final transient ErrorMessages errors;
    private final transient Actor actor;
    private final Translations translations;

    private final H1 heading = new H1();
    private final Paragraph description = new Paragraph();
    private final H2 checkHeading = new H2();
    private final Paragraph checkDescription = new Paragraph();
    private final Button run = new Button();
    private final Span progressLabel = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Div progressBox = new Div(progressLabel, progress);
    private final Paragraph status = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Grid<BrokenLink> broken = new Grid<>();
    private final Grid.Column<BrokenLink> streamColumn;
    private final Grid.Column<BrokenLink> positionColumn;
    private final Grid.Column<BrokenLink> problemColumn;
    private final Grid.Column<BrokenLink> expectedColumn;
    private final Grid.Column<BrokenLink> storedColumn;
    private final H2 exportHeading = new H2();
    private final Paragraph exportDescription = new Paragraph();
    private final Anchor export;

    private boolean running;
    private long checked;
    private long total;
    private IntegrityReport report;
    private String failure;

    IntegrityView(IntegrityChecks checks, ErrorMessages errors, CurrentActor currentActor,
                  Translations translations) {
        this.checks = checks;
        this.errors = errors;
        this.actor = currentActor.require();
        this.translations = translations;
        addClassName("integrity-page");
        setPadding(true);

        run.setId("integrity-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        progressLabel.setId("integrity-progress-label");
        progress.setId("integrity-progress");
        progress.getElement().setAttribute("aria-labelledby", "integrity-progress-label");
        progressBox.addClassName("integrity-progress");
        progressBox.setVisible(false);
        status.setId("integrity-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("integrity-status");
        summary.setId("integrity-summary");
        broken.setId("integrity-broken");
        broken.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        broken.setAllRowsVisible(true);
        broken.setVisible(false);
        streamColumn = broken.addColumn(BrokenLink::stream).setFlexGrow(2);
        positionColumn = broken.addColumn(link -> link.position()
                + (link.sequence() == null ? "" : " / " + link.sequence())).setAutoWidth(true).setFlexGrow(0);
        problemColumn = broken.addColumn(link -> translate("integrity.problem." + link.problem().name()))
                .setFlexGrow(3);
        expectedColumn = broken.addColumn(new ComponentRenderer<>(link -> hash(link.expected()))).setFlexGrow(2);
        storedColumn = broken.addColumn(new ComponentRenderer<>(link -> hash(link.stored()))).setFlexGrow(2);

        export = new Anchor(headsDownload(), AttachmentType.DOWNLOAD, "");
        export.setId("integrity-export");
        export.addClassName("download-link");

        add(heading, description, checkHeading, checkDescription, run, progressBox, status, summary, broken,
                exportHeading, exportDescription, export);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (running) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(translate("integrity.title"));
        description.setText(translate("integrity.description"));
        checkHeading.setText(translate("integrity.check.title"));
        checkDescription.setText(translate("integrity.check.description"));
        run.setText(translate("integrity.check.run"));
        broken.setAriaLabel(translate("integrity.broken.title"));
        streamColumn.setHeader(translate("integrity.broken.stream"));
        positionColumn.setHeader(translate("integrity.broken.position"));
        problemColumn.setHeader(translate("integrity.broken.problem"));
        expectedColumn.setHeader(translate("integrity.broken.expected"));
        storedColumn.setHeader(translate("integrity.broken.stored"));
        exportHeading.setText(translate("integrity.export.title"));
        exportDescription.setText(translate("integrity.export.description"));
        export.setText(translate("integrity.export.download"));
        showState();
        broken.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return translate("page.title", translate("integrity.title"));
    }

    /** Starts the check in the background; its progress and outcome reach the page at the next poll. */
    private void start() {
        if (running) {
            return;
        }
        UI ui = UI.getCurrent();
        running = true;
        checked = 0;
        total = 0;
        report = null;
        failure = null;
        showState();
        ui.setPollInterval(POLL_MILLIS);
        AtomicLong lastPercent = new AtomicLong(-1);
        Thread.ofVirtual().name("integrity-check").start(() -> {
            try {
                IntegrityReport done = checks.verify(actor, (checkedSoFar, all) -> {
                    long percent = all == 0 ? 100 : checkedSoFar * 100 / all;
                    if (lastPercent.getAndSet(percent) != percent) {
                        deliver(ui, () -> progressed(checkedSoFar, all));
                    }
                });
                deliver(ui, () -> finished(done, null));
            } catch (RuntimeException error) {
                deliver(ui, () -> finished(null, errors.describe(error, ui.getLocale())));
            }
        });
    }

    private static void deliver(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // The page was closed while the check ran: nobody is left to tell.
        }
    }

    private void progressed(long checkedSoFar, long all) {
        checked = checkedSoFar;
        total = all;
        showState();
    }

    private void finished(IntegrityReport done, String error) {
        running = false;
        report = done;
        failure = error;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        showState();
    }

    private void showState() {
        run.setEnabled(!running);
        progressBox.setVisible(running);
        if (running) {
            progress.setValue(total == 0 ? 0 : (double) checked / total);
            progressLabel.setText(translate("integrity.check.progress", checked, total));
            status.setText(translate("integrity.check.running"));
            status.setClassName("integrity-status");
            summary.setText("");
            broken.setVisible(false);
            return;
        }
        if (failure != null) {
            status.setText(failure);
            status.setClassName("integrity-status problem");
            summary.setText("");
            broken.setVisible(false);
            return;
        }
        if (report == null) {
            status.setText(translate("integrity.check.not-run"));
            status.setClassName("integrity-status");
            summary.setText("");
            broken.setVisible(false);
            return;
        }
        summary.setText(translate("integrity.check.summary", report.eventsChecked(), report.streamsChecked(),
                report.accessRecordsChecked(), String.format(locale(), "%.1f", report.took().toMillis() / 1000.0),
                Dates.format(report.startedAt())));
        if (report.intact()) {
            status.setText(translate("integrity.check.intact"));
            status.setClassName("integrity-status intact");
            broken.setVisible(false);
        } else {
            status.setText(translate("integrity.check.broken", report.brokenLinks().size()));
            status.setClassName("integrity-status problem");
            broken.setItems(report.brokenLinks());
            broken.setVisible(true);
        }
    }

    private static Span hash(String value) {
        Span hash = new Span(value == null ? "" : value);
        hash.addClassName("hash");
        return hash;
    }

    /** The heads file, written straight to the browser; the export is recorded as the auditor's reading. */
    private DownloadHandler headsDownload() {
        return event -> {
            event.setFileName("asysta-chain-heads-" + LocalDate.now(ClockConfiguration.CENTRE_ZONE) + ".txt");
            event.setContentType("text/plain; charset=UTF-8");
            try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                checks.exportHeads(actor, writer);
            }
        };
    }

    private String translate(String key, Object... arguments) {
        return translations.getTranslation(key, locale(), arguments);
    }

    private Locale locale() {
        return UI.getCurrent() == null ? Translations.POLISH : UI.getCurrent().getLocale();
    }
}
