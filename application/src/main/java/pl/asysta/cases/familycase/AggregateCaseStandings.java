package pl.asysta.cases.familycase;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.CaseStanding;
import pl.asysta.cases.familycase.domain.FamilyCase;
import pl.asysta.shared.CaseId;

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
