package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.list;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.coproduction.core.practice.Stage;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.ladder.LadderAssessment;
import org.coproduction.scoring.ladder.LadderCap;
import org.coproduction.scoring.ladder.LadderFinding;
import org.coproduction.scoring.ladder.StagePlacement;

/** Section 10: the rung of the ladder each stage declares and the highest its records support. */
final class LadderSection extends SectionBuilder {
  LadderSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "ladder";
  }

  @Override
  Section build() {
    return ladder(report.ladder());
  }

  private Section ladder(LadderAssessment ladder) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "For each stage, the rung of the ladder of co-production the initiative declares and"
                + " the highest rung its records support. Records can only lower a placement:"
                + " they can show that power was not shared, never prove that it was."));
    if (ladder.stages().isEmpty()) {
      blocks.add(para("No stage has a declared rung."));
    } else {
      List<Stage> over = ladder.overClaimedStages();
      blocks.add(
          para(
              over.isEmpty()
                  ? "Every stage's records support the rung it declares."
                  : count(over.size(), "stage claims", "stages claim")
                      + " a higher rung than the records support: "
                      + list(over.stream().map(Words::stage).toList())
                      + "."));
      List<Row> rows = new ArrayList<>();
      List<Item> entries = new ArrayList<>();
      for (StagePlacement p : ladder.stages()) {
        String finding;
        if (p.overClaimed()) {
          finding = count(p.rungsOverClaimed(), "rung", "rungs") + " too high";
        } else if (p.findings().contains(LadderFinding.NOT_YET_STARTED)) {
          finding = "not started yet";
        } else {
          finding = "as declared";
        }
        rows.add(
            new Row(
                List.of(
                    Words.stage(p.stage()),
                    Words.rung(p.declaredRung()),
                    Words.rung(p.suggestedRung()),
                    finding),
                OptionalDouble.empty()));
        if (!p.caps().isEmpty() || !p.findings().isEmpty()) {
          List<String> details = new ArrayList<>();
          for (LadderCap cap : p.caps()) {
            details.add("- " + cap.reason());
          }
          entries.add(new Item(Words.stage(p.stage()) + ":", p.summary(), details));
        }
      }
      blocks.add(
          new Table(
              List.of(
                  new Column("stage", false),
                  new Column("declared", false),
                  new Column("records support", false),
                  new Column("finding", false)),
              rows,
              -1));
      if (!entries.isEmpty()) {
        blocks.add(new Items(false, entries));
      }
    }
    if (!ladder.undeclaredStages().isEmpty()) {
      blocks.add(
          para(
              "No rung is declared for "
                  + list(ladder.undeclaredStages().stream().map(Words::stage).toList())
                  + "."));
    }
    return section("The ladder of co-production", blocks);
  }
}
