package pl.asysta.cases.court.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The text of an opinion, one part per {@link OpinionSection}. A missing part is the empty string, never
 * {@code null}, so a draft can be saved half written.
 */
public record OpinionText(String familySituation, String cooperation, String workPlanProgress, String assessment,
                          String conclusions) {

    public static final OpinionText EMPTY = new OpinionText("", "", "", "", "");

    public OpinionText {
        familySituation = tidy(familySituation);
        cooperation = tidy(cooperation);
        workPlanProgress = tidy(workPlanProgress);
        assessment = tidy(assessment);
        conclusions = tidy(conclusions);
    }

    public String of(OpinionSection section) {
        return switch (section) {
            case FAMILY_SITUATION -> familySituation;
            case COOPERATION -> cooperation;
            case WORK_PLAN_PROGRESS -> workPlanProgress;
            case ASSESSMENT -> assessment;
            case CONCLUSIONS -> conclusions;
        };
    }

    /** Nothing written in any part. */
    public boolean isEmpty() {
        return missing().size() == OpinionSection.values().length;
    }

    /** The parts with nothing written in them yet. */
    public List<OpinionSection> missing() {
        return Arrays.stream(OpinionSection.values()).filter(section -> of(section).isEmpty()).toList();
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
}
