package pl.asysta.institutions.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;

import pl.asysta.institutions.Institution;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * The institution a dialog names, chosen from the register by its proper name. Institutions that can never be
 * named there (the welfare centres, which own the cases, and for sharing the courts, which need no consent and
 * read no case file) are not offered at all, nor is the person's own institution.
 */
public final class InstitutionChoice {

    private InstitutionChoice() {
    }

    public static ComboBox<Institution> of(List<Institution> registered, InstitutionId own, String label,
                                           Set<InstitutionKind> offered) {
        ComboBox<Institution> institution = new ComboBox<>(label);
        institution.setItems(registered.stream()
                .filter(candidate -> offered.contains(candidate.kind()))
                .filter(candidate -> !candidate.id().equals(own))
                .toList());
        institution.setItemLabelGenerator(Institution::name);
        institution.setRequiredIndicatorVisible(true);
        return institution;
    }
}
