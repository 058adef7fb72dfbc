package pl.asysta.institutions.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** An institution's proper name, or nothing for none (a row that names no institution). */
    public String name(InstitutionId institution) {
        return institution == null ? "" : displayName(institution);
    }

    /** The names of all institutions as the register holds them now: one read for a whole list of rows. */
    public Function<InstitutionId, String> names() {
        Map<InstitutionId, String> names = register.all().stream()
                .collect(Collectors.toMap(Institution::id, Institution::name, (first, second) -> first));
        return institution -> institution == null ? "" : names.getOrDefault(institution, institution.value());
    }

    /** The institutions of the register, for a person to choose one from. */
    public List<Institution> registered() {
        return register.all();
    }

    /** What kind of institution it is, when the register knows it. */
    public Optional<InstitutionKind> kind(InstitutionId institution) {
        return register.find(institution).map(Institution::kind);
    }
}
