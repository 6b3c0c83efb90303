package nl.sto.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** axe-core in the browser, on the page as rendered (with its CSS and scripts): WCAG 2.1 A and AA. */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    static void assertNoViolations(Page page) {
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        assertThat(violations).as(() -> "accessibility violations on " + page.url() + ":\n" + describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(n -> "    " + n.getTarget() + " " + n.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
