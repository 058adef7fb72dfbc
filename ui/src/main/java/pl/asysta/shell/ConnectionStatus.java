package pl.asysta.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's connection indicator (the "Online" / "Connection lost" message that the client adds to every page)
 * sits outside the page's landmarks and is silent for screen readers. Marking it as a status region makes it a
 * polite live region: a blind user hears when the connection drops and comes back, and axe-core's rule that all
 * content belongs to a landmark or live region holds.
 */
@Component
class ConnectionStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(
                "document.querySelectorAll('vaadin-connection-indicator').forEach(i => i.setAttribute('role', 'status'))"));
    }
}
