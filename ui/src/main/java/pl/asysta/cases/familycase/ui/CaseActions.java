package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import pl.asysta.cases.familycase.domain.StepKind;

/**
 * The steps the signed-in person may take on the case now, each a button that opens its dialog. Which steps they
 * are is the case's own answer ({@link OpenCase#part()}), in the order of the case's life; the page draws
 * exactly those. Steps on one action of the work plan are offered beside the action ({@link WorkPlanPanel}).
 */
class CaseActions extends Div {

    private final OpenCase context;
    private final transient CaseStepDialogs dialogs;
    private final Div buttons = new Div();

    CaseActions(OpenCase context, CaseStepDialogs dialogs) {
        this.context = context;
        this.dialogs = dialogs;
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
            case INTERVIEW -> offer(kind, "actions.interview");
            case REQUEST_ASSISTANT -> offer(kind, "actions.request-assistant");
            case CONSENT -> offer(kind, "actions.consent");
            case COURT_ORDER -> offer(kind, "actions.court-order");
            case WITHDRAW_CONSENT -> offer(kind, "actions.withdraw-consent");
            case ASSIGN -> offer(kind, "actions.assign");
            case REASSIGN -> offer(kind, "actions.reassign");
            case DOCUMENT_WORK -> offer(kind, "actions.document-work");
            case ADOPT_PLAN -> offer(kind, "actions.adopt-plan");
            case CONSULT_PLAN -> offer(kind, "actions.consult-plan");
            case NOTE_ACTION_PROGRESS, COMPLETE_ACTION, DROP_ACTION -> { }
            case ASSESSMENT -> offer(kind, "actions.assessment");
            case FOSTER_CARE -> offer(kind, "actions.foster-care");
            case COORDINATION -> offer(kind, "actions.coordination");
            case ZA_ZYCIEM -> offer(kind, "actions.za-zyciem");
            case SUPPORT_CATALOGUE -> offer(kind, "actions.support-catalogue");
            case OBSERVATION -> offer(kind, "case.observation.add", "actions-observation");
            case TEAM_MEETING -> offer(kind, "case.observation.team-meeting", "actions-team-meeting");
            case TEAM_DECISION -> offer(kind, "case.observation.team-decision", "actions-team-decision");
            case CLOSE -> offer(kind, "actions.close");
            case MONITORING_ENTRY -> offer(kind, "actions.monitoring-entry");
            case END_MONITORING -> offer(kind, "actions.end-monitoring");
            case REOPEN -> offer(kind, "actions.reopen");
        }
    }

    private void offer(StepKind kind, String key) {
        offer(kind, key, key.replace('.', '-'));
    }

    private void offer(StepKind kind, String key, String id) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addClickListener(click -> dialogs.of(kind, context)
                .ifPresent(dialog -> dialog.onSaved(context.afterCommand()).open()));
        buttons.add(button);
    }
}
