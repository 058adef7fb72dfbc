package pl.asysta.accessreview.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.shared.DataCategory;

/** The codes of the access log in words: what was done, why, by whom, which categories. */
final class ReviewTexts {

    private ReviewTexts() {
    }

    static String view(Wording wording, AccessView view) {
        return wording.text("review.view." + view.name());
    }

    /** Role codes as stored ({@code FAMILY_ASSISTANT}) or as enums, in words, joined. */
    static String roles(Wording wording, Collection<?> roles) {
        return roles.stream().map(role -> wording.text("role." + role)).collect(Collectors.joining(", "));
    }

    static String categories(Wording wording, Set<DataCategory> categories) {
        return categories.stream().sorted().map(category -> wording.text("category." + category.name()))
                .collect(Collectors.joining(", "));
    }

    /** As {@link #categories}, but every category at once is said in two words, for readers of a page. */
    static String categoriesInShort(Wording wording, Set<DataCategory> categories) {
        return categories.size() == DataCategory.values().length ? wording.text("review.categories.all")
                : categories(wording, categories);
    }

    /**
     * The recorded purpose in words: the bases of access by code become sentences, a grant's purpose stays in the
     * case team's words, followed by what the institution's grant rests on (a consent, a court order ...).
     */
    static String purpose(Wording wording, String recorded, Set<GrantBasis> grantBases) {
        String purpose = recorded == null ? "" : Arrays.stream(recorded.split(";\\s*"))
                .filter(part -> !part.isBlank())
                .map(part -> Arrays.stream(AccessBasis.values()).anyMatch(basis -> basis.name().equals(part))
                        ? wording.text("review.basis." + part) : part)
                .collect(Collectors.joining("; "));
        if (grantBases.isEmpty()) {
            return purpose;
        }
        return wording.text("review.grant-basis", purpose, grantBases.stream().sorted()
                .map(basis -> wording.text("review.grant-basis." + basis.name()))
                .collect(Collectors.joining(", ")));
    }
}
