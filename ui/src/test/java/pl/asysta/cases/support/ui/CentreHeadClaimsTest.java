package pl.asysta.cases.support.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.cases.support.ui.SupportFixture;
import pl.asysta.cases.support.ui.SupportFixture.Supported;
import pl.asysta.cases.support.ui.SupportItems;
import pl.asysta.i18n.Translations;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * The head's start page lists the supporting families' claims waiting for a decision, with the receipt scans to
 * open; the head approves one with a button or rejects it with a reason, which the household then reads.
 */
@PortalTest
class CentreHeadClaimsTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;
    @Autowired
    SupportFixture support;
    @Autowired
    SupportQueries queries;
    @Autowired
    Translations translations;

    @AfterEach
    void handTheAssistantsPlacesBack() {
        cases.closeActiveCasesOf(ASSISTANT);
    }

    @Test
    void a_waiting_claim_shows_the_family_the_month_the_amount_and_its_receipt_and_is_approved_with_one_button() {
        Supported family = support.supported(uniqueFamilyName("Zatwierdzani"));
        ClaimId claim = support.claimLastMonth(family, "46.20");
        signInAs("kierownik");

        open("centre-head");

        ListItem item = claimItem(family);
        assertThat(item.getElement().getTextRecursively()).contains(family.familyName(),
                SupportFixture.HOUSEHOLD_NAME, SupportItems.monthName(SupportFixture.lastMonth()), "46,20 zł",
                polish("supporting.cost-kind.TRAVEL"));
        assertThat(find(Anchor.class, item).single().getText()).isEqualTo("bilety.pdf");
        Button approve = find(Button.class, item).withClassName("approve-claim").single();
        assertThat(approve.getAriaLabel().orElseThrow()).contains(family.familyName());
        test(approve).click();
        untilShown();

        assertThat(statusOf(family, claim)).isEqualTo(ClaimStatus.APPROVED);
        assertThat(familiesWaiting()).noneMatch(text -> text.contains(family.familyName()));
    }

    @Test
    void a_rejection_needs_a_reason_and_the_household_reads_it() {
        Supported family = support.supported(uniqueFamilyName("Odrzucani"));
        ClaimId claim = support.claimLastMonth(family, "12.60");
        signInAs("kierownik");
        open("centre-head");

        test(find(Button.class, claimItem(family)).withClassName("reject-claim").single()).click();
        test(find(Button.class).id("dialog-save")).click();
        assertThat(find(Paragraph.class).id("dialog-problem").getText()).isEqualTo(polish("form.fix-fields"));
        test(find(TextArea.class).id("reject-claim-reason")).setValue("Na bilecie nie ma daty przejazdu.");
        test(find(Button.class).id("dialog-save")).click();
        untilShown();

        assertThat(statusOf(family, claim)).isEqualTo(ClaimStatus.REJECTED);
        signInAs("rodzina");
        open("supporting-family");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Na bilecie nie ma daty przejazdu.",
                polish("supporting.claim-status.REJECTED"));
    }

    private ListItem claimItem(Supported family) {
        return find(ListItem.class).withClassName("support-item").all().stream()
                .filter(item -> item.getElement().getTextRecursively().contains(family.familyName()))
                .findFirst().orElseThrow(() -> new AssertionError("no claim of " + family.familyName()));
    }

    private java.util.List<String> familiesWaiting() {
        return find(ListItem.class).withClassName("support-item").all().stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private ClaimStatus statusOf(Supported family, ClaimId claim) {
        return queries.forHousehold(SupportFixture.BARBARA).stream()
                .flatMap(row -> row.claims().stream()).filter(row -> row.claimId().equals(claim))
                .map(ClaimRow::status).findFirst().orElseThrow();
    }

    private String polish(String key, Object... arguments) {
        return translations.getTranslation(key, Translations.POLISH, arguments);
    }
}
