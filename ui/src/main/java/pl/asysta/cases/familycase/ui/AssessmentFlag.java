package pl.asysta.cases.familycase.ui;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.forms.Badge;

/**
 * The flag next to a periodic assessment's due date (uwr art. 15 ust. 1, art. 17): overdue, or due within the
 * days {@link CaseRules} names. The same rule as the start pages, so a family is flagged alike everywhere.
 */
public final class AssessmentFlag {

    private AssessmentFlag() {
    }

    public static Optional<Span> of(LocalDate due, LocalDate today) {
        if (due == null) {
            return Optional.empty();
        }
        if (CaseRules.assessmentOverdue(due, today)) {
            return Optional.of(Badge.of(I18NProvider.translate("assessment.overdue"), Badge.Tone.ERROR));
        }
        if (CaseRules.assessmentDueSoon(due, today)) {
            return Optional.of(Badge.of(I18NProvider.translate("assessment.due-soon"), Badge.Tone.WARNING));
        }
        return Optional.empty();
    }
}
