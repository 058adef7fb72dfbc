package pl.asysta.institutions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.asysta.shared.InstitutionId;

/** Writes the configured institutions into the register at start-up, before the demo gmina is seeded. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(InstitutionProperties.class)
class ConfiguredInstitutions implements ApplicationRunner {

    private final InstitutionProperties properties;
    private final InstitutionRegister register;

    ConfiguredInstitutions(InstitutionProperties properties, InstitutionRegister register) {
        this.properties = properties;
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        properties.register().forEach(entry -> register.register(
                new Institution(new InstitutionId(entry.id()), entry.name(), entry.kind())));
    }
}
