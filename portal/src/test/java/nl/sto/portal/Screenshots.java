package nl.sto.portal;

import java.nio.file.Path;

import com.microsoft.playwright.Page;

/** Full-page screenshots under target/screenshots, for a person to look at the pages after a run. */
final class Screenshots {

    private static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static void take(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(DIR.resolve(name + ".png")).setFullPage(true));
    }
}
