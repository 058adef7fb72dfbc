package pl.asysta.start;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import pl.asysta.shared.Role;

/**
 * What a role sees first (DESIGN section 6). For now a heading and a sentence on what the page will hold; its
 * texts are {@code start.ROLE.title} and {@code start.ROLE.description}.
 */
abstract class StartPage extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final Role role;
    private final H1 heading = new H1();
    private final Paragraph description = new Paragraph();

    StartPage(Role role) {
        this.role = role;
        addClassName("start-page");
        add(heading, description);
    }

    Role role() {
        return role;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("start." + role.name() + ".title"));
        description.setText(getTranslation("start." + role.name() + ".description"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("start." + role.name() + ".title"));
    }
}
