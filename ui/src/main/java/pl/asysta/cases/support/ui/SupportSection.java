package pl.asysta.cases.support.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.ui.CaseSection;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.support.CaseSupport;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.SupportArrangementEvent;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.ui.InstitutionDirectory;

/** The family's supporting families, below the consent ledger and above the timeline. */
@Component
class SupportSection implements CaseSection {

    static final int ORDER = 600;

    private final SupportQueries queries;
    private final SupportCommands commands;
    private final InstitutionDirectory institutions;
    private final ErrorMessages errors;

    SupportSection(SupportQueries queries, SupportCommands commands, InstitutionDirectory institutions,
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

    /**
     * The panel for readers of SUPPORT or FINANCE when the case has a supporting family, and for the head of the
     * centre while they may record one.
     */
    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        CaseSupport seen = queries.ofCase(open.file());
        if (seen.arrangements().isEmpty() && seen.claims().isEmpty()
                && !(open.isHead() && open.status() == CaseStatus.ACTIVE)) {
            return Optional.empty();
        }
        return Optional.of(new SupportPanel(open, seen, commands, queries, institutions, errors));
    }

    /** The arrangements change with their own events; whether the head may record one, with the case's stage. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return recorded.stored(SupportArrangementEvent.class, FamilyCaseEvent.class);
    }
}
