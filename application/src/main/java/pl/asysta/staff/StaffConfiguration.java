package pl.asysta.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The configured directory. A sign-in source that knows its people itself (the demo accounts) declares a
 * {@code @Primary} directory instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffProperties.class)
class StaffConfiguration {

    @Bean
    StaffDirectory configuredStaffDirectory(StaffProperties properties) {
        return new ConfiguredStaffDirectory(properties);
    }
}
