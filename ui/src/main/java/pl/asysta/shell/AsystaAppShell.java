package pl.asysta.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page every view lives in. Lumo and the portal's small style sheet are plain CSS from the class path,
 * so neither development nor production needs a frontend build (no Node).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/asysta.css")
public class AsystaAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
