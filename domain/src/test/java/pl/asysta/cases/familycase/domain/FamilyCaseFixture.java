package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import pl.asysta.cases.familycase.domain.AssignmentStep.AssignAssistant;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordConsent;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/** The people and a family of the specification's examples, and a case brought to a given stage. */
final class FamilyCaseFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final InstitutionId OPS = new InstitutionId("ops-przykladowo");
    static final InstitutionId OTHER_OPS = new InstitutionId("ops-sasiednie");
    static final CaseId CASE = new CaseId("case-1");

    static final Actor SOCIAL_WORKER = actor("pracownik", "Katarzyna Zielińska", Role.SOCIAL_WORKER, OPS);
    static final Actor OTHER_CENTRE_SOCIAL_WORKER = actor("obcy", "Jan Obcy", Role.SOCIAL_WORKER, OTHER_OPS);
    static final Actor HEAD = actor("kierownik", "Tomasz Lewandowski", Role.CENTRE_HEAD, OPS);
    static final Actor ASSISTANT = actor("asystent", "Anna Kowalska", Role.FAMILY_ASSISTANT, OPS);
    static final Actor OTHER_ASSISTANT = actor("asystent2", "Marek Wiśniewski", Role.FAMILY_ASSISTANT, OPS);
    static final Actor COORDINATOR = actor("koordynator", "Ewa Dąbrowska", Role.FOSTER_CARE_COORDINATOR,
            new InstitutionId("pcpr-powiat"));

    static final FamilyMember MOTHER = new FamilyMember("m-1", "Agnieszka", "Nowak", Kinship.PARENT,
            LocalDate.of(1990, 3, 14));
    static final FamilyMember SON = new FamilyMember("m-2", "Kacper", "Nowak", Kinship.CHILD,
            LocalDate.of(2015, 6, 2));

    private FamilyCaseFixture() {
    }

    static Actor actor(String id, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(id), name, Set.of(role), institution);
    }

    /** A case as the social worker registered it. */
    static FamilyCase registered() {
        return replay(FamilyCase.register(CASE, "Nowakowie", List.of(MOTHER, SON),
                new Address("ul. Lipowa 7/3", "00-001", "Przykładowo"), new Contact("600 100 200", null),
                SOCIAL_WORKER));
    }

    /** Registered, consent given and an assistant requested: waiting for the head. */
    static FamilyCase awaitingAssignment() {
        FamilyCase familyCase = registered();
        familyCase.decide(new RecordConsent("Agnieszka Nowak", TODAY.minusDays(10), "ZG/12/2026"), SOCIAL_WORKER, TODAY)
                .forEach(familyCase::apply);
        familyCase.decide(new RequestAssistant("Trudności opiekuńczo-wychowawcze, zaległości szkolne syna."),
                SOCIAL_WORKER, TODAY)
                .forEach(familyCase::apply);
        return familyCase;
    }

    /** Assigned to {@link #ASSISTANT} on the given day. */
    static FamilyCase activeSince(LocalDate assignedOn) {
        FamilyCase familyCase = awaitingAssignment();
        familyCase.decide(new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), assignedOn), HEAD, TODAY)
                .forEach(familyCase::apply);
        return familyCase;
    }

    static FamilyCase active() {
        return activeSince(TODAY.minusMonths(1));
    }

    static PlanAction action(String id, String description, LocalDate deadline) {
        return new PlanAction(id, description, new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Agnieszka Nowak",
                MOTHER.memberId()), deadline, "Syn codziennie chodzi do szkoły");
    }

    static FamilyCase replay(List<? extends FamilyCaseEvent> events) {
        FamilyCase familyCase = FamilyCase.empty();
        events.forEach(familyCase::apply);
        return familyCase;
    }
}
