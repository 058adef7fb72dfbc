package pl.asysta.cases.sharing.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.sharing.ConsentRow;
import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.cases.sharing.GrantState;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Badge;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/**
 * The case's consent ledger (ADR 0011): which family member agreed to share which categories with which
 * institution, for what and until when, and every grant of access, whether it rests on such a consent, a court
 * order or a statute. Shown to those who may read the case's CONSENT information; the case team also records
 * consents and grants here, withdraws consents and revokes grants.
 */
public class SharingPanel extends Div {

    public static final String BASIS = "case.sharing.basis";
    public static final String STATE = "case.sharing.state";
    public static final String REVOCATION = "case.sharing.revocation";

    private final OpenCase context;
    private final transient SharingCommands commands;
    private final transient InstitutionDirectory institutions;
    private final transient ErrorMessages errors;
    private final transient Function<InstitutionId, String> names;

    SharingPanel(OpenCase context, List<ConsentRow> consents, List<GrantRow> grants, SharingCommands commands,
                 InstitutionDirectory institutions, ErrorMessages errors) {
        this.context = context;
        this.commands = commands;
        this.institutions = institutions;
        this.errors = errors;
        this.names = institutions.names();
        addClassName("case-sharing");
        setId("case-sharing");
        H2 heading = new H2(getTranslation("case.sharing.title"));
        heading.setId("case-sharing-heading");
        Paragraph lead = new Paragraph(getTranslation("case.sharing.lead"));
        lead.addClassName("secondary-text");
        add(heading, lead);

        if (mayChange()) {
            Div buttons = new Div();
            buttons.addClassName("action-buttons");
            buttons.add(button("case.sharing.record-consent", "case-sharing-record-consent",
                    () -> new SharingConsentDialog(context, institutions.registered(), commands, errors)));
            buttons.add(button("case.sharing.grant", "case-sharing-grant",
                    () -> new GrantAccessDialog(context, institutions.registered(), commands, errors)));
            add(buttons);
        }

        H3 consentsHeading = new H3(getTranslation("case.sharing.consents"));
        add(consentsHeading, consentsGrid(consents));
        H3 grantsHeading = new H3(getTranslation("case.sharing.grants"));
        add(grantsHeading, grantsGrid(grants));
    }

    /** New consents and grants only while the centre works with the family; ending one is always possible. */
    private boolean mayChange() {
        return context.isCaseTeam() && context.status() != CaseStatus.CLOSED;
    }

