package pl.asysta.accessreview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;

/** The typed way to the access review, for the auditor's start page (the view itself is not public). */
public final class AccessReviewPages {

    private AccessReviewPages() {
    }

    public static RouterLink link(String text) {
        RouterLink link = new RouterLink(text, AccessReviewView.class);
        link.setId("access-review-link");
        return link;
    }

    /** The auditor's start page's way in: what the access review is for, and the link to it. */
    public static Component startBlock() {
        Div block = new Div();
        block.setId("start-access-review");
        Paragraph text = new Paragraph(I18NProvider.translate("review.start.text"));
        text.addClassName("secondary-text");
        block.add(new H2(I18NProvider.translate("review.start.title")), text,
                link(I18NProvider.translate("review.start.link")));
        return block;
    }

    /** The address of the page, relative to the portal's root. */
    public static String location() {
        return AccessReviewView.ROUTE;
    }
}
