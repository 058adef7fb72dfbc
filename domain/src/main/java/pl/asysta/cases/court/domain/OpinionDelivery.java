package pl.asysta.cases.court.domain;

/**
 * Makes the document of an approved opinion and keeps it, in the same unit of work as the approval; answers the
 * SHA-256 of the document's bytes (64 hex digits), which the delivery records.
 */
@FunctionalInterface
public interface OpinionDelivery {

    String deliver(DeliverableOpinion opinion);
}
