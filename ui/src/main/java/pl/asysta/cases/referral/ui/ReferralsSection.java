package pl.asysta.cases.referral.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.ui.CaseSection;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.referral.domain.ReferralEvent;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.ui.InstitutionDirectory;

/** The case's referrals to other institutions, below its work plan. */
@Component
class ReferralsSection implements CaseSection {

    static final int ORDER = 400;

    private final ReferralQueries queries;
    private final ReferralCommands commands;
    private final InstitutionDirectory institutions;
    private final ErrorMessages errors;

    ReferralsSection(ReferralQueries queries, ReferralCommands commands, InstitutionDirectory institutions,
                     ErrorMessages errors) {
        this.queries = queries;
        this.commands = commands;
        this.institutions = institutions;
        this.errors = errors;
    }

    @Override
    public int order() {
        return ORDER;
    }

    /** The panel for the case team, and for others only when a referral of the case is theirs to see. */
    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        List<ReferralRow> referrals = queries.ofCase(open.file());
        if (!open.isCaseTeam() && referrals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReferralsPanel(open, referrals, commands, institutions, errors));
    }

    /** The referrals change with their own events; who may refer, and whether, with the case's. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return recorded.stored(ReferralEvent.class, FamilyCaseEvent.class);
    }
}
