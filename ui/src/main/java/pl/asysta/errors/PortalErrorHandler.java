package pl.asysta.errors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Catches what a click or a field change throws and shows it as a translated notification; the screen stays as
 * it was, so nothing the person typed is lost.
 */
@org.springframework.stereotype.Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private final transient ErrorMessages messages;

    PortalErrorHandler(ErrorMessages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        String sentence = messages.describe(event.getThrowable(), ui == null ? null : ui.getLocale());
        if (ui != null) {
            ui.access(() -> {
                Notification notification = new Notification(sentence, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.getElement().setAttribute("role", "alert");
                notification.open();
            });
        }
    }
}
