package pl.asysta.cases.familycase;

import java.util.concurrent.Callable;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;

/**
 * Caseloads kept as {@link AssistantCaseloadAggregate} streams, loaded through Axon's repository inside the
 * current unit of work. Loading takes the aggregate's lock for the rest of the unit of work; a hand-over locks
 * the two caseloads in a fixed order, so two opposite hand-overs at the same moment cannot wait for each other.
 */
@Component
class AggregateCaseloads implements Caseloads {

    private final Repository<AssistantCaseloadAggregate> caseloads;

    AggregateCaseloads(Repository<AssistantCaseloadAggregate> caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public void takeOn(UserId assistant, CaseId caseId) {
        loadOrStart(assistant).execute(caseload -> caseload.takeOn(assistant, caseId));
    }

    @Override
    public void release(UserId assistant, CaseId caseId) {
        caseloads.load(assistant.value()).execute(caseload -> caseload.release(caseId));
    }

    @Override
    public void handOver(CaseId caseId, UserId from, UserId to) {
        boolean fromFirst = from.value().compareTo(to.value()) < 0;
        Aggregate<AssistantCaseloadAggregate> first = fromFirst ? caseloads.load(from.value()) : loadOrStart(to);
        Aggregate<AssistantCaseloadAggregate> second = fromFirst ? loadOrStart(to) : caseloads.load(from.value());
        Aggregate<AssistantCaseloadAggregate> released = fromFirst ? first : second;
        Aggregate<AssistantCaseloadAggregate> takenOn = fromFirst ? second : first;
        released.execute(caseload -> caseload.release(caseId));
        takenOn.execute(caseload -> caseload.takeOn(to, caseId));
    }

    private Aggregate<AssistantCaseloadAggregate> loadOrStart(UserId assistant) {
        Callable<AssistantCaseloadAggregate> empty = AssistantCaseloadAggregate::new;
        try {
            return caseloads.loadOrCreate(assistant.value(), empty);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the caseload of " + assistant, e);
        }
    }
}
