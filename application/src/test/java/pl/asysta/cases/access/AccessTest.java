package pl.asysta.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.CaseCommands;
import pl.asysta.cases.query.CaseProjectionRebuild;
import pl.asysta.cases.query.CaseQueries;
import pl.asysta.cases.query.ReadModels;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.time.ClockConfiguration;
import pl.asysta.time.TestClock;

/**
 * What the access tests share: the facades as the screens call them, the real embedded PostgreSQL, and a clock
 * they can move to let a grant's last day pass. They run in one Spring context of their own (the clock), apart
 * from the other application tests.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
abstract class AccessTest {

    @Autowired
    CaseCommands commands;
    @Autowired
    SharingCommands sharing;
    @Autowired
    ReferralCommands referrals;
    @Autowired
    CaseQueries queries;
    @Autowired
    SharingQueries sharingQueries;
    @Autowired
    ReferralQueries referralQueries;
    @Autowired
    AccessPolicy policy;
    @Autowired
    AccessLog accessLog;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    void awaitProjected() {
        ReadModels.awaitCaughtUp(rebuild);
    }

    /** A world of agencies around a few families, built through the facades. */
    AgencyWorld newWorld() {
        AgencyWorld world = new AgencyWorld(this);
        world.build();
        return world;
    }

    static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(messageKey));
    }
}
