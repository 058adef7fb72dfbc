package pl.asysta.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.cases.timeline.TimelineQueries;
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
public abstract class AccessTest {

    @Autowired
    public CaseCommands commands;
    @Autowired
    public SharingCommands sharing;
    @Autowired
    public ReferralCommands referrals;
    @Autowired
    public CaseFileQueries fileQueries;
    @Autowired
    public WorkListQueries workLists;
    @Autowired
    public CaseFiles caseFiles;
    @Autowired
    public TimelineQueries timeline;
    @Autowired
    public SharingQueries sharingQueries;
    @Autowired
    public ReferralQueries referralQueries;
    @Autowired
    public AccessPolicy policy;
    @Autowired
    public AccessLog accessLog;
    @Autowired
    public InstitutionRegister institutions;
    @Autowired
    public CaseProjectionRebuild rebuild;
    @Autowired
    public TestClock clock;
    @Autowired
    public JdbcTemplate jdbc;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    public void awaitProjected() {
        ReadModels.awaitCaughtUp(rebuild);
    }

    /** A world of agencies around a few families, built through the facades. */
    public AgencyWorld newWorld() {
        AgencyWorld world = new AgencyWorld(this);
        world.build();
        return world;
    }

    public static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(messageKey));
    }
}
