package pl.asysta.cases.history.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.ui.CaseSection;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.eventstore.Recorded;

/** "The file as it stood on a day…", right below the header, for anyone who may read the case. */
@Component
class AsOfLinkSection implements CaseSection {

    static final int ORDER = 100;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        var link = CaseHistoryPages.link(I18NProvider.translate("pit.case-link"), open.caseId());
        link.setId("case-as-of-link");
        Paragraph line = new Paragraph(link);
        line.addClassName("case-as-of-line");
        return Optional.of(line);
    }

    /** The link leads to the page where the reader picks a point; no command changes it. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return false;
    }
}
