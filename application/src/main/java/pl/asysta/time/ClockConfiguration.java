package pl.asysta.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is UTC inside the portal; screens show it in the centre's zone, {@link #CENTRE_ZONE}. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId CENTRE_ZONE = ZoneId.of("Europe/Warsaw");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
