package pl.asysta.cases.command;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import pl.asysta.cases.CaseId;
import pl.asysta.cases.FamilyCase;
import pl.asysta.cases.support.CaseStanding;

/** {@link CaseStandings} answered by loading the {@link FamilyCaseAggregate} through Axon's repository. */
@Component
class AggregateCaseStandings implements CaseStandings {

    private final Repository<FamilyCaseAggregate> cases;

    AggregateCaseStandings(Repository<FamilyCaseAggregate> cases) {
        this.cases = cases;
    }

    @Override
    public CaseStanding standingOf(CaseId caseId) {
        FamilyCase familyCase = cases.load(caseId.value()).invoke(aggregate -> aggregate.familyCase);
        return new CaseStanding(familyCase.centre(), familyCase.status());
    }
}
