package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.scoring.PrincipleScore;

/**
 * Section 3: the score for each principle in each framework the checklist maps its items to, then
 * the same by interest group: a chart of the first framework (drawn in HTML only) and a table for
 * every framework.
 */
final class PrinciplesSection extends SectionBuilder {
  PrinciplesSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "principles";
  }

  @Override
  Section build() {
    return principles();
  }

  private Section principles() {
    List<Block> blocks = new ArrayList<>();
    if (latest.principles().isEmpty()) {
      blocks.add(para("The checklist maps its items to no principles."));
      return section("Principles", blocks);
    }
    blocks.add(
        para(
            "How well the work lives up to each principle, in each framework the checklist maps"
                + " its items to. A principle's score is the weighted mean of the items that give"
                + " evidence for it."));
    Map<String, List<Row>> byFramework = new LinkedHashMap<>();
    for (PrincipleScore p : latest.principles()) {
      byFramework
          .computeIfAbsent(p.frameworkId(), f -> new ArrayList<>())
          .add(scoreRow(texts.principle(p.frameworkId(), p.principleId()), p.score()));
    }
    byFramework.forEach(
        (framework, rows) -> {
          blocks.add(new Subheading(texts.framework(framework)));
          blocks.add(scoreTable("principle", rows));
        });
    List<Block> byGroup = ChartContent.tablesByGroup(latest, texts);
    if (!byGroup.isEmpty()) {
      blocks.add(new Subheading("By interest group"));
      blocks.add(
          para(
              "How each interest group that took part scores each principle. Where a group had"
                  + " fewer than "
                  + settings.minimumGroupSize()
                  + " raters its score is hidden, so nobody can be singled out."));
      ChartContent.principlesByGroup(latest, texts).ifPresent(blocks::add);
      blocks.addAll(byGroup);
    }
    return section("Principles", blocks);
  }
}
