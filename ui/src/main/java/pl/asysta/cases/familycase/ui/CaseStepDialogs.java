package pl.asysta.cases.familycase.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.StepKind;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.CommandDialog;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.staff.StaffDirectory;

/**
 * The dialog of each step a person takes on a family case, built with what it needs: the case's commands, its
 * work plan as it stands when the dialog opens, the caseloads and the staff to choose an assistant or a
 * coordinator from, and the institutions a plan action may name. The case page's steps and the head's start page
 * (which assigns an assistant from its list of waiting families) open them here.
 */
@Component
public class CaseStepDialogs {

    private final CaseCommands commands;
    private final CaseFileQueries fileQueries;
    private final WorkListQueries workLists;
    private final StaffDirectory staff;
    private final InstitutionDirectory institutions;
    private final ErrorMessages errors;

    CaseStepDialogs(CaseCommands commands, CaseFileQueries fileQueries, WorkListQueries workLists,
                    StaffDirectory staff, InstitutionDirectory institutions, ErrorMessages errors) {
        this.commands = commands;
        this.fileQueries = fileQueries;
        this.workLists = workLists;
        this.staff = staff;
        this.institutions = institutions;
        this.errors = errors;
    }

    /** The head assigns an assistant to a family that waits for one. */
    public CommandDialog assign(Actor head, CaseId caseId, String familyName, LocalDate today) {
        return new AssignAssistantDialog(head, caseId, familyName, null, today, commands, workLists, staff, errors);
    }

    /** The dialog of a step on the whole case; the steps on one plan action are offered beside the action. */
    Optional<CommandDialog> of(StepKind kind, OpenCase context) {
        return Optional.ofNullable(switch (kind) {
            case INTERVIEW -> new InterviewDialog(context, commands, errors);
            case REQUEST_ASSISTANT -> new RequestAssistantDialog(context, commands, errors);
            case CONSENT -> new ConsentDialog(context, commands, errors);
            case COURT_ORDER -> new CourtOrderDialog(context, commands, errors);
            case WITHDRAW_CONSENT -> new WithdrawConsentDialog(context, commands, errors);
            case ASSIGN -> assign(context.actor(), context.caseId(), context.details().familyName(), context.today());
            case REASSIGN -> new AssignAssistantDialog(context.actor(), context.caseId(),
                    context.details().familyName(), context.details().assistantId(), context.today(), commands,
                    workLists, staff, errors);
            case DOCUMENT_WORK -> new DocumentWorkDialog(context, commands, errors);
            case ADOPT_PLAN -> new AdoptPlanDialog(context, plan(context).stream().findFirst(),
                    institutions.registered(), commands, errors);
            case CONSULT_PLAN -> new ConsultPlanDialog(context, plan(context), commands, errors);
            case ASSESSMENT -> new AssessmentDialog(context, commands, errors);
            case FOSTER_CARE -> new FosterPlacementDialog(context, staff, institutions, commands, errors);
            case COORDINATION -> new CoordinationDialog(context, commands, errors);
            case ZA_ZYCIEM -> new ZaZyciemDialog(context, commands, errors);
            case SUPPORT_CATALOGUE -> new SupportCatalogueDialog(context, commands, errors);
            case OBSERVATION -> new ObservationDialog(context, commands, errors, ObservationKind.OBSERVATION);
            case TEAM_MEETING -> new ObservationDialog(context, commands, errors, ObservationKind.TEAM_MEETING);
            case TEAM_DECISION -> new ObservationDialog(context, commands, errors, ObservationKind.TEAM_DECISION);
            case CLOSE -> new CloseCaseDialog(context, commands, errors);
            case MONITORING_ENTRY -> new MonitoringEntryDialog(context, commands, errors);
            case END_MONITORING -> new EndMonitoringDialog(context, commands, errors);
            case REOPEN -> new ReopenDialog(context, commands, errors);
            case NOTE_ACTION_PROGRESS, COMPLETE_ACTION, DROP_ACTION -> null;
        });
    }

    /** A step on one action of the plan in force: a progress note, its completion or dropping it. */
    CommandDialog onAction(OpenCase context, PlanActionRow action, ActionStepDialog.Step step) {
        return new ActionStepDialog(context, commands, errors, action, step);
    }

    /** Every version of the case's plan as it stands now, the one in force first. */
    private List<PlanVersionDetails> plan(OpenCase context) {
        return fileQueries.workPlan(context.file());
    }
}
