package pl.asysta.caseview;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.StepKind;
import pl.asysta.forms.CommandDialog;

/**
 * The steps the signed-in person may take on the case now, each a button that opens its dialog. Which steps they
 * are is the case's own answer ({@link CaseContext#part()}), in the order of the case's life; the page draws
 * exactly those. Steps on one action of the work plan are offered beside the action ({@link WorkPlanPanel}).
 */
class CaseActions extends Div {

    private final CaseContext context;
    private final Div buttons = new Div();

    CaseActions(CaseContext context) {
        this.context = context;
        addClassName("case-actions");
        H2 heading = new H2(getTranslation("actions.title"));
        buttons.addClassName("action-buttons");
        add(heading, buttons);
        for (StepKind kind : context.part().steps()) {
            offer(kind);
        }
        if (buttons.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("actions.none")));
        }
    }

    private void offer(StepKind kind) {
        switch (kind) {
            case INTERVIEW -> offer("actions.interview", () -> new InterviewDialog(context));
            case REQUEST_ASSISTANT -> offer("actions.request-assistant", () -> new RequestAssistantDialog(context));
            case CONSENT -> offer("actions.consent", () -> new ConsentDialog(context));
            case COURT_ORDER -> offer("actions.court-order", () -> new CourtOrderDialog(context));
            case WITHDRAW_CONSENT -> offer("actions.withdraw-consent", () -> new WithdrawConsentDialog(context));
            case ASSIGN -> offer("actions.assign", () -> AssignAssistantDialog.assign(context.services(),
                    context.actor(), context.caseId(), context.details().familyName()));
            case REASSIGN -> offer("actions.reassign", () -> AssignAssistantDialog.reassign(context.services(),
                    context.actor(), context.caseId(), context.details().familyName(),
                    context.details().assistantId()));
            case DOCUMENT_WORK -> offer("actions.document-work", () -> new DocumentWorkDialog(context));
            case ADOPT_PLAN -> offer("actions.adopt-plan", () -> new AdoptPlanDialog(context));
            case CONSULT_PLAN -> offer("actions.consult-plan", () -> new ConsultPlanDialog(context));
            case NOTE_ACTION_PROGRESS, COMPLETE_ACTION, DROP_ACTION -> { }
            case ASSESSMENT -> offer("actions.assessment", () -> new AssessmentDialog(context));
            case FOSTER_CARE -> offer("actions.foster-care", () -> new FosterPlacementDialog(context));
            case COORDINATION -> offer("actions.coordination", () -> new CoordinationDialog(context));
            case ZA_ZYCIEM -> offer("actions.za-zyciem", () -> new ZaZyciemDialog(context));
            case SUPPORT_CATALOGUE -> offer("actions.support-catalogue", () -> new SupportCatalogueDialog(context));
            case OBSERVATION -> offer("case.observation.add", "actions-observation",
                    () -> new ObservationDialog(context, ObservationKind.OBSERVATION));
            case TEAM_MEETING -> offer("case.observation.team-meeting", "actions-team-meeting",
                    () -> new ObservationDialog(context, ObservationKind.TEAM_MEETING));
            case TEAM_DECISION -> offer("case.observation.team-decision", "actions-team-decision",
                    () -> new ObservationDialog(context, ObservationKind.TEAM_DECISION));
            case CLOSE -> offer("actions.close", () -> new CloseCaseDialog(context));
            case MONITORING_ENTRY -> offer("actions.monitoring-entry", () -> new MonitoringEntryDialog(context));
            case END_MONITORING -> offer("actions.end-monitoring", () -> new EndMonitoringDialog(context));
            case REOPEN -> offer("actions.reopen", () -> new ReopenDialog(context));
        }
    }

    private void offer(String key, Supplier<CommandDialog> dialog) {
        offer(key, key.replace('.', '-'), dialog);
    }

    private void offer(String key, String id, Supplier<CommandDialog> dialog) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addClickListener(click -> dialog.get().onSaved(context.afterCommand()).open());
        buttons.add(button);
    }
}
