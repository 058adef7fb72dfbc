package pl.asysta.institutions.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * The proper names of institutions, shown next to a person's name, as the {@link InstitutionRegister} knows them.
 * Institution names are proper nouns, so they are not translated. An institution the register does not know (a
 * claim naming one nobody has configured) is shown by its identifier.
 */
@Component
public class InstitutionDirectory {

    private final InstitutionRegister register;

    InstitutionDirectory(InstitutionRegister register) {
        this.register = register;
    }

    public String displayName(InstitutionId institution) {
        return register.find(institution).map(Institution::name).orElse(institution.value());
    }

    /** What kind of institution it is, when the register knows it. */
    public Optional<InstitutionKind> kind(InstitutionId institution) {
        return register.find(institution).map(Institution::kind);
    }
}
