package pl.asysta.rebuild.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

class RebuildRulesTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMINISTRATOR", "AUDITOR"})
    void the_administrator_and_the_auditor_may_rebuild_the_read_models(Role role) {
        assertThatCode(() -> RebuildRules.onlyAdministratorsAndAuditorsRebuildReadModels(actor(Set.of(role))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMINISTRATOR", "AUDITOR"}, mode = EnumSource.Mode.EXCLUDE)
    void nobody_in_case_work_may_rebuild_the_read_models(Role role) {
        assertThatThrownBy(() -> RebuildRules.onlyAdministratorsAndAuditorsRebuildReadModels(actor(Set.of(role))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "rebuild.not-allowed");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMINISTRATOR", "AUDITOR"}, mode = EnumSource.Mode.EXCLUDE)
    void a_case_worker_who_is_also_an_auditor_may_rebuild(Role role) {
        assertThatCode(() -> RebuildRules.onlyAdministratorsAndAuditorsRebuildReadModels(
                actor(EnumSet.of(role, Role.AUDITOR)))).doesNotThrowAnyException();
    }

    private static Actor actor(Set<Role> roles) {
        return new Actor(new UserId("u"), "Ula", roles, new InstitutionId("ops"));
    }
}
