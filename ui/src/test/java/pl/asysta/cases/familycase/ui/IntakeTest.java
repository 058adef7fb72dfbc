package pl.asysta.cases.familycase.ui;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.PortalTest;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.i18n.Translations;
import pl.asysta.shell.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PortalTest
class IntakeTest extends SignedInBrowserlessTest {

    @Autowired
    Translations translations;

    @Test
    void a_social_worker_registers_a_family_and_lands_on_its_case_page() {
        String family = CaseFixture.uniqueFamilyName("Nowakowie");
        signInAs("pracownik");
        open("");
        test(find(Button.class).id("register-family")).click();
        assertThat(getCurrentView()).isInstanceOf(IntakeView.class);

        test(find(TextField.class).id("intake-family-name")).setValue(family);
        test(find(TextField.class).id("intake-street")).setValue("ul. Polna 3/5");
        test(find(TextField.class).id("intake-postal-code")).setValue("00-950");
        test(find(TextField.class).id("intake-town")).setValue("Przykładowo");
        test(find(TextField.class).withClassName("member-first-name").first()).setValue("Alicja");
        test(find(TextField.class).withClassName("member-last-name").first()).setValue("Nowak");
        test(find(Button.class).withClassName("add-row").single()).click();
        test(find(TextField.class).withClassName("member-first-name").last()).setValue("Kuba");
        test(find(TextField.class).withClassName("member-last-name").last()).setValue("Nowak");
        test(find(DatePicker.class).withClassName("member-birth-date").last())
                .setValue(CaseFixture.today().minusYears(9));
        test(find(Button.class).id("intake-register")).click();
        untilShown();

        assertThat(location()).startsWith("cases/");
        assertThat(find(H1.class).single().getText()).isEqualTo(family);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Kuba Nowak").contains("wiek: 9");
    }

    @Test
    void the_social_worker_records_the_interview_on_the_new_case_and_it_joins_the_timeline() {
        String family = CaseFixture.uniqueFamilyName("Wywiadowscy");
        signInAs("pracownik");
        open("intake");
        test(find(TextField.class).id("intake-family-name")).setValue(family);
        test(find(TextField.class).id("intake-town")).setValue("Przykładowo");
        test(find(TextField.class).withClassName("member-first-name").first()).setValue("Ewa");
        test(find(TextField.class).withClassName("member-last-name").first()).setValue("Wywiadowska");
        test(find(Button.class).id("intake-register")).click();
        untilShown();
        String caseLocation = location();

        test(find(Button.class).id("actions-interview")).click();
        test(find(TextArea.class).id("interview-findings")).setValue("Mieszkanie zadbane, brak stałego dochodu.");
        test(find(TextArea.class).id("interview-difficulties")).setValue("bezrobocie\nzaległości czynszowe");
        test(find(Button.class).id("dialog-save")).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            open(caseLocation);
            assertThat(find(Button.class).withId("actions-request-assistant").exists()).isTrue();
            @SuppressWarnings("unchecked")
            Grid<TimelineRow> timeline = find(Grid.class).id("timeline");
            TimelineRow newest = test(timeline).getRow(0);
            assertThat(newest.type()).isEqualTo("EnvironmentalInterviewRecorded");
            assertThat(newest.text()).isEqualTo("Mieszkanie zadbane, brak stałego dochodu.");
        });
    }

    @Test
    void a_form_without_a_family_name_says_in_polish_what_is_missing_and_keeps_what_was_typed() {
        signInAs("pracownik");
        open("intake");
        test(find(TextField.class).id("intake-town")).setValue("Przykładowo");
        test(find(TextField.class).id("intake-postal-code")).setValue("00950");

        test(find(Button.class).id("intake-register")).click();

        assertThat(getCurrentView()).isInstanceOf(IntakeView.class);
        assertThat(find(Paragraph.class).id("intake-problem").getText()).isEqualTo(polish("form.fix-fields"));
        TextField familyName = find(TextField.class).id("intake-family-name");
        assertThat(familyName.isInvalid()).isTrue();
        assertThat(familyName.getErrorMessage()).isEqualTo(polish("form.required"));
        assertThat(find(TextField.class).id("intake-postal-code").getErrorMessage())
                .isEqualTo(polish("intake.postal-code.invalid"));
        assertThat(find(TextField.class).id("intake-town").getValue()).isEqualTo("Przykładowo");
    }

    @Test
    void the_kinship_of_a_member_is_chosen_from_translated_names() {
        signInAs("pracownik");
        open("intake");

        @SuppressWarnings("unchecked")
        ComboBox<Object> kinship = find(ComboBox.class).withClassName("member-kinship").first();
        List<String> names = test(kinship).getSuggestions();

        assertThat(names).containsExactly("Rodzic", "Dziecko", "Opiekun prawny", "Inna osoba");
    }

    @Test
    void only_a_social_worker_opens_the_intake_form() {
        for (String username : List.of("asystent", "kierownik", "koordynator")) {
            signInAs(username);

            open("intake");

            assertThat(pageHeading()).as(username).isEqualTo(polish("error.not-available.title"));
        }
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
