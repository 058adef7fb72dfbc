package pl.asysta.rebuild.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** The administrator's and the auditor's way to the rebuild page from their start pages. */
public final class ReadModelRebuildLink extends Div {

    public ReadModelRebuildLink() {
        addClassName("start-section");
        setId("read-model-rebuild");
        RouterLink link = new RouterLink(getTranslation("rebuild.link"), ReadModelRebuildView.class);
        link.setId("read-model-rebuild-link");
        add(new H2(getTranslation("rebuild.link.title")), new Paragraph(getTranslation("rebuild.link.text")),
                new Paragraph(link));
    }
}
