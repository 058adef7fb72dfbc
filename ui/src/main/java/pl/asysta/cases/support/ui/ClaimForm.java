package pl.asysta.cases.support.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import pl.asysta.cases.support.ArrangementRow;
import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.ReceiptFiles;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.UploadedFile;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.SupportRules;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.InlineForm;
import pl.asysta.forms.Labels;
import pl.asysta.forms.Money;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Actor;

/**
 * The household claims a month's costs: the month, an amount for each kind of cost the agreement covers, the
 * receipt scans and a note. Each scan is checked as soon as it arrives (type from its bytes, size, whether it is
 * whole) and said to be refused at once, so nothing wrong waits until the claim is sent; the accepted ones are
 * stored only with the claim. A month already approved takes a correction instead, whose amounts may be negative.
 */
class ClaimForm extends InlineForm {

    final Select<YearMonth> month = new Select<>();
    final Map<CostKind, BigDecimalField> amounts = new EnumMap<>(CostKind.class);
    final Upload upload;
    final UnorderedList attached = new UnorderedList();
    final Paragraph receiptProblem = new Paragraph();
    final TextArea note = Fields.text(I18NProvider.translate("supporting.claim.note"), false);
    private final Paragraph mode = new Paragraph();

    private final transient ArrangementRow arrangement;
    private final transient List<ClaimRow> claims;
    private final transient SupportCommands commands;
    private final transient ErrorMessages errors;
    private final transient Actor actor;
    private final transient List<UploadedFile> receipts = new ArrayList<>();
    private final String suffix;

    /** {@code changed} shows the page again once the read model has the claim just sent. */
    ClaimForm(ArrangementRow arrangement, List<ClaimRow> claims, String suffix, SupportCommands commands,
              ErrorMessages errors, Actor actor, LocalDate today, Consumer<Recorded> changed) {
        super("claim-form" + suffix, "supporting.claim.save", errors);
        this.arrangement = arrangement;
        this.claims = List.copyOf(claims);
        this.commands = commands;
        this.errors = errors;
        this.actor = actor;
        this.suffix = suffix;
        Locale locale = Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());

        List<YearMonth> months = claimableMonths(arrangement, today);
        month.setId("claim-month" + suffix);
        Fields.label(month, I18NProvider.translate("supporting.claim.month"));
        month.setItems(months);
        month.setItemLabelGenerator(SupportItems::monthName);
        // Always chosen (a month is preselected and cannot be emptied); a required mark would put aria-required on
        // the select's button, which its role does not allow (axe: aria-allowed-attr).
        month.setValue(months.size() > 1 ? months.get(1) : months.getFirst());
        month.addValueChangeListener(change -> showMode());
        mode.setId("claim-mode" + suffix);
        mode.addClassName("form-hint");
        add(month, mode);

        Paragraph limit = new Paragraph(I18NProvider.translate("supporting.claim.limit",
                Money.format(arrangement.monthlyLimit())));
        limit.addClassName("form-hint");
        add(limit);
        for (CostKind kind : arrangement.costKinds().stream().sorted().toList()) {
            BigDecimalField amount = new BigDecimalField(I18NProvider.translate("supporting.claim.amount",
                    Labels.of(SupportItems.COST_KIND, kind)));
            amount.setId("claim-amount-" + kind.name() + suffix);
            amount.setLocale(locale);
            amount.setSuffixComponent(new Span(I18NProvider.translate("supporting.claim.currency")));
            amounts.put(kind, amount);
            add(amount);
        }

        upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> receive(metadata.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return 2 * commands.receiptMaxBytes();
            }
        });
        upload.setId("claim-receipts" + suffix);
        upload.setMaxFiles(SupportRules.MAX_RECEIPTS_PER_CLAIM);
        upload.setMaxFileSize((int) commands.receiptMaxBytes());
        upload.setAcceptedFileTypes(ReceiptFiles.PDF, ReceiptFiles.PNG, ReceiptFiles.JPEG, ".pdf", ".png", ".jpg",
                ".jpeg");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(rejected -> showReceiptProblem(I18NProvider.translate(
                "supporting.receipt.rejected", rejected.getFileName(), rejected.getErrorMessage())));
        Span uploadLabel = new Span(I18NProvider.translate("supporting.claim.receipts"));
        uploadLabel.setId("claim-receipts-label" + suffix);
        uploadLabel.addClassName("field-label");
        upload.getElement().setAttribute("aria-labelledby", uploadLabel.getId().orElseThrow());
        Paragraph uploadHint = new Paragraph(I18NProvider.translate("supporting.claim.receipts.hint",
                commands.receiptMaxBytes() / (1024 * 1024), SupportRules.MAX_RECEIPTS_PER_CLAIM));
        uploadHint.addClassName("form-hint");
        receiptProblem.setId("claim-receipts-problem" + suffix);
        receiptProblem.addClassName("form-problem");
        receiptProblem.getElement().setAttribute("role", "alert");
        receiptProblem.setVisible(false);
        attached.setId("claim-attached" + suffix);
        attached.addClassNames("plain-list", "support-list");
        Div receiptsBox = new Div(uploadLabel, uploadHint, receiptProblem, upload, attached);
        receiptsBox.addClassName("receipts-box");
        add(receiptsBox);

        note.setId("claim-note" + suffix);
        note.setMaxLength(2000);
        add(note, submit);
        showMode();
        onSaved(changed);
    }

    /** The months that have begun and overlap the arrangement, newest first. */
    static List<YearMonth> claimableMonths(ArrangementRow arrangement, LocalDate today) {
        YearMonth first = YearMonth.from(arrangement.startsOn());
        YearMonth last = YearMonth.from(today).isBefore(YearMonth.from(arrangement.lastDay())) ? YearMonth.from(today)
                : YearMonth.from(arrangement.lastDay());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = last; !month.isBefore(first); month = month.minusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** A scan has arrived: checked at once, kept for the claim if it is a whole receipt, refused if not. */
    void receive(String fileName, byte[] bytes) {
        upload.clearFileList();
        UploadedFile file = new UploadedFile(fileName, bytes);
        try {
            ReceiptFiles.Checked checked = commands.checkReceipt(file);
            if (receipts.size() >= SupportRules.MAX_RECEIPTS_PER_CLAIM) {
                showReceiptProblem(I18NProvider.translate("rule.supporting.receipts-too-many",
                        SupportRules.MAX_RECEIPTS_PER_CLAIM));
                return;
            }
            receipts.add(new UploadedFile(checked.fileName(), bytes));
            receiptProblem.setVisible(false);
            showAttached();
        } catch (RuntimeException refused) {
            showReceiptProblem(errors.describe(refused, getLocale()));
        }
    }

    /** The receipts waiting to go with the claim, by name. */
    List<String> attachedNames() {
        return receipts.stream().map(UploadedFile::fileName).toList();
    }

    private boolean correcting() {
        YearMonth chosen = month.getValue();
        return chosen != null && claims.stream().anyMatch(claim -> claim.month().equals(chosen)
                && !claim.correction() && claim.status() == ClaimStatus.APPROVED);
    }

    private void showMode() {
        boolean correction = correcting();
        mode.setText(correction ? I18NProvider.translate("supporting.claim.correction-hint") : "");
        mode.setVisible(correction);
        note.setRequiredIndicatorVisible(correction);
        submit.setText(I18NProvider.translate(correction ? "supporting.claim.save-correction"
                : "supporting.claim.save"));
    }

    private void showAttached() {
        attached.removeAll();
        for (int index = 0; index < receipts.size(); index++) {
            UploadedFile receipt = receipts.get(index);
            Button remove = new Button(I18NProvider.translate("supporting.claim.remove-receipt"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(I18NProvider.translate("supporting.claim.remove-receipt.label", receipt.fileName()));
            remove.setId("claim-remove-receipt-" + index + suffix);
            remove.addClickListener(click -> {
                receipts.remove(receipt);
                showAttached();
            });
            Div row = new Div(new Span(receipt.fileName() + " (" + kilobytes(receipt.content().length) + ")"),
                    remove);
            row.addClassName("inline-values");
            attached.add(new ListItem(row));
        }
    }

    private void showReceiptProblem(String sentence) {
        receiptProblem.setText(sentence);
        receiptProblem.setVisible(true);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(month);
        List<ClaimLine> lines = lines();
        BigDecimalField first = amounts.values().iterator().next();
        checks.check(first, !lines.isEmpty(), "supporting.claim.amount-missing");
        for (BigDecimalField amount : amounts.values()) {
            if (amount.getValue() != null) {
                checks.check(amount, amount.getValue().stripTrailingZeros().scale() <= 2,
                        "rule.supporting.amount-grosze");
                checks.check(amount, correcting() || amount.getValue().signum() >= 0,
                        "rule.supporting.amount-not-positive");
            }
        }
        if (correcting()) {
            checks.required(note);
        }
    }

    @Override
    protected Recorded send() {
        if (correcting()) {
            return commands.correct(arrangement.arrangementId(), month.getValue(), lines(), List.copyOf(receipts),
                    Fields.value(note), actor).recorded();
        }
        return commands.claim(arrangement.arrangementId(), month.getValue(), lines(), List.copyOf(receipts),
                Fields.value(note), actor).recorded();
    }

    private List<ClaimLine> lines() {
        List<ClaimLine> lines = new ArrayList<>();
        amounts.forEach((kind, field) -> {
            BigDecimal value = field.getValue();
            if (value != null && value.signum() != 0) {
                lines.add(new ClaimLine(kind, value));
            }
        });
        return lines;
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    private static UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(I18NProvider.translate("supporting.upload.drop-one"))
                .setMany(I18NProvider.translate("supporting.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(I18NProvider.translate("supporting.upload.add-one"))
                .setMany(I18NProvider.translate("supporting.upload.add-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(I18NProvider.translate("supporting.upload.too-many"))
                .setFileIsTooBig(I18NProvider.translate("supporting.upload.too-big"))
                .setIncorrectFileType(I18NProvider.translate("supporting.upload.wrong-type")));
        i18n.setFile(new UploadI18N.File().setRetry(I18NProvider.translate("supporting.upload.retry"))
                .setStart(I18NProvider.translate("supporting.upload.start"))
                .setRemove(I18NProvider.translate("supporting.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(I18NProvider.translate("supporting.upload.connecting"))
                        .setStalled(I18NProvider.translate("supporting.upload.stalled"))
                        .setProcessing(I18NProvider.translate("supporting.upload.processing"))
                        .setHeld(I18NProvider.translate("supporting.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(I18NProvider.translate("supporting.upload.remaining"))
                        .setUnknown(I18NProvider.translate("supporting.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(I18NProvider.translate("supporting.upload.server-unavailable"))
                        .setUnexpectedServerError(I18NProvider.translate("supporting.upload.server-error"))
                        .setForbidden(I18NProvider.translate("supporting.upload.forbidden"))
                        .setFileTooLarge(I18NProvider.translate("supporting.upload.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
