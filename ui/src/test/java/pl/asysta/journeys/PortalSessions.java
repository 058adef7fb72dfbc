package pl.asysta.journeys;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The portal's HTTP sessions as the servlet container holds them, so that a test can end one the way the idle
 * timeout does ({@link HttpSession#invalidate()} is what Tomcat's expiry calls) without waiting 30 minutes.
 */
final class PortalSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /** Spring Security gives the session a new id at sign-in (session fixation protection). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        open.remove(oldSessionId);
        open.put(event.getSession().getId(), event.getSession());
    }

    boolean isOpen(String id) {
        return open.containsKey(id);
    }

    void expire(String id) {
        HttpSession session = open.get(id);
        if (session == null) {
            throw new IllegalStateException("No open portal session " + id);
        }
        session.invalidate();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        PortalSessions portalSessions() {
            return new PortalSessions();
        }
    }
}
