package pl.asysta.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Makes every command's result what it stored ({@link Recorded#of}). Axon registers this interceptor on the command
 * bus; commands are handled on the sender's thread by the local command bus and the unit of work commits before
 * {@code sendAndWait} returns, so the sender gets the positions of events already committed. The handlers' own
 * return values (an aggregate's id on creation) are not needed: ids are made at the edge.
 */
@Component
class RecordingCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Recorded.Collector collector = Recorded.Collector.install();
        interceptorChain.proceed();
        return collector;
    }
}
