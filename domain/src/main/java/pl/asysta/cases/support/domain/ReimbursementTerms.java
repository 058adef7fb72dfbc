package pl.asysta.cases.support.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the agreement reimburses the household's costs (uwr art. 30 ust. 2): which kinds of cost, and up to how
 * much in a month, in złoty.
 */
public record ReimbursementTerms(Set<CostKind> costKinds, BigDecimal monthlyLimit) {

    public ReimbursementTerms {
        costKinds = costKinds == null || costKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(costKinds));
    }

    public boolean covers(CostKind kind) {
        return costKinds.contains(kind);
    }
}
