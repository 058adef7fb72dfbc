package pl.asysta.forms;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

/** The sentence a list shows instead of itself when it has nothing to list ("no referrals wait for an answer"). */
public final class EmptyState {

    private EmptyState() {
    }

    public static Paragraph of(String key) {
        Paragraph nothing = new Paragraph(I18NProvider.translate(key));
        nothing.addClassName("empty-state");
        return nothing;
    }
}
