package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;

/** A supporting-family arrangement: who supports the family, under which agreement, for when, on which terms. */
public record ArrangementRow(SupportArrangementId arrangementId, CaseId caseId, InstitutionId household,
                             String householdName, String agreementReference, LocalDate startsOn, LocalDate endsOn,
                             Set<CostKind> costKinds, BigDecimal monthlyLimit, LocalDate endedOn, String endReason,
                             String recordedBy) {

    public ArrangementRow {
        costKinds = Set.copyOf(costKinds);
    }

    /** The last day help may be logged: the agreement's last day, or the day it ended early. */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(endsOn) ? endedOn : endsOn;
    }

    /** Help may be logged today. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(lastDay());
    }

    public boolean ended() {
        return endedOn != null;
    }
}
