package pl.asysta.cases.sharing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.access.AccessRecordRow;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.shared.InstitutionId;

/**
 * "Who looked at this file" (RODO art. 15 and the portal's read audit): every opening of the case file, newest
 * first, with who, in which role and institution, which categories they could see and why. Shown only to the
 * case's assistant and the head of its centre, who answer for who sees the family's data.
 */
class OpeningsPanel extends Div {

    static final String BASIS = "case.openings.basis";

    OpeningsPanel(List<AccessRecordRow> openings, Function<InstitutionId, String> names) {
        addClassName("case-openings");
        setId("case-openings");
        H2 heading = new H2(getTranslation("case.openings.title"));
        heading.setId("case-openings-heading");
        Paragraph lead = new Paragraph(getTranslation("case.openings.lead"));
        lead.addClassName("secondary-text");

        Grid<AccessRecordRow> grid = new Grid<>();
        grid.setId("case-openings-grid");
        grid.setAriaLabel(getTranslation("case.openings.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Dates.format(row.recordedAt())).setHeader(getTranslation("case.openings.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AccessRecordRow::actorName).setHeader(getTranslation("case.openings.column.who"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.roles().stream().map(role -> Labels.of(Labels.ROLE, role))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("case.openings.column.role")).setFlexGrow(2);
        grid.addColumn(row -> names.apply(row.institution()))
                .setHeader(getTranslation("case.openings.column.institution")).setFlexGrow(2);
        grid.addColumn(row -> SharingPanel.categoryNames(row.categories()))
                .setHeader(getTranslation("case.openings.column.categories")).setFlexGrow(3);
        grid.addColumn(OpeningsPanel::purpose).setHeader(getTranslation("case.openings.column.purpose"))
                .setFlexGrow(2);
        grid.setItems(openings);
        grid.setEmptyStateText(getTranslation("case.openings.none"));
        add(heading, lead, grid);
    }

    /**
     * The record names its bases by code and a grant's purpose in the case team's words; codes are translated. A
     * look at the file as it stood ends its purpose with a code word and the positions looked at
     * ({@code pl.asysta.cases.access.CaseFiles#lookAtPast}), which are said in words.
     */
    static String purpose(AccessRecordRow row) {
        if (row.purpose() == null) {
            return "";
        }
        List<String> parts = Arrays.asList(row.purpose().split(";\\s*"));
        List<String> said = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            String part = parts.get(index);
            boolean pointsLookedAt = row.view() == AccessView.CASE_FILE_AS_OF && index == parts.size() - 1
                    && part.indexOf(' ') > 0;
            String positions = part.substring(part.indexOf(' ') + 1);
            said.add(isBasis(part) ? I18NProvider.translate(BASIS + "." + part)
                    : pointsLookedAt ? I18NProvider.translate("pit.openings.as-of", positions) : part);
        }
        return String.join("; ", said);
    }

    private static boolean isBasis(String part) {
        return Arrays.stream(AccessBasis.values()).anyMatch(basis -> basis.name().equals(part));
    }
}
