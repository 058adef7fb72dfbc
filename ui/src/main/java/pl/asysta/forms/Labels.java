package pl.asysta.forms;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The translated name of one of the domain's codes (a status, a kind of work, a data category ...). Each kind of
 * code has its own key prefix; a test checks that every constant of every such enum has a text in both languages.
 */
public final class Labels {

    public static final String CASE_STATUS = "case.status";
    public static final String WORK_KIND = "work.kind";
    public static final String CLOSURE_REASON = "closure.reason";
    public static final String MONITORING_OUTCOME = "monitoring.outcome";
    public static final String ZA_ZYCIEM_GROUND = "zazyciem.ground";
    public static final String DATA_CATEGORY = "category";
    public static final String OWNER_KIND = "owner.kind";
    public static final String KINSHIP = "kinship";
    public static final String LEGAL_BASIS = "legal-basis";
    public static final String ACTION_STATUS = "action.status";
    public static final String ROLE = "role";
    /** Timeline entry types are event names, not an enum: {@code timeline.type.WorkDocumented}. */
    public static final String TIMELINE_TYPE = "timeline.type";

    private Labels() {
    }

    public static String of(String prefix, Enum<?> code) {
        return code == null ? "" : I18NProvider.translate(prefix + "." + code.name());
    }

    public static String of(String prefix, String code) {
        return code == null ? "" : I18NProvider.translate(prefix + "." + code);
    }
}
