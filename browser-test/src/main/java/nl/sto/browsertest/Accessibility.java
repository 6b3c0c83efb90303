package nl.sto.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core in the real browser, on the page as rendered (with its CSS and scripts). The portal's own tests hold its
 * pages to all of axe's rules (WCAG 2.0/2.1 A and AA and best practices); the platform tests, which walk every state of
 * every page with real data, to WCAG 2.1 A and AA.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** No violation of any of axe's rules. */
    public static void assertNoViolations(Page page) {
        assertNone(page, new AxeBuilder(page).analyze().getViolations());
    }

    /** No violation of WCAG 2.1 A or AA. */
    public static void assertNoWcagViolations(Page page) {
        assertNone(page, new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations());
    }

    private static void assertNone(Page page, List<Rule> violations) {
        assertThat(violations).as(() -> "accessibility violations on " + page.url() + ":\n" + describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(n -> "    " + n.getTarget() + " " + n.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
