package pl.asysta.cases.sharing.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.ui.CaseSection;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.DataCategory;

/** The case's consent ledger and grants, below its referrals, for those who may read its CONSENT information. */
@Component
class SharingSection implements CaseSection {

    static final int ORDER = 500;

    private final SharingQueries queries;
    private final SharingCommands commands;
    private final InstitutionDirectory institutions;
    private final ErrorMessages errors;

    SharingSection(SharingQueries queries, SharingCommands commands, InstitutionDirectory institutions,
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

    /** The consents, the grants and the buttons to change them, or nothing for someone who may not read them. */
    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        if (!open.details().visibleCategories().contains(DataCategory.CONSENT)) {
            return Optional.empty();
        }
        return Optional.of(new SharingPanel(open, queries.consents(open.file()), queries.grants(open.file()),
                commands, institutions, errors));
    }

    /** The ledger changes with its own events; who may change it, and whether, with the case's. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return recorded.stored(SharingLedgerEvent.class, FamilyCaseEvent.class);
    }
}
