package pl.asysta.caseview;

import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;

import pl.asysta.institutions.Institution;
import pl.asysta.shared.InstitutionKind;

/**
 * The institution a dialog names, chosen from the register by its proper name. Institutions that can never be
 * named there (the welfare centres, which own the cases, and for sharing the courts, which need no consent and
 * read no case file) are not offered at all.
 */
final class InstitutionChoice {

    private InstitutionChoice() {
    }

    static ComboBox<Institution> of(CaseContext context, String label, Set<InstitutionKind> offered) {
        ComboBox<Institution> institution = new ComboBox<>(label);
        institution.setItems(context.services().registeredInstitutions().stream()
                .filter(candidate -> offered.contains(candidate.kind()))
                .filter(candidate -> !candidate.id().equals(context.actor().institutionId()))
                .toList());
        institution.setItemLabelGenerator(Institution::name);
        institution.setRequiredIndicatorVisible(true);
        return institution;
    }
}
