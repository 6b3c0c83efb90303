package nl.sto.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** axe-core in the real browser: the page as rendered, with its CSS, must have no violations at all. */
final class Accessibility {

    private Accessibility() {
    }

    static void assertNoViolations(Page page) {
        // No tag filter: all of axe's rules (WCAG 2.0/2.1 A and AA and best practices), the strictest check.
        List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
        assertTrue(violations.isEmpty(), () -> "Accessibility violations on " + page.url() + ":\n" + describe(violations));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + " " + node.getHtml();
    }
}
