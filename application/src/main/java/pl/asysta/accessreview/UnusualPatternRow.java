package pl.asysta.accessreview;

import java.time.Instant;
import java.time.LocalDate;

import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * A person's day that shows an unusual pattern: the number of reads it covers, of different families among them
 * (for {@link UnusualPattern#MANY_CASES_WITHOUT_TASK}: the families opened without a task), and the first and the
 * last of those reads.
 */
public record UnusualPatternRow(UnusualPattern pattern,
                                UserId actorId,
                                String actorName,
                                InstitutionId institution,
                                String institutionName,
                                LocalDate day,
                                long reads,
                                long families,
                                Instant first,
                                Instant last) {
}
