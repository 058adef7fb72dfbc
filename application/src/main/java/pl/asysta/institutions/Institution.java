package pl.asysta.institutions;

import java.util.Objects;

import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/** An institution of the register: its id (the users' {@code institution} claim), proper name and kind. */
public record Institution(InstitutionId id, String name, InstitutionKind kind) {

    public Institution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
