package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.scoring.Score;

/** Section 2: the overall score, its band and why, and the change since the first round. */
final class OverallSection extends SectionBuilder {
  OverallSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "overall";
  }

  @Override
  Section build() {
    return overall();
  }

  private Section overall() {
    List<Block> blocks = new ArrayList<>();
    Score overall = latest.overall();
    blocks.add(scoreTable("", List.of(scoreRow("overall", overall))));
    blocks.add(para(overall.reason()));
    report
        .trend()
        .ifPresent(
            trend ->
                blocks.add(
                    para(
                        "Since review round "
                            + trend.earlierRoundId()
                            + ": "
                            + trend.overall().reason()
                            + " See section "
                            + ReportContent.TREND_SECTION
                            + ".")));
    return section("Overall score", blocks);
  }
}
