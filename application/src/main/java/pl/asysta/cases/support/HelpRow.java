package pl.asysta.cases.support;

import java.time.LocalDate;

import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.SupportArrangementId;

/** One entry of a supporting family's help log. */
public record HelpRow(SupportArrangementId arrangementId, String entryId, LocalDate helpedOn, int minutes,
                      HelpKind kind, String note, String loggedBy) {
}
