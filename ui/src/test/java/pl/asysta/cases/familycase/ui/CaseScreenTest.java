package pl.asysta.cases.familycase.ui;

import static pl.asysta.cases.familycase.ui.CaseFixture.ASSISTANT;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.i18n.Translations;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * Screens that show real cases: the fixture that builds them through the facades, the timeline as the page
 * shows it, and Polish texts by key. The tests share one portal, and the statute lets an assistant work with
 * fifteen families at a time, so after each test the demo assistant's places are handed back.
 */
public abstract class CaseScreenTest extends SignedInBrowserlessTest {

    @Autowired
    protected CaseFixture cases;

    @Autowired
    protected Translations translations;

    @AfterEach
    protected void handTheAssistantsPlacesBack() {
        cases.closeActiveCasesOf(ASSISTANT);
    }

    @SuppressWarnings("unchecked")
    protected Grid<TimelineRow> timeline() {
        return find(Grid.class).id("timeline");
    }

    /** A combo box of the page or an open dialog, by its id. */
    @SuppressWarnings("unchecked")
    protected <T> ComboBox<T> comboBox(String id) {
        return find(ComboBox.class).id(id);
    }

    protected String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
