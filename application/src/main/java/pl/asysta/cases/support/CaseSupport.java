package pl.asysta.cases.support;

import java.util.List;

/**
 * The supporting families of one open case file: their arrangements and help log (SUPPORT), their claims
 * (FINANCE) and a monthly summary, each limited to the categories the reader may see.
 */
public record CaseSupport(List<ArrangementRow> arrangements, List<HelpRow> help, List<ClaimRow> claims,
                          List<MonthSummary> months) {

    public static final CaseSupport NONE = new CaseSupport(List.of(), List.of(), List.of(), List.of());

    public CaseSupport {
        arrangements = List.copyOf(arrangements);
        help = List.copyOf(help);
        claims = List.copyOf(claims);
        months = List.copyOf(months);
    }
}
