package pl.asysta.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.OpinionSection;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.familycase.ActionStatus;
import pl.asysta.cases.familycase.LegalBasisKind;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.support.ui.SupportItems;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes are shown by name through {@link Labels}; a new constant without a Polish and an English name fails here. */
class CodeLabelsTest {

    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.ofEntries(
            Map.entry(Labels.CASE_STATUS, CaseStatus.class),
            Map.entry(Labels.WORK_KIND, WorkKind.class),
            Map.entry(Labels.CLOSURE_REASON, ClosureReason.class),
            Map.entry(Labels.MONITORING_OUTCOME, MonitoringOutcome.class),
            Map.entry(Labels.ZA_ZYCIEM_GROUND, ZaZyciemGround.class),
            Map.entry(Labels.DATA_CATEGORY, DataCategory.class),
            Map.entry(Labels.OWNER_KIND, ActionOwner.Kind.class),
            Map.entry(Labels.KINSHIP, FamilyMember.Kinship.class),
            Map.entry(Labels.LEGAL_BASIS, LegalBasisKind.class),
            Map.entry(Labels.ACTION_STATUS, ActionStatus.class),
            Map.entry("opinion.status", OpinionStatus.class),
            Map.entry("opinion.section", OpinionSection.class),
            Map.entry("court.decision.kind", CourtDecisionKind.class),
            Map.entry(SupportItems.HELP_KIND, HelpKind.class),
            Map.entry(SupportItems.COST_KIND, CostKind.class),
            Map.entry(SupportItems.CLAIM_STATUS, ClaimStatus.class));

    private final Translations translations = new Translations();

    @Test
    void every_code_of_the_case_has_a_name_in_polish_and_in_english() {
        CODES.forEach((prefix, codes) -> {
            for (Enum<?> code : codes.getEnumConstants()) {
                assertNamed(prefix + "." + code.name());
            }
        });
    }

    @Test
    void every_kind_of_timeline_entry_has_a_name_in_polish_and_in_english() {
        TimelineFilter.ENTRY_TYPES.forEach(type -> assertNamed(Labels.TIMELINE_TYPE + "." + type));
    }

    private void assertNamed(String key) {
        for (Locale locale : List.of(Translations.POLISH, Translations.ENGLISH)) {
            assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale).doesNotStartWith("!");
        }
    }
}
