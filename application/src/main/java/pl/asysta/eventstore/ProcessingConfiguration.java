package pl.asysta.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Projections run in tracking processors by default, handling up to a hundred events per transaction. On the
 * portal's two-core machines they replay about twice as fast as pooled processors and take less from the
 * command path while tailing (measured in the bench, ADR 0002). Several nodes share work by segment claims in
 * the token table either way.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    static final int EVENTS_PER_PROJECTION_TRANSACTION = 100;

    @Bean
    ConfigurerModule trackingProcessorsByDefault() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(EVENTS_PER_PROJECTION_TRANSACTION)));
    }
}
