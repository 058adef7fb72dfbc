package pl.asysta.journeys;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the page as the person sees it now, with every rule axe has (WCAG 2.1 A and AA and its best
 * practices): DESIGN section 6 asks for zero violations on every route. Notifications are measured once their
 * opening or closing animation is over.
 */
final class Accessibility {

    private Accessibility() {
    }

    static void assertNoViolations(Page page) {
        // A notification fading in or out blends its colours with the page, and a choice just made may still be
        // closing its list: measure the page once it settled.
        page.waitForFunction("() => !document.querySelector('vaadin-notification-card[opening], "
                + "vaadin-notification-card[closing], vaadin-select[opened], vaadin-combo-box[opened]')");
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> violations = results.getViolations();
        System.out.printf("axe-core on %s: %d violations, %d rules passed%n", page.url(), violations.size(),
                results.getPasses().size());
        assertThat(violations).as("axe-core violations on %s:%n%s", page.url(), describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(node -> "    " + node.getTarget() + "  " + node.getFailureSummary())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
