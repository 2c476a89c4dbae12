package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.number;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.Side;
import org.coproduction.scoring.perspectives.SideScore;

/** Section 6: people who use services and carers beside providers. */
final class SidesSection extends SectionBuilder {
  SidesSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "sides";
  }

  @Override
  Section build() {
    return sides();
  }

  private Section sides() {
    Breakdown breakdown = latest.overall().byGroup();
    List<Row> rows = new ArrayList<>();
    for (SideScore side : List.of(breakdown.livedExperience(), breakdown.provider())) {
      rows.add(
          new Row(
              List.of(sideLabel(side), number(side.value()), String.valueOf(side.raters())),
              side.value().map(OptionalDouble::of).orElse(OptionalDouble.empty())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "The view of people who use services and carers beside the view of providers:"
                + " those who commission, run and work in services. Both are taken over the"
                + " items both sides have a score for, and pool only the groups shown above."));
    blocks.add(
        new Table(
            List.of(
                new Column("side", false), new Column("score", true), new Column("raters", true)),
            rows,
            1));
    SideScore lived = breakdown.livedExperience();
    SideScore provider = breakdown.provider();
    if (!lived.groups().isEmpty() && !provider.groups().isEmpty()) {
      blocks.add(
          para(
              "Pooled here: "
                  + Words.groups(lived.groups())
                  + " for "
                  + sideLabel(lived)
                  + "; "
                  + Words.groups(provider.groups())
                  + " for "
                  + sideLabel(provider)
                  + "."));
    }
    blocks.add(para(breakdown.reason()));
    if (breakdown.gap().isEmpty()) {
      blocks.add(
          para(
              "A side has a score only where one of its groups is shown on items the other side"
                  + " also has a score for: with too few raters on one side, the two cannot be"
                  + " compared."));
    }
    return section("People who use services and carers, and providers", blocks);
  }

  private static String sideLabel(SideScore side) {
    return side.side() == Side.LIVED_EXPERIENCE
        ? "people who use services and carers"
        : "providers";
  }
}
