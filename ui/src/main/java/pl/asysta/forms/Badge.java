package pl.asysta.forms;

import com.vaadin.flow.component.html.Span;

/**
 * A short word that flags something (overdue, due soon, a status). The tone is never the only signal: the word
 * says it too, and the colours keep a contrast of at least 4.5:1.
 */
public final class Badge {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, ERROR }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
