package pl.asysta.integrity;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One consistent reading of the chains (ADR 0014): a repeatable-read, read-only transaction of its own, so that
 * appends committed meanwhile are not seen at all and no stream is seen with a hole a slower transaction was
 * about to fill. It holds no locks; it only keeps old row versions from being vacuumed while it runs.
 */
final class ChainSnapshot {

    private ChainSnapshot() {
    }

    static TransactionTemplate of(PlatformTransactionManager transactions) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return snapshot;
    }
}
