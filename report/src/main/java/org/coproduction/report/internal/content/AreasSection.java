package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.scoring.AreaScore;

/** Section 4: the four pieces of the jigsaw of change. */
final class AreasSection extends SectionBuilder {
  AreasSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "areas";
  }

  @Override
  Section build() {
    return areas();
  }

  private Section areas() {
    List<Row> rows = new ArrayList<>();
    for (AreaScore area : latest.areas()) {
      rows.add(scoreRow(Words.area(area.area()), area.score()));
    }
    return section(
        "The jigsaw of change",
        List.of(
            para(
                "The four pieces of the guide's jigsaw of change: culture, structure, practice and"
                    + " review. Each needs work for co-production to last."),
            scoreTable("piece of the jigsaw", rows)));
  }
}
