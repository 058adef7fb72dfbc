package pl.asysta.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;

/** Where the browser tests find their inputs (set by failsafe in ui/pom.xml) and leave their screenshots. */
final class BrowserTestFiles {

    private BrowserTestFiles() {
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the browser tests through './mvnw verify' (failsafe sets it)");
        }
        return value;
    }

    static Path output() {
        return Path.of(System.getProperty("asysta.browser-tests.output", "target"));
    }

    /** A full-page screenshot under {@code target/screenshots/}, for a person to look at after the run. */
    static Path screenshot(Page page, String name) {
        Path file = output().resolve("screenshots").resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
