package pl.asysta.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/** A Keycloak installation names its assistants and coordinators in configuration. */
class ConfiguredStaffDirectoryTest {

    @Test
    void the_head_sees_the_assistants_of_their_own_centre_by_name() {
        new ApplicationContextRunner()
                .withUserConfiguration(StaffConfiguration.class)
                .withPropertyValues(
                        "asysta.staff.members[0].user-id=zofia.mazur", "asysta.staff.members[0].display-name=Zofia Mazur",
                        "asysta.staff.members[0].role=FAMILY_ASSISTANT", "asysta.staff.members[0].institution=ops-a",
                        "asysta.staff.members[1].user-id=adam.bak", "asysta.staff.members[1].display-name=Adam Bąk",
                        "asysta.staff.members[1].role=FAMILY_ASSISTANT", "asysta.staff.members[1].institution=ops-a",
                        "asysta.staff.members[2].user-id=ola.lis", "asysta.staff.members[2].display-name=Ola Lis",
                        "asysta.staff.members[2].role=FAMILY_ASSISTANT", "asysta.staff.members[2].institution=ops-b")
                .run(context -> {
                    StaffDirectory directory = context.getBean(StaffDirectory.class);
                    assertThat(directory.withRole(Role.FAMILY_ASSISTANT, new InstitutionId("ops-a")))
                            .extracting(StaffMember::displayName).containsExactly("Adam Bąk", "Zofia Mazur");
                    assertThat(directory.find(new UserId("ola.lis"), Role.FAMILY_ASSISTANT)).isPresent();
                    assertThat(directory.find(new UserId("ola.lis"), Role.CENTRE_HEAD)).isEmpty();
                });
    }

    @Test
    void without_configuration_the_directory_is_empty_not_broken() {
        new ApplicationContextRunner()
                .withUserConfiguration(StaffConfiguration.class)
                .run(context -> assertThat(context.getBean(StaffDirectory.class).all()).isEmpty());
    }
}
