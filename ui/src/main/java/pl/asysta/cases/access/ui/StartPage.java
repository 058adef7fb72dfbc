package pl.asysta.cases.access.ui;

import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.readmodel.ui.CatchUp;
import pl.asysta.eventstore.Recorded;
import pl.asysta.security.CurrentActor;
import pl.asysta.shared.Role;

/**
 * What a role sees first: a heading, a sentence on what the page holds ({@code start.ROLE.title}
 * and {@code start.ROLE.description}) and the role's own content, which is built again when the language changes
 * so every text follows it. The lists the content reads are one reading of the access log.
 */
public abstract class StartPage extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final Role role;
    private final H1 heading = new H1();
    private final Paragraph description = new Paragraph();
    private final Div content = new Div();
    private transient AccessLog accessLog;
    private transient CurrentActor actor;
    private transient CatchUp catchUp;

    protected StartPage(Role role) {
        this.role = role;
        addClassName("start-page");
        content.addClassName("start-content");
        add(heading, description, content);
    }

    protected Role role() {
        return role;
    }

    /** Fills the page below the heading; called on every locale change and after each change the page makes. */
    protected void showContent(Div content) {
    }

    /**
     * Shows the content again, as the read side knows it now. The lists it reads are recorded as one reading of
     * the page, written before the page is sent; if it cannot be written, the page shows nothing of its content.
     */
    protected final void refresh() {
        content.removeAll();
        try {
            accessLog.asOneReading(actor.require(), readingView(), () -> showContent(content));
        } catch (RuntimeException failure) {
            content.removeAll();
            throw failure;
        }
    }

    /** After a command the page sent: shows the content again once the read model has what it stored. */
    protected final void changed(Recorded recorded) {
        catchUp.redraw(this, recorded, this::refresh);
    }

    /** How the page's one reading is named in the access log: a list of cases, unless the page reads otherwise. */
    protected AccessView readingView() {
        return AccessView.CASE_LIST;
    }

    @Autowired
    void setReadRecording(AccessLog accessLog, CurrentActor actor, CatchUp catchUp) {
        this.accessLog = accessLog;
        this.actor = actor;
        this.catchUp = catchUp;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("start." + role.name() + ".title"));
        description.setText(getTranslation("start." + role.name() + ".description"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("start." + role.name() + ".title"));
    }
}
