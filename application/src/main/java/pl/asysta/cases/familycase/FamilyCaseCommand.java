package pl.asysta.cases.familycase;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseStep;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * What people ask of a family case: its registration, or one step on it. Each carries the signed-in actor and the
 * centre's "today" as the edge saw it, so that the aggregate never asks the machine for either and a replayed
 * decision comes out the same. Ids inside commands (case, members, plan actions, work entries) are made at the
 * edge too. Commands never leave the process.
 */
public sealed interface FamilyCaseCommand {

    CaseId caseId();

    Actor actor();

    LocalDate today();

    record RegisterFamily(@TargetAggregateIdentifier CaseId caseId, String familyName, List<FamilyMember> members,
                          Address address, Contact contact, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    /**
     * One step on the case, with the grants on it the access policy knows at the edge: the family case itself does
     * not keep them, but whether another institution may write in it depends on them.
     */
    record TakeStep(@TargetAggregateIdentifier CaseId caseId, CaseStep step, Actor actor, LocalDate today,
                    List<CaseGrant> grants) implements FamilyCaseCommand {

        public TakeStep {
            grants = List.copyOf(grants);
        }
    }
}
