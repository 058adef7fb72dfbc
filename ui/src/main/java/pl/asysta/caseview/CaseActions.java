package pl.asysta.caseview;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.forms.CommandDialog;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * The steps the signed-in person may take on the case now, each a button that opens its dialog. Which steps are
 * offered follows the roles of DESIGN section 3 and the case's status; the domain checks the same again, so
 * this only spares people buttons that would be refused.
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

        CaseStatus status = context.status();
        if (context.isAssignedAssistant()) {
            assistantActions(status);
        }
        if (context.isCentre(Role.SOCIAL_WORKER)) {
            socialWorkerActions(status);
        }
        if (context.isCentre(Role.CENTRE_HEAD)) {
            headActions(status);
        }
        if (context.isCoordinator() && status == CaseStatus.ACTIVE) {
            offer("actions.coordination", () -> new CoordinationDialog(context));
        }
        if (status != CaseStatus.CLOSED) {
            otherInstitutionActions();
        }
        if (buttons.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("actions.none")));
        }
    }

    private void assistantActions(CaseStatus status) {
        if (status == CaseStatus.ACTIVE) {
            offer("actions.document-work", () -> new DocumentWorkDialog(context));
            offer("actions.adopt-plan", () -> new AdoptPlanDialog(context));
            offer("actions.assessment", () -> new AssessmentDialog(context));
            legalBasisActions();
            if (context.details().members().stream().anyMatch(member -> member.kinship()
                    == Kinship.CHILD)) {
                offer("actions.foster-care", () -> new FosterPlacementDialog(context));
            }
            if (!context.details().fosterPlacements().isEmpty()) {
                offer("actions.coordination", () -> new CoordinationDialog(context));
            }
            if (context.details().zaZyciemGround() == null) {
                offer("actions.za-zyciem", () -> new ZaZyciemDialog(context));
            } else {
                offer("actions.support-catalogue", () -> new SupportCatalogueDialog(context));
            }
            if (context.consentInForce()) {
                offer("actions.withdraw-consent", () -> new WithdrawConsentDialog(context));
            }
            offer("actions.close", () -> new CloseCaseDialog(context));
        }
        if (status == CaseStatus.MONITORING) {
            offer("actions.monitoring-entry", () -> new MonitoringEntryDialog(context));
            offer("actions.end-monitoring", () -> new EndMonitoringDialog(context));
        }
    }

    private void socialWorkerActions(CaseStatus status) {
        if (status == CaseStatus.INTAKE) {
            offer("actions.interview", () -> new InterviewDialog(context));
            if (!context.details().assistantRequested()) {
                offer("actions.request-assistant", () -> new RequestAssistantDialog(context));
            }
            legalBasisActions();
        }
        if (status == CaseStatus.ACTIVE) {
            if (!context.plan().isEmpty()) {
                offer("actions.consult-plan", () -> new ConsultPlanDialog(context));
            }
            legalBasisActions();
            if (context.details().zaZyciemGround() == null) {
                offer("actions.za-zyciem", () -> new ZaZyciemDialog(context));
            }
        }
        if (status == CaseStatus.MONITORING || status == CaseStatus.CLOSED) {
            offer("actions.reopen", () -> new ReopenDialog(context));
        }
    }

    private void headActions(CaseStatus status) {
        if (status == CaseStatus.INTAKE
                && (context.details().assistantRequested() || context.details().courtOrder() != null)) {
            offer("actions.assign", () -> AssignAssistantDialog.assign(context.services(), context.actor(),
                    context.caseId(), context.details().familyName()));
        }
        if (status == CaseStatus.ACTIVE) {
            offer("actions.reassign", () -> AssignAssistantDialog.reassign(context.services(), context.actor(),
                    context.caseId(), context.details().familyName(), context.details().assistantId()));
        }
        if (status == CaseStatus.MONITORING || status == CaseStatus.CLOSED) {
            offer("actions.reopen", () -> new ReopenDialog(context));
        }
    }

    /** Consent and court order: both the assistant and the social worker record the legal basis. */
    private void legalBasisActions() {
        if (!context.consentInForce()) {
            offer("actions.consent", () -> new ConsentDialog(context));
        }
        if (context.details().courtOrder() == null) {
            offer("actions.court-order", () -> new CourtOrderDialog(context));
        }
    }

    /** School or health staff, and the interdisciplinary team, add to a case their institution was given. */
    private void otherInstitutionActions() {
        if (context.actor().hasRole(Role.INSTITUTION_STAFF) && !ObservationDialog.categoriesFor(context).isEmpty()) {
            offer("case.observation.add", "actions-observation",
                    () -> new ObservationDialog(context, ObservationKind.OBSERVATION));
        }
        if (context.actor().hasRole(Role.TEAM_MEMBER)
                && context.details().visibleCategories().contains(DataCategory.VIOLENCE)) {
            offer("case.observation.team-meeting", "actions-team-meeting",
                    () -> new ObservationDialog(context, ObservationKind.TEAM_MEETING));
            offer("case.observation.team-decision", "actions-team-decision",
                    () -> new ObservationDialog(context, ObservationKind.TEAM_DECISION));
        }
    }

    /** Offers an action once, even to someone whose several roles each allow it. */
    private void offer(String key, Supplier<CommandDialog> dialog) {
        offer(key, key.replace('.', '-'), dialog);
    }

    private void offer(String key, String id, Supplier<CommandDialog> dialog) {
        if (buttons.getChildren().anyMatch(existing -> existing.getId().filter(id::equals).isPresent())) {
            return;
        }
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addClickListener(click -> dialog.get().onSaved(context.afterCommand()).open());
        buttons.add(button);
    }
}
