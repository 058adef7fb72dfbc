package pl.asysta.cases.familycase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.CaseloadRow;
import pl.asysta.shared.UserId;

/** The head reads every assistant's figure, even for the one a family short of the cap. */
class CaseloadChartTest {

    @Test
    void no_figure_is_drawn_across_the_cap_line() {
        String svg = CaseloadChart.svg(List.of(
                        new CaseloadRow(new UserId("a"), "Anna Kowalska", 14, 15, 4),
                        new CaseloadRow(new UserId("b"), "Marek Wiśniewski", 15, 15, 0)),
                "Obciążenie asystentów", "Anna Kowalska 14 z 15, Marek Wiśniewski 15 z 15", "limit 15");

        Matcher cap = Pattern.compile("<line x1=\"([0-9.]+)\"").matcher(svg);
        assertThat(cap.find()).isTrue();
        double capX = Double.parseDouble(cap.group(1));
        Matcher figures = Pattern.compile("<text x=\"([0-9.]+)\"[^>]*>(\\d+ / \\d+)</text>").matcher(svg);
        int found = 0;
        while (figures.find()) {
            found++;
            assertThat(Double.parseDouble(figures.group(1))).as(figures.group(2)).isGreaterThan(capX + 4);
        }
        assertThat(found).isEqualTo(2);
    }
}
