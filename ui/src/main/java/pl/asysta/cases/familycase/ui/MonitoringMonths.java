package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.textfield.IntegerField;

import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.forms.FieldChecks;

/** The length of the monitoring period, one to twelve months, as {@link CaseRules} says. */
final class MonitoringMonths {

    private MonitoringMonths() {
    }

    static void check(FieldChecks checks, IntegerField months) {
        if (months.getValue() != null) {
            checks.check(months, months.getValue() >= CaseRules.MIN_MONITORING_MONTHS
                            && months.getValue() <= CaseRules.MAX_MONITORING_MONTHS, "monitoring.months.range",
                    CaseRules.MIN_MONITORING_MONTHS, CaseRules.MAX_MONITORING_MONTHS);
        }
    }
}
