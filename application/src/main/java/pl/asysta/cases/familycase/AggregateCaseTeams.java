package pl.asysta.cases.familycase;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;

/** {@link CaseTeams} answered by loading the {@link FamilyCaseAggregate} through Axon's repository. */
@Component
class AggregateCaseTeams implements CaseTeams {

    private final Repository<FamilyCaseAggregate> cases;

    AggregateCaseTeams(Repository<FamilyCaseAggregate> cases) {
        this.cases = cases;
    }

    @Override
    public void requireCaseTeam(CaseId caseId, Actor actor) {
        boolean onTeam = cases.load(caseId.value()).invoke(aggregate -> aggregate.familyCase.caseTeam(actor));
        if (!onTeam) {
            throw new DomainRuleViolation("case.role-not-allowed");
        }
    }
}
