package pl.asysta.cases.court.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionDetails;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionSection;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.ui.CaseHistoryLinks;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.familycase.ui.CaseTimeline;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.familycase.ui.OpenCases;
import pl.asysta.cases.readmodel.ui.CatchUp;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * One court opinion beside its case's timeline (stacked on a narrow screen): the court's questions and deadline,
 * the opinion's five sections, and what the signed-in person may do with it now. The family's assistant (or,
 * while the family has none, the head of its centre) writes and submits it; the head approves it, which
 * delivers it to the court as a PDF, or returns it with comments that the assistant then reads here. Once
 * delivered, the page shows its provenance and its SHA-256 beside the download.
 *
 * <p>Opening the page opens the case file (one access record). A refused step keeps every word typed and says
 * why above the sections.
 */
@Route(OpinionView.ROUTE)
@RolesAllowed({Roles.FAMILY_ASSISTANT, Roles.SOCIAL_WORKER, Roles.CENTRE_HEAD, Roles.AUDITOR})
class OpinionView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String SEGMENT = "opinion";
    static final String REQUEST_ID = "requestId";
    static final String ROUTE = CasePages.ROUTE + "/" + SEGMENT + "/:" + REQUEST_ID;

    private final transient OpinionCommands opinions;
    private final transient OpinionQueries opinionQueries;
    private final transient OpenCases cases;
    private final transient CaseTimeline timeline;
    private final transient CaseHistoryLinks history;
    private final transient InstitutionDirectory institutions;
    private final transient ErrorMessages errors;
    private final transient CatchUp catchUp;
    private final transient Actor actor;
    private final Map<OpinionSection, TextArea> sections = new EnumMap<>(OpinionSection.class);
    private final Paragraph problem = new Paragraph();
    private final Div buttons = new Div();
    private transient OpenCase context;
    private OpinionRequestId requestId;
    private OpinionDetails opinion;

    OpinionView(OpinionCommands opinions, OpinionQueries opinionQueries, OpenCases cases, CaseTimeline timeline,
                CaseHistoryLinks history, InstitutionDirectory institutions, ErrorMessages errors, CatchUp catchUp,
                CurrentActor currentActor) {
        this.opinions = opinions;
        this.opinionQueries = opinionQueries;
        this.cases = cases;
        this.timeline = timeline;
        this.history = history;
        this.institutions = institutions;
        this.errors = errors;
        this.catchUp = catchUp;
        this.actor = currentActor.require();
        addClassNames("case-page", "opinion-page");
        setPadding(true);
        problem.setId("opinion-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> rawCase = event.getRouteParameters().get(CasePages.CASE_ID).filter(raw -> !raw.isBlank());
        Optional<String> rawRequest = event.getRouteParameters().get(REQUEST_ID).filter(raw -> !raw.isBlank());
        if (rawCase.isEmpty() || rawRequest.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        OpinionRequestId request = new OpinionRequestId(rawRequest.get());
        Optional<OpenCase> opened = cases.open(new CaseId(rawCase.get()), actor, this::afterStep);
        Optional<OpinionDetails> found = opened.flatMap(open -> opinionQueries.details(open.file(), request));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        context = opened.get();
        requestId = request;
        opinion = found.get();
        render(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (opinion != null) {
            render(sections.isEmpty() ? null : typed());
        }
    }

    /** Draws the page as the read side knows it; {@code keep} is text typed but not yet saved, to show again. */
    private void render(OpinionText keep) {
        removeAll();
        sections.clear();
        problem.setVisible(false);
        CaseDetails caseDetails = context.details();

        H1 heading = new H1(getTranslation("opinion.page.title", caseDetails.familyName()));
        heading.setId("opinion-heading");
        add(heading, CasePages.link(getTranslation("opinion.back"), caseDetails.caseId()));

        Div draft = new Div();
        draft.addClassName("opinion-draft");
        draft.add(request(), problem);
        returnedComments().ifPresent(draft::add);
        draft.add(new H2(getTranslation("opinion.text.title")));
        boolean drafts = mayDraft();
        if (!drafts && opinion.status().openForDrafting()) {
            draft.add(hint("opinion.read-only"));
        }
        OpinionText shown = keep != null ? keep : opinion.text();
        for (OpinionSection section : OpinionSection.values()) {
            TextArea area = Fields.text(Labels.of("opinion.section", section), drafts);
            area.setId("opinion-section-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            area.setValue(shown.of(section));
            area.setReadOnly(!drafts);
            area.setWidthFull();
            area.setMinRows(4);
            sections.put(section, area);
            draft.add(area);
        }
        draft.add(steps(drafts));
        draft.add(outcome());

        Div beside = new Div(timeline.of(context));
        beside.addClassName("opinion-timeline");
        Div layout = new Div(draft, beside);
        layout.addClassName("opinion-layout");
        add(layout);
    }

    private Component request() {
        Div block = new Div();
        block.addClassName("opinion-request");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("case-facts");
        fact(facts, "opinion.request.court", new Span(institutions.name(opinion.court())));
        fact(facts, "opinion.request.reference", new Span(opinion.reference().value()));
        fact(facts, "opinion.request.requested-on", new Span(Dates.format(opinion.requestedOn())));
        Div deadline = new Div(new Span(Dates.format(opinion.deadline())));
        deadline.addClassName("inline-values");
        if (opinion.overdue()) {
            deadline.add(Badge.of(getTranslation("opinion.overdue"), Badge.Tone.ERROR));
        } else if (opinion.dueSoon()) {
            deadline.add(Badge.of(getTranslation("opinion.due-soon"), Badge.Tone.WARNING));
        }
        fact(facts, "opinion.request.deadline", deadline);
        Span status = Badge.of(Labels.of("opinion.status", opinion.status()), Badge.Tone.NEUTRAL);
        status.setId("opinion-status");
        fact(facts, "opinion.request.status", status);
        Div questions = new Div(opinion.questions());
        questions.addClassName("preserve-lines");
        fact(facts, "opinion.request.questions", questions);
        if (opinion.draftSavedAt() != null && opinion.status().openForDrafting()) {
            fact(facts, "opinion.request.saved", new Span(getTranslation("opinion.saved-draft",
                    Dates.format(opinion.draftSavedAt()), opinion.draftSavedBy())));
        }
        block.add(facts);
        return block;
    }

    private Optional<Component> returnedComments() {
        if (opinion.status() != OpinionStatus.RETURNED || opinion.returnComments() == null) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId("opinion-returned");
        box.addClassName("opinion-returned");
        box.getElement().setAttribute("role", "note");
        box.add(new Paragraph(getTranslation("opinion.returned", opinion.returnedBy(),
                Dates.format(opinion.returnedAt()))));
        Paragraph comments = new Paragraph(opinion.returnComments());
        comments.addClassName("preserve-lines");
        box.add(comments);
        return Optional.of(box);
    }

    private Component steps(boolean drafts) {
        buttons.removeAll();
        buttons.setEnabled(true);
        buttons.addClassName("form-buttons");
        if (drafts) {
            Button save = new Button(getTranslation("opinion.save-draft"), click -> saveDraft());
            save.setId("opinion-save-draft");
            Button submit = new Button(getTranslation("opinion.submit"), click -> submit());
            submit.setId("opinion-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(save, submit);
        }
        if (opinion.status() == OpinionStatus.SUBMITTED && context.isHead()) {
            Button approve = new Button(getTranslation("opinion.approve"), click -> approve());
            approve.setId("opinion-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button giveBack = new Button(getTranslation("opinion.return"),
                    click -> new ReturnOpinionDialog(errors, opinions, requestId, actor)
                            .onSaved(this::afterStep).open());
            giveBack.setId("opinion-return");
            buttons.add(approve, giveBack);
            Div wrapper = new Div(hint("opinion.approve.hint"), buttons);
            return wrapper;
        }
        if (opinion.status() == OpinionStatus.SUBMITTED && opinion.submittedAt() != null) {
            return new Div(hint("opinion.submitted", Dates.format(opinion.submittedAt()), opinion.authorName()),
                    buttons);
        }
        return buttons;
    }

    /** The delivered opinion with its provenance and download, or the court's withdrawal. */
    private Component outcome() {
        Div outcome = new Div();
        outcome.setId("opinion-outcome");
        if (opinion.delivery() != null) {
            outcome.add(new H2(getTranslation("opinion.delivered.title")));
            outcome.add(OpinionDownloads.delivered(opinion.delivery(), requestId, opinion.familyName(),
                    opinion.reference(), opinionQueries, actor, opinion.caseId(), history));
        } else if (opinion.status() == OpinionStatus.WITHDRAWN) {
            outcome.add(new Paragraph(getTranslation("opinion.withdrawn.on", Dates.format(opinion.withdrawnOn()),
                    opinion.withdrawalReason())));
        }
        return outcome;
    }

    /**
     * The assistant who works with the family drafts; while it has none, the head of its centre. The domain
     * decides again; this only decides whether the fields are open.
     */
    private boolean mayDraft() {
        return opinion.status().openForDrafting() && (context.isAssignedAssistant()
                || context.details().assistantId() == null && context.isHead());
    }

    private void saveDraft() {
        act(() -> opinions.saveDraft(requestId, typed(), actor));
    }

    private void submit() {
        FieldChecks checks = new FieldChecks();
        sections.values().forEach(area -> area.setInvalid(false));
        sections.values().forEach(checks::required);
        if (!checks.passed()) {
            showProblem(getTranslation("rule.opinion.sections-incomplete"));
            return;
        }
        act(() -> opinions.submit(requestId, typed(), actor));
    }

    private void approve() {
        act(() -> opinions.approve(requestId, actor));
    }

    /**
     * Sends the step; on success the page is drawn again once the read model has it (meanwhile its buttons send
     * nothing more), on refusal it says why and keeps every word.
     */
    private void act(Supplier<Recorded> step) {
        problem.setVisible(false);
        Recorded recorded;
        try {
            recorded = step.get();
        } catch (RuntimeException refusal) {
            showProblem(errors.describe(refusal, getLocale()));
            return;
        }
        afterStep(recorded);
        Notification saved = Notification.show(getTranslation("form.saved"), 4000, Notification.Position.BOTTOM_START);
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.getElement().setAttribute("role", "status");
    }

    private void afterStep(Recorded recorded) {
        buttons.setEnabled(false);
        catchUp.redraw(this, recorded, this::refresh);
    }

    /** Shows the page again as the read side knows it now; nothing of it once the person may not see the case. */
    private void refresh() {
        Optional<OpenCase> now = cases.read(context.file(), this::afterStep);
        Optional<OpinionDetails> read = now.flatMap(open -> opinionQueries.details(open.file(), requestId));
        if (read.isEmpty()) {
            removeAll();
            Paragraph ended = new Paragraph(getTranslation("case.access-ended"));
            ended.getElement().setAttribute("role", "alert");
            add(ended);
            return;
        }
        context = now.get();
        opinion = read.get();
        render(null);
    }

    private OpinionText typed() {
        return new OpinionText(value(OpinionSection.FAMILY_SITUATION), value(OpinionSection.COOPERATION),
                value(OpinionSection.WORK_PLAN_PROGRESS), value(OpinionSection.ASSESSMENT),
                value(OpinionSection.CONCLUSIONS));
    }

    private String value(OpinionSection section) {
        TextArea area = sections.get(section);
        return area == null ? "" : area.getValue();
    }

    private void showProblem(String sentence) {
        problem.setText(sentence);
        problem.setVisible(true);
    }

    private Paragraph hint(String key, Object... arguments) {
        Paragraph hint = new Paragraph(getTranslation(key, arguments));
        hint.addClassName("form-hint");
        return hint;
    }

    private void fact(DescriptionList facts, String termKey, Component value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    /** The sections as they stand in the form now, for tests and the language switch. */
    List<String> sectionValues() {
        return sections.values().stream().map(TextArea::getValue).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", context == null ? ""
                : getTranslation("opinion.page.title", context.details().familyName()));
    }
}
