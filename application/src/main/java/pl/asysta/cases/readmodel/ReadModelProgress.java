package pl.asysta.cases.readmodel;

import org.springframework.stereotype.Service;

/**
 * How far the case read model has followed the history, for a screen that has just sent a command: the command
 * says at which global position it stored its newest event ({@code pl.asysta.eventstore.Recorded}), and the
 * screen shows the outcome once the read model has reached that position, so a person sees what they just did.
 *
 * <p>It compares positions, never the processor's replay flag (docs/stack-pitfalls.md), and it reads no case data,
 * so it needs no access record.
 */
@Service
public class ReadModelProgress {

    private final CaseProjectionRebuild processor;

    ReadModelProgress(CaseProjectionRebuild processor) {
        this.processor = processor;
    }

    /**
     * Whether every projection of the case read model has handled the store up to {@code position}; always true
     * for a command that stored nothing (position 0).
     */
    public boolean reached(long position) {
        return position <= 0 || processor.position() >= position;
    }
}
