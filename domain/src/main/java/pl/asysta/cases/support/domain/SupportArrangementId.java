package pl.asysta.cases.support.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;
import java.util.UUID;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;

/**
 * The stream of one household's support of one family. A household supports a family under one arrangement, so
 * the id is derived from the two: recording a second arrangement for the same pair finds the first.
 */
public record SupportArrangementId(String value) {

    private static final String PREFIX = "support-";

    public SupportArrangementId {
        Objects.requireNonNull(value, "arrangement id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("arrangement id must not be blank");
        }
    }

    /** The arrangement of {@code household} with the family of {@code caseId}: the same pair, the same id. */
    public static SupportArrangementId of(CaseId caseId, InstitutionId household) {
        String pair = caseId.value() + "\u001f" + household.value();
        return new SupportArrangementId(PREFIX + UUID.nameUUIDFromBytes(pair.getBytes(UTF_8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
