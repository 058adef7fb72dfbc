package pl.asysta.cases.familycase;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.familycase.domain.CaseOnFile;
import pl.asysta.cases.familycase.domain.CaseStanding;
import pl.asysta.cases.familycase.domain.FamilyCase;
import pl.asysta.cases.familycase.domain.PartInCase;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;

/**
 * A family case's present state, loaded as the {@link FamilyCaseAggregate} through Axon's repository: inside the
 * unit of work of the command that asks (the ports other features' aggregates are given), or in a unit of work of
 * its own for a screen that asks which steps someone may take now. Either way the answer is the case's own, never
 * a read model that may lag behind it.
 */
@Component
class AggregateFamilyCases implements CaseTeams, CaseStandings, OpinionCases {

    private final Repository<FamilyCaseAggregate> cases;
    private final TransactionManager transactions;

    AggregateFamilyCases(Repository<FamilyCaseAggregate> cases, TransactionManager transactions) {
        this.cases = cases;
        this.transactions = transactions;
    }

    @Override
    public void requireCaseTeam(CaseId caseId, Actor actor) {
        if (!read(caseId, familyCase -> familyCase.caseTeam(actor))) {
            throw new DomainRuleViolation("case.role-not-allowed");
        }
    }

    @Override
    public CaseStanding standingOf(CaseId caseId) {
        return read(caseId, familyCase -> familyCase.state().standing());
    }

    @Override
    public CaseOnFile onFile(CaseId caseId) {
        return read(caseId, familyCase -> familyCase.state().onFile());
    }

    /** What the actor is to the case and the steps they may take now, given the grants the access policy knows. */
    PartInCase partOf(CaseId caseId, Actor actor, LocalDate today, List<CaseGrant> grants) {
        return read(caseId, familyCase -> familyCase.partOf(actor, today, grants));
    }

    private <T> T read(CaseId caseId, Function<FamilyCase, T> reading) {
        if (CurrentUnitOfWork.isStarted()) {
            return cases.load(caseId.value()).invoke(aggregate -> reading.apply(aggregate.familyCase));
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        T answer;
        try {
            answer = cases.load(caseId.value()).invoke(aggregate -> reading.apply(aggregate.familyCase));
        } catch (RuntimeException failure) {
            unitOfWork.rollback(failure);
            throw failure;
        }
        unitOfWork.commit();
        return answer;
    }
}
