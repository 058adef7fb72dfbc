package pl.asysta.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void the_role_constants_are_exactly_the_domain_roles() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                constants.add(field.getName());
            }
        }

        assertThat(constants).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }
}
