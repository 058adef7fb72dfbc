package pl.asysta.security.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Applies {@link DemoAccountsPolicy} as soon as the configuration is read, before any bean exists: a production
 * installation that forgot the {@code oidc} profile stops before it opens a database connection or a port.
 */
class DemoAccountsGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DemoAccountsPolicy.check(environment);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