    private Grid<ConsentRow> consentsGrid(List<ConsentRow> consents) {
        Grid<ConsentRow> grid = new Grid<>();
        grid.setId("sharing-consents");
        grid.setAriaLabel(getTranslation("case.sharing.consents"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ConsentRow::person).setHeader(getTranslation("case.sharing.column.person")).setFlexGrow(2);
        grid.addColumn(row -> names.apply(row.institution()))
                .setHeader(getTranslation("case.sharing.column.institution")).setFlexGrow(2);
        grid.addColumn(row -> categoryNames(row.categories()))
                .setHeader(getTranslation("case.sharing.column.categories")).setFlexGrow(2);
        grid.addColumn(ConsentRow::purpose).setHeader(getTranslation("case.sharing.column.purpose")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("case.sharing.period", Dates.format(row.givenOn()),
                        Dates.format(row.validUntil())))
                .setHeader(getTranslation("case.sharing.column.consent-period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ConsentRow::formReference).setHeader(getTranslation("case.sharing.column.form"))
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::consentState))
                .setHeader(getTranslation("case.sharing.column.state")).setFlexGrow(2);
        if (context.isCaseTeam()) {
            grid.addColumn(new ComponentRenderer<>(this::withdrawButton))
                    .setHeader(getTranslation("case.sharing.column.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(consents);
        grid.setEmptyStateText(getTranslation("case.sharing.consents.none"));
        return grid;
    }

    private Grid<GrantRow> grantsGrid(List<GrantRow> grants) {
        Grid<GrantRow> grid = new Grid<>();
        grid.setId("sharing-grants");
        grid.setAriaLabel(getTranslation("case.sharing.grants"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> names.apply(row.institution()))
                .setHeader(getTranslation("case.sharing.column.institution")).setFlexGrow(2);
        grid.addColumn(row -> categoryNames(row.categories()))
                .setHeader(getTranslation("case.sharing.column.categories")).setFlexGrow(2);
        grid.addColumn(GrantRow::purpose).setHeader(getTranslation("case.sharing.column.purpose")).setFlexGrow(2);
        grid.addColumn(row -> Labels.of(BASIS, row.basis()) + (row.basisReference() == null ? ""
                        : " – " + row.basisReference()))
                .setHeader(getTranslation("case.sharing.column.basis")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("case.sharing.period", Dates.format(row.validFrom()),
                        Dates.format(row.validUntil())))
                .setHeader(getTranslation("case.sharing.column.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::grantState))
                .setHeader(getTranslation("case.sharing.column.state")).setFlexGrow(2);
        if (context.isCaseTeam()) {
            grid.addColumn(new ComponentRenderer<>(this::revokeButton))
                    .setHeader(getTranslation("case.sharing.column.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(grants);
        grid.setEmptyStateText(getTranslation("case.sharing.grants.none"));
        return grid;
    }

    private Component consentState(ConsentRow row) {
        Div state = new Div();
        state.addClassName("sharing-state");
        if (row.withdrawnOn() != null) {
            state.add(Badge.of(getTranslation("case.sharing.consent.withdrawn"), Badge.Tone.WARNING));
            state.add(new Paragraph(getTranslation("case.sharing.consent.withdrawn-on",
                    Dates.format(row.withdrawnOn())) + note(row.withdrawalNote())));
        } else if (row.inForce()) {
            state.add(Badge.of(getTranslation("case.sharing.consent.in-force"), Badge.Tone.SUCCESS));
        } else {
            state.add(Badge.of(getTranslation("case.sharing.consent.expired"), Badge.Tone.NEUTRAL));
        }
        return state;
    }

    private Component grantState(GrantRow row) {
        Badge.Tone tone = switch (row.state()) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case EXPIRED -> Badge.Tone.NEUTRAL;
            case REVOKED -> Badge.Tone.WARNING;
        };
        Div state = new Div(Badge.of(Labels.of(STATE, row.state()), tone));
        state.addClassName("sharing-state");
        if (row.state() == GrantState.REVOKED) {
            state.add(new Paragraph(getTranslation("case.sharing.revoked-on", Dates.format(row.revokedOn()),
                    Labels.of(REVOCATION, row.revocation())) + note(row.revocationNote())));
        }
        return state;
    }

    private Component withdrawButton(ConsentRow row) {
        Div cell = new Div();
        if (row.inForce()) {
            Button withdraw = rowButton("case.sharing.withdraw", "sharing-withdraw", row.person() + ", "
                    + names.apply(row.institution()));
            withdraw.addClickListener(click -> opened(new WithdrawSharingConsentDialog(context, row,
                    names.apply(row.institution()), commands, errors)));
            cell.add(withdraw);
        }
        return cell;
    }

    /** A grant that rests on a consent ends with the consent; the others the case team may revoke. */
    private Component revokeButton(GrantRow row) {
        Div cell = new Div();
        if (row.state() == GrantState.ACTIVE && row.basis() != GrantBasis.FAMILY_CONSENT) {
            Button revoke = rowButton("case.sharing.revoke", "sharing-revoke",
                    names.apply(row.institution()));
            revoke.addClickListener(click -> opened(new RevokeGrantDialog(context, row, names.apply(row.institution()),
                    commands, errors)));
            cell.add(revoke);
        }
        return cell;
    }

    private Button rowButton(String key, String className, String what) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        button.setAriaLabel(getTranslation(key) + ": " + what);
        return button;
    }

    private Button button(String key, String id, Supplier<CommandDialog> dialog) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addClickListener(click -> opened(dialog.get()));
        return button;
    }

    private void opened(CommandDialog dialog) {
        dialog.onSaved(context.afterCommand()).open();
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : " – " + note;
    }

    /** The categories by their names, in the order the portal lists categories. */
    public static String categoryNames(Collection<DataCategory> categories) {
        return categories.stream().sorted().map(category -> Labels.of(Labels.DATA_CATEGORY, category))
                .collect(Collectors.joining(", "));
    }

    /** What may be shared with another institution: everything but the ledger itself. */
    static List<DataCategory> shareableCategories() {
        return Arrays.stream(DataCategory.values()).filter(category -> category != DataCategory.CONSENT)
                .toList();
    }
}
