package pl.asysta.security.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.staff.StaffMember;

/** On a demo installation the head assigns the demo assistants, by the names they sign in with. */
@PortalTest
class DemoStaffDirectoryTest {

    @Autowired
    StaffDirectory staff;

    @Test
    void the_demo_centre_s_assistants_are_there_to_assign() {
        assertThat(staff.withRole(Role.FAMILY_ASSISTANT, new InstitutionId("ops-przykladowo")))
                .extracting(member -> member.userId().value(), StaffMember::displayName)
                .containsExactly(
                        tuple("asystent", "Anna Kowalska"),
                        tuple("asystent2", "Marek Wiśniewski"));
        assertThat(staff.withRole(Role.FOSTER_CARE_COORDINATOR)).extracting(StaffMember::displayName)
                .containsExactly("Ewa Dąbrowska");
    }
}
