package pl.asysta.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One headless Chromium for the test run (the machine's own, Debian's {@code chromium}; Playwright downloads no
 * browser), handed to tests as a {@link Browser} parameter and closed when the run ends.
 *
 * <p>When no browser can start, continuous integration ({@code CI=true}) fails: a journey that silently did not
 * run proves nothing. A developer machine without Chromium skips the journeys with a loud message instead.
 */
final class Chromium implements BeforeAllCallback, ParameterResolver {

    static final String EXECUTABLE_PROPERTY = "asysta.chromium";
    private static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";
    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    /** Before anything else of the class starts (Keycloak, Spring), so that a class without a browser costs nothing. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Launch launch = launch(context);
        if (launch.browser() != null) {
            return;
        }
        String message = "Chromium could not be started (" + launch.failure() + "). Install it with "
                + "'apt-get install -y --no-install-recommends chromium' or point -D" + EXECUTABLE_PROPERTY
                + " at a Chromium binary.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " CI=true: the browser tests must run here.");
        }
        System.err.println("""

                ************************************************************************
                *  BROWSER TESTS SKIPPED: %s
                ************************************************************************
                """.formatted(message));
        Assumptions.abort(message);
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return launch(context).browser();
    }

    private static Launch launch(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Launch.class, type -> Launch.start(), Launch.class);
    }

    /** The started browser, or why it could not start; kept in the root store so the attempt is made once. */
    record Launch(Playwright playwright, Browser browser, String failure) implements AutoCloseable {

        static Launch start() {
            Path executable = Path.of(System.getProperty(EXECUTABLE_PROPERTY, DEFAULT_EXECUTABLE));
            if (!Files.isExecutable(executable)) {
                return new Launch(null, null, "no executable at " + executable);
            }
            Playwright playwright = null;
            try {
                playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(ARGUMENTS));
                return new Launch(playwright, browser, null);
            } catch (RuntimeException failed) {
                if (playwright != null) {
                    playwright.close();
                }
                return new Launch(null, null, failed.getMessage());
            }
        }

        @Override
        public void close() {
            if (playwright != null) {
                playwright.close();
            }
        }
    }
}
