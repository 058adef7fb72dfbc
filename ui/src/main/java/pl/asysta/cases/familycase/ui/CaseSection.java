package pl.asysta.cases.familycase.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import pl.asysta.eventstore.Recorded;

/**
 * A section of the case page that a feature of the case contributes: the family case's own steps and plan, and
 * what the features above it hold of the case (its referrals, its consent ledger, its supporting families, its
 * timeline, who opened its file, the way to the file as it stood). The page is the family case's, and those
 * features may use the family case but not the other way round, so the page names none of them: it draws its
 * header, then every section bean in their {@link #order()}.
 *
 * <p>A section is a Spring bean with exactly the facades it uses injected; for the open case it returns its panel,
 * or nothing when the person is not to see it. After a command the page draws again only the sections that the
 * command's events make stale, once the read model has them.
 */
public interface CaseSection {

    /** Where the section goes: the page draws the sections after the header, by ascending order. */
    int order();

    /** The section's panel for the case as the page knows it now, or nothing for this person or this case. */
    Optional<Component> panel(OpenCase open);

    /** Whether what a command stored changes what the section shows (or the buttons it offers). */
    boolean staleAfter(Recorded recorded);
}
