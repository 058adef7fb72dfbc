package pl.asysta.cases.support.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.today;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.PortalTest;
import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.SimplePdf;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.support.ui.SupportFixture;
import pl.asysta.cases.support.ui.SupportFixture.Supported;
import pl.asysta.i18n.Translations;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * The supporting family's page (Barbara Nowak): the family she supports as much as she needs to know, her plan
 * actions, the form to log help and the one to claim a month's costs with receipt scans; a wrong, oversized or
 * damaged scan is refused at once with a sentence saying why, and nothing of it is stored. The tests share one
 * portal, so Barbara supports the families of other tests too: each finds its own family by name.
 */
@PortalTest
class SupportingFamilyPageTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;
    @Autowired
    SupportFixture support;
    @Autowired
    SupportQueries queries;
    @Autowired
    SupportCommands commands;
    @Autowired
    Translations translations;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void handTheAssistantsPlacesBack() {
        cases.closeActiveCasesOf(ASSISTANT);
    }

    @Test
    void barbara_sees_the_familys_name_the_child_the_assistant_and_her_own_action_and_nothing_else_of_the_case() {
        Supported family = support.supported(uniqueFamilyName("Wspierani"));
        signInAs("rodzina");

        open("supporting-family");

        Div section = section(family);
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Zosia", ASSISTANT.displayName(), "RW/" + family.familyName(),
                SupportFixture.HOUSEHOLD_ACTION, polish("supporting.cost-kind.TRAVEL"))
                .doesNotContain(SupportFixture.SCHOOL_ACTION, "Jan", "Maria", "ul. Lipowa", "600 100 200",
                        "Rodzina potrzebuje wsparcia");
        assertThat(pageText()).doesNotContain("Zaległości szkolne dziecka");
    }

    @Test
    void barbara_never_opens_the_case_page_of_the_family_she_supports() {
        Supported family = support.supported(uniqueFamilyName("Zamknięci"));
        signInAs("rodzina");

        open(CasePages.location(family.caseId()));

        assertThat(getCurrentView()).isNotInstanceOf(SupportingFamilyStartView.class);
        assertThat(pageText()).doesNotContain(family.familyName());
    }

    @Test
    void an_afternoon_of_homework_goes_into_the_log() {
        Supported family = support.supported(uniqueFamilyName("Uczący"));
        signInAs("rodzina");
        open("supporting-family");
        HelpForm form = find(HelpForm.class, section(family)).single();

        test(form.hours).setValue(new BigDecimal("2.5"));
        test(form.kind).selectItem(polish("supporting.help-kind.HOMEWORK"));
        test(form.note).setValue("Tabliczka mnożenia i czytanie z Zosią.");
        test(form.submit).click();
        untilShown();

        String log = find(UnorderedList.class, section(family)).all().stream()
                .filter(list -> list.getId().orElse("").startsWith("help-log")).findFirst().orElseThrow()
                .getElement().getTextRecursively();
        assertThat(log).contains("2,5 h", polish("supporting.help-kind.HOMEWORK"),
                "Tabliczka mnożenia i czytanie z Zosią.", pl.asysta.forms.Dates.format(today()));
    }

    @Test
    void a_form_with_fields_missing_says_which_and_sends_nothing() {
        Supported family = support.supported(uniqueFamilyName("Niedokończeni"));
        signInAs("rodzina");
        open("supporting-family");
        HelpForm form = find(HelpForm.class, section(family)).single();

        test(form.hours).setValue(new BigDecimal("2"));
        test(form.submit).click();

        assertThat(form.problem()).isEqualTo(polish("form.fix-fields"));
        assertThat(form.note.isInvalid()).isTrue();
        assertThat(form.kind.isInvalid()).isTrue();
        assertThat(queries.forHousehold(SupportFixture.BARBARA).stream()
                .filter(row -> row.arrangement().arrangementId().equals(family.arrangementId())).findFirst()
                .orElseThrow().help()).isEmpty();
    }

    @Test
    void a_day_over_twenty_four_hours_is_refused_in_words_and_what_was_typed_stays() {
        Supported family = support.supported(uniqueFamilyName("Zapracowani"));
        support.logHelp(family, today(), 20 * 60, HelpKind.CHILDCARE, "Opieka przez cały dzień.");
        signInAs("rodzina");
        open("supporting-family");
        HelpForm form = find(HelpForm.class, section(family)).single();

        test(form.hours).setValue(new BigDecimal("5"));
        test(form.kind).selectItem(polish("supporting.help-kind.FREE_TIME"));
        test(form.note).setValue("Wieczorem kino.");
        test(form.submit).click();

        assertThat(form.problem()).isEqualTo(polish("rule.supporting.day-over-24-hours"));
        assertThat(form.note.getValue()).isEqualTo("Wieczorem kino.");
        assertThat(form.hours.getValue()).isEqualByComparingTo("5");
    }

    @Test
    void a_month_is_claimed_with_a_receipt_scan_and_waits_for_the_head() {
        Supported family = support.supported(uniqueFamilyName("Rozliczający"));
        signInAs("rodzina");
        open("supporting-family");
        ClaimForm form = find(ClaimForm.class, section(family)).single();

        test(form.month).selectItem(SupportItems.monthName(SupportFixture.lastMonth()));
        test(form.amounts.get(CostKind.TRAVEL)).setValue(new BigDecimal("46.20"));
        test(form.amounts.get(CostKind.MEALS)).setValue(new BigDecimal("60"));
        form.receive("bilety.pdf", SimplePdf.withLines(List.of("Bilety 46,20 zl")));
        assertThat(form.attachedNames()).containsExactly("bilety.pdf");
        test(form.submit).click();
        untilShown();

        ClaimRow claim = claimsOf(family).getFirst();
        assertThat(claim.total()).isEqualByComparingTo("106.20");
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.receipts()).singleElement().satisfies(receipt -> assertThat(receipt.fileName())
                .isEqualTo("bilety.pdf"));
        String shown = section(family).getElement().getTextRecursively();
        assertThat(shown).contains("106,20 zł", polish("supporting.claim-status.SUBMITTED"), "bilety.pdf");
    }

    @Test
    void a_file_of_another_kind_named_like_a_receipt_is_refused_at_once_and_not_stored() {
        Supported family = support.supported(uniqueFamilyName("Pomyleni"));
        signInAs("rodzina");
        open("supporting-family");
        ClaimForm form = find(ClaimForm.class, section(family)).single();

        form.receive("paragon.pdf", "Paragon: obiad 25 zl".getBytes(StandardCharsets.UTF_8));

        assertThat(receiptProblem(form)).isEqualTo(translations.getTranslation("rule.supporting.receipt-wrong-type",
                Translations.POLISH, "paragon.pdf"));
        assertThat(form.attachedNames()).isEmpty();
        assertThat(storedReceipts(family)).isZero();
    }

    @Test
    void an_oversized_file_is_refused_with_the_limit_and_not_stored() {
        Supported family = support.supported(uniqueFamilyName("Ciężcy"));
        signInAs("rodzina");
        open("supporting-family");
        ClaimForm form = find(ClaimForm.class, section(family)).single();
        byte[] big = Arrays.copyOf(SimplePdf.withLines(List.of("Skan")), (int) commands.receiptMaxBytes() + 1);

        form.receive("skan.pdf", big);

        assertThat(receiptProblem(form)).isEqualTo(translations.getTranslation("rule.supporting.receipt-too-large",
                Translations.POLISH, "skan.pdf", "5"));
        assertThat(form.attachedNames()).isEmpty();
        assertThat(storedReceipts(family)).isZero();
    }

    @Test
    void a_damaged_scan_is_refused_and_a_claim_sent_afterwards_carries_only_the_good_one() {
        Supported family = support.supported(uniqueFamilyName("Uszkodzeni"));
        signInAs("rodzina");
        open("supporting-family");
        ClaimForm form = find(ClaimForm.class, section(family)).single();
        byte[] whole = SimplePdf.withLines(List.of("Paragon"));

        form.receive("uciety.pdf", Arrays.copyOf(whole, whole.length / 2));
        assertThat(receiptProblem(form)).isEqualTo(translations.getTranslation("rule.supporting.receipt-damaged",
                Translations.POLISH, "uciety.pdf"));
        form.receive("caly.pdf", whole);
        test(form.amounts.get(CostKind.MEALS)).setValue(new BigDecimal("30"));
        test(form.submit).click();
        untilShown();

        assertThat(claimsOf(family).getFirst().receipts()).extracting(receipt -> receipt.fileName())
                .containsExactly("caly.pdf");
        assertThat(storedReceipts(family)).isEqualTo(1);
    }

    @Test
    void a_claim_over_the_limit_is_refused_and_the_amounts_and_scans_stay() {
        Supported family = support.supported(uniqueFamilyName("Rozrzutni"));
        signInAs("rodzina");
        open("supporting-family");
        ClaimForm form = find(ClaimForm.class, section(family)).single();

        test(form.amounts.get(CostKind.TRAVEL)).setValue(new BigDecimal("250"));
        test(form.amounts.get(CostKind.MEALS)).setValue(new BigDecimal("80"));
        form.receive("bilety.pdf", SimplePdf.withLines(List.of("Bilety")));
        test(form.submit).click();

        assertThat(form.problem()).isEqualTo(translations.getTranslation("rule.supporting.claim-over-limit",
                Translations.POLISH, SupportFixture.LIMIT));
        assertThat(form.amounts.get(CostKind.TRAVEL).getValue()).isEqualByComparingTo("250");
        assertThat(form.attachedNames()).containsExactly("bilety.pdf");
        assertThat(claimsOf(family)).isEmpty();
        assertThat(storedReceipts(family)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** The part of the page about this family. */
    private Div section(Supported family) {
        String title = polish("supporting.family.title", family.familyName());
        return find(Div.class).withClassName("supported-family").all().stream()
                .filter(div -> find(H2.class, div).single().getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no section for " + family.familyName()));
    }

    private List<ClaimRow> claimsOf(Supported family) {
        return queries.forHousehold(SupportFixture.BARBARA).stream()
                .filter(row -> row.arrangement().arrangementId().equals(family.arrangementId())).findFirst()
                .orElseThrow().claims();
    }

    private static String receiptProblem(ClaimForm form) {
        return form.receiptProblem.isVisible() ? form.receiptProblem.getText() : "";
    }

    private long storedReceipts(Supported family) {
        return jdbc.queryForObject("select count(*) from support_receipt_file where arrangement_id = ?", Long.class,
                family.arrangementId().value());
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private String polish(String key, Object... arguments) {
        return translations.getTranslation(key, Translations.POLISH, arguments);
    }
}
