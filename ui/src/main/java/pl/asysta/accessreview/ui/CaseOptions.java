package pl.asysta.accessreview.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import pl.asysta.accessreview.AccessReview;
import pl.asysta.accessreview.CaseOption;
import pl.asysta.shared.Actor;

/**
 * A choice of family for the auditor, found by name or case number as they type and loaded a page at a time: the
 * families' names are case data, and {@link AccessReview#cases} records each page it shows.
 */
final class CaseOptions {

    private CaseOptions() {
    }

    static void offer(ComboBox<CaseOption> field, AccessReview review, Actor actor, Wording wording) {
        field.setItems(query -> review.cases(query.getFilter().orElse(""), query.getOffset(), query.getLimit(), actor)
                .stream());
        field.setItemLabelGenerator(option -> label(option, wording));
    }

    /** The family's name and the start of its case number, which tells namesakes apart. */
    static String label(CaseOption option, Wording wording) {
        String id = option.caseId().value();
        return wording.text("review.family.option", option.familyName(), id.length() > 8 ? id.substring(0, 8) : id);
    }
}
