package pl.asysta.cases.familycase;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.CaseOnFile;
import pl.asysta.cases.familycase.domain.FamilyCase;
import pl.asysta.shared.CaseId;

/** {@link OpinionCases} answered by loading the {@link FamilyCaseAggregate} through Axon's repository. */
@Component
class AggregateOpinionCases implements OpinionCases {

    private final Repository<FamilyCaseAggregate> cases;

    AggregateOpinionCases(Repository<FamilyCaseAggregate> cases) {
        this.cases = cases;
    }

    @Override
    public CaseOnFile onFile(CaseId caseId) {
        return cases.load(caseId.value()).invoke(aggregate -> {
            FamilyCase familyCase = aggregate.familyCase;
            return new CaseOnFile(caseId, familyCase.centre(), familyCase.assistant(), familyCase.familyName());
        });
    }
}
