package pl.asysta.cases.support.domain;

import java.math.BigDecimal;

/** One kind of cost claimed for a month and its amount in złoty (a correction's may be negative). */
public record ClaimLine(CostKind kind, BigDecimal amount) {
}
