package pl.asysta.cases.sharing.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.ui.CaseSection;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.ui.InstitutionDirectory;

/** Who opened the case file, at the foot of the page, for the case's assistant and the head of its centre. */
@Component
class OpeningsSection implements CaseSection {

    static final int ORDER = 800;

    private final SharingQueries queries;
    private final InstitutionDirectory institutions;

    OpeningsSection(SharingQueries queries, InstitutionDirectory institutions) {
        this.queries = queries;
        this.institutions = institutions;
    }

    @Override
    public int order() {
        return ORDER;
    }

    /** For the case's assistant and the head of its centre; nothing for anyone else. */
    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        if (!open.isAssignedAssistant() && !open.isHead()) {
            return Optional.empty();
        }
        return Optional.of(new OpeningsPanel(queries.openings(open.file()), institutions.names()));
    }

    /** The openings are the access log's, not events; who sees them changes with the case's assistant. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return recorded.stored(FamilyCaseEvent.class);
    }
}
