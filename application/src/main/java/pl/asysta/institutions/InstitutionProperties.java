package pl.asysta.institutions;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import pl.asysta.shared.InstitutionKind;

/** {@code asysta.institutions.register[n].{id,name,kind}}: the institutions of an installation. */
@ConfigurationProperties("asysta.institutions")
record InstitutionProperties(List<Entry> register) {

    InstitutionProperties {
        register = register == null ? List.of() : List.copyOf(register);
    }

    record Entry(String id, String name, InstitutionKind kind) {
    }
}
