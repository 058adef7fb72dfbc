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
 * practices): every route must show zero violations (ADR 0007). Notifications and lists of choices are
 * measured once their opening or closing animation is over.
 */
final class Accessibility {

    private Accessibility() {
    }

    /** With no list of choices open: a choice just made may still be closing its list. */
    static void assertNoViolations(Page page) {
        analyze(page, true);
    }

    /** With the list of a select or combo box open, as a screen reader user meets it while choosing. */
    static void assertNoViolationsWhileChoosing(Page page) {
        analyze(page, false);
    }

    private static void analyze(Page page, boolean choicesClosed) {
        // A notification or a list fading in or out blends its colours with the page: measure the page once it
        // settled. Lists are drawn by overlays that may sit in the shadow root of their select or combo box.
        page.waitForFunction("""
                closed => {
                  const moving = 'vaadin-notification-card[opening], vaadin-notification-card[closing], '
                      + 'vaadin-select-overlay[opening], vaadin-select-overlay[closing], '
                      + 'vaadin-combo-box-overlay[opening], vaadin-combo-box-overlay[closing]'
                      + (closed ? ', vaadin-select[opened], vaadin-combo-box[opened]' : '');
                  const owners = [...document.querySelectorAll('vaadin-select, vaadin-combo-box')];
                  const roots = [document, ...owners.map(owner => owner.shadowRoot).filter(root => root)];
                  return !roots.some(root => root.querySelector(moving));
                }""", choicesClosed);
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
