package pl.asysta.cases.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.People;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.eventstore.Created;
import pl.asysta.shared.CaseId;

/**
 * A screen that sent a command shows its outcome once the read model has reached the position the command stored
 * at: never before the case can be read, and always once it can.
 */
@SpringBootTest
class ReadModelProgressTest {

    @Autowired
    ReadModelProgress progress;
    @Autowired
    CaseProjectionRebuild processor;
    @Autowired
    CaseCommands commands;
    @Autowired
    CaseFileQueries queries;

    @Test
    void a_position_not_stored_yet_is_not_reached_and_nothing_stored_needs_no_waiting() {
        assertThat(progress.reached(processor.headPosition() + 1_000_000)).isFalse();
        assertThat(progress.reached(0)).isTrue();
    }

    @Test
    void once_a_registration_is_reached_the_new_case_can_be_read() {
        Created<CaseId> registered = commands.registerFamily("Postępowscy", List.of(new FamilyMember(null, "Ewa",
                "Postępowska", FamilyMember.Kinship.PARENT, null)), null, null, People.SOCIAL_WORKER);

        await().atMost(Duration.ofSeconds(10)).until(() -> progress.reached(registered.recorded().position()));

        assertThat(queries.details(registered.id(), People.SOCIAL_WORKER)).isPresent();
    }
}
