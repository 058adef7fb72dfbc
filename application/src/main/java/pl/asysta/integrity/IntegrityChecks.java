package pl.asysta.integrity;

import java.io.Writer;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * The integrity check and the chain heads export as the auditor's screens ask for them: only auditors may, and
 * each run is recorded in the access log before it starts, like every other reading an auditor does. Neither
 * shows case content (stream names, positions and hashes only), so the record names no case.
 */
@Service
public class IntegrityChecks {

    private final IntegrityVerifier verifier;
    private final ChainHeads heads;
    private final AccessLog accessLog;

    IntegrityChecks(IntegrityVerifier verifier, ChainHeads heads, AccessLog accessLog) {
        this.verifier = verifier;
        this.heads = heads;
        this.accessLog = accessLog;
    }

    /** Verifies every chain for the auditor, reporting progress as it goes. */
    public IntegrityReport verify(Actor actor, IntegrityProgress progress) {
        requireAuditor(actor);
        accessLog.record(actor, AccessView.INTEGRITY_CHECK, List.of(), Set.of(), AccessBasis.AUDIT.name(), null);
        return verifier.verify(progress);
    }

    /** Writes the chain heads for the auditor to keep outside the database; returns the number of heads. */
    public long exportHeads(Actor actor, Writer target) {
        requireAuditor(actor);
        accessLog.record(actor, AccessView.EXPORT, List.of(), Set.of(), AccessBasis.AUDIT.name() + ": chain heads",
                null);
        return heads.export(target);
    }

    private static void requireAuditor(Actor actor) {
        if (actor == null || !actor.hasRole(Role.AUDITOR)) {
            throw new DomainRuleViolation("case.role-not-allowed");
        }
    }
}
