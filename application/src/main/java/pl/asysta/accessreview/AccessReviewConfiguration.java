package pl.asysta.accessreview;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.asysta.accessreview.AccessReviewConfiguration.ReviewProperties;
import pl.asysta.accessreview.domain.ReviewRules;
import pl.asysta.accessreview.domain.WorkingHours;

/**
 * The thresholds of the unusual patterns, {@code asysta.access-review.*}: how many families' files opened without
 * a task in one day flag a person ({@code cases-without-task-per-day}, 5), and the working hours
 * ({@code working-hours.start} 07:00, {@code working-hours.end} 20:00, {@code working-hours.weekends-off} and
 * {@code working-hours.holidays-off}, both true).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class AccessReviewConfiguration {

    @Bean
    ReviewRules reviewRules(ReviewProperties properties) {
        return properties.rules();
    }

    @ConfigurationProperties("asysta.access-review")
    record ReviewProperties(Integer casesWithoutTaskPerDay, Hours workingHours) {

        ReviewRules rules() {
            WorkingHours defaults = ReviewRules.DEFAULT.workingHours();
            Hours hours = workingHours == null ? new Hours(null, null, null, null) : workingHours;
            return new ReviewRules(
                    casesWithoutTaskPerDay == null ? ReviewRules.DEFAULT.casesWithoutTaskPerDay()
                            : casesWithoutTaskPerDay,
                    new WorkingHours(hours.start() == null ? defaults.start() : hours.start(),
                            hours.end() == null ? defaults.end() : hours.end(),
                            hours.weekendsOff() == null ? defaults.weekendsOff() : hours.weekendsOff(),
                            hours.holidaysOff() == null ? defaults.holidaysOff() : hours.holidaysOff()));
        }

        record Hours(LocalTime start, LocalTime end, Boolean weekendsOff, Boolean holidaysOff) {
        }
    }
}
