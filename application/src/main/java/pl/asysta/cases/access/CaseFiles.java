package pl.asysta.cases.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.access.domain.AccessRules;
import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * Opens case files: decides what the actor may read, records the opening in the {@link AccessLog} (alerting the
 * assistant when the reader is outside the case team), and only then hands out the {@link CaseFile} that every
 * query of a case's content takes. Nothing else makes a case file, so nothing of a case is read without a record.
 */
@Service
public class CaseFiles {

    private final AccessPolicy policy;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseFiles(AccessPolicy policy, AccessLog accessLog, Clock clock) {
        this.policy = policy;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Opens the case file for the actor. Empty when they may not see the case or it does not exist; nothing is
     * recorded then. Fails, showing nothing, when the record cannot be written.
     */
    public Optional<CaseFile> open(CaseId caseId, Actor actor) {
        return recorded(caseId, actor, AccessView.CASE_FILE, () -> "")
                .map(opening -> new CaseFile(caseId, actor, opening.record(), opening.categories()));
    }

    /**
     * Records a look at the case as it stood at points of its past, before anything of it is read. Empty when the
     * actor may not open the case file today (nothing is recorded then); otherwise {@code points} names the
     * positions looked at for the record's purpose (it may refuse, and then nothing is recorded either).
     */
    public Optional<PastLook> lookAtPast(CaseId caseId, Actor actor, Supplier<String> points) {
        return recorded(caseId, actor, AccessView.CASE_FILE_AS_OF, points)
                .map(opening -> new PastLook(caseId, actor, opening.record(), opening.categories()));
    }

    /**
     * The categories of the open file the actor may read now: those recorded at the opening that the policy
     * still allows. Empty once their access has ended (a grant expired or was revoked). A file of the past keeps
     * those of its opening.
     */
    public Set<DataCategory> categories(CaseFile file) {
        if (file.asOfDay() != null) {
            return file.categoriesAtOpening();
        }
        Set<DataCategory> now = policy.decide(file.caseId(), file.actor()).readable();
        Set<DataCategory> both = EnumSet.noneOf(DataCategory.class);
        file.categoriesAtOpening().stream().filter(now::contains).forEach(both::add);
        return both;
    }

    /**
     * The day the file is read as of: today, or for the case as it stood at a point in its past the day of that
     * point. Ages, the state of grants and consents and overdue flags are reckoned on it.
     */
    public LocalDate dayOf(CaseFile file) {
        return file.asOfDay() != null ? file.asOfDay() : LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    /** A recorded look at a case's past: the files of the case as it stood on each day looked at. */
    public static final class PastLook {

        private final CaseId caseId;
        private final Actor actor;
        private final long record;
        private final Set<DataCategory> categories;

        private PastLook(CaseId caseId, Actor actor, long record, Set<DataCategory> categories) {
            this.caseId = caseId;
            this.actor = actor;
            this.record = record;
            this.categories = Set.copyOf(categories);
        }

        /** The categories the actor may read of the past: those they may read today. */
        public Set<DataCategory> categories() {
            return categories;
        }

        /** The file of the case as it stood on {@code day}, read within this look. */
        public CaseFile asOf(LocalDate day) {
            return CaseFile.asOf(caseId, actor, record, categories, day);
        }
    }

    private record Opening(long record, Set<DataCategory> categories) {
    }

    private Optional<Opening> recorded(CaseId caseId, Actor actor, AccessView view, Supplier<String> purposeTail) {
        Optional<CaseTeam> team = policy.team(caseId);
        LocalDate today = policy.today();
        AccessDecision decision = team.map(found -> AccessRules.decide(actor, found, today))
                .orElse(AccessDecision.NONE);
        if (!decision.seesCase()) {
            return Optional.empty();
        }
        String tail = purposeTail.get();
        UserId alert = decision.caseTeam() ? null : team.get().assistant();
        long record = accessLog.record(actor, view, List.of(caseId), decision.readable(),
                tail.isEmpty() ? decision.purpose() : decision.purpose() + "; " + tail, alert);
        return Optional.of(new Opening(record, decision.readable()));
    }
}
