package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.number;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;

/** Section 5: the overall score as each interest group sees it, with small groups hidden. */
final class GroupsSection extends SectionBuilder {
  GroupsSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "groups";
  }

  @Override
  Section build() {
    return groups();
  }

  private Section groups() {
    int k = settings.minimumGroupSize();
    List<Row> rows = new ArrayList<>();
    for (GroupScore g : latest.overall().byGroup().groups()) {
      if (g.visibility() == Visibility.SHOWN) {
        rows.add(
            new Row(
                List.of(
                    Words.group(g.group()),
                    number(g.value()),
                    g.raters().map(String::valueOf).orElse("-")),
                g.value().map(OptionalDouble::of).orElse(OptionalDouble.empty())));
      } else {
        rows.add(Row.remark(Words.group(g.group()), 3, "no raters"));
      }
    }
    return section(
        "Scores by interest group",
        List.of(
            para(
                "The overall score as each of the five interest groups sees it, from the answers"
                    + " that count: a group's answers to a question count only when at least "
                    + k
                    + " people from it answered that question."),
            new Table(
                List.of(
                    new Column("interest group", false),
                    new Column("score", true),
                    new Column("raters", true)),
                rows,
                1)));
  }
}
