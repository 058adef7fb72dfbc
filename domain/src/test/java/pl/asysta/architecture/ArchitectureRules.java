package pl.asysta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import com.tngtech.archunit.lang.ArchRule;

/** Rules shared by the modules' architecture tests. */
final class ArchitectureRules {

    /**
     * Time comes from the injected clock and ids are made at the edge, so that a decision replays the same way
     * and a test can say what "today" is.
     */
    static final ArchRule NO_CLOCK_OR_RANDOM_IDS = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from an injected Clock and ids are made at the edge (docs/architecture.md)")
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }
}
