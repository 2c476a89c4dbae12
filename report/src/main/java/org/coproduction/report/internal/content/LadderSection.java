package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.list;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.coproduction.scoring.ladder.StageAnswers;
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
    if (!report.ladderAnswers().isEmpty()) {
      blocks.addAll(peopleSay(report.ladderAnswers(), ladder));
    }
    return section("The ladder of co-production", blocks);
  }

  /**
   * What people said in the ladder questionnaire, set beside the declared rung and the rung the
   * records support, so a reader sees where the people who took part disagree with the claim.
   */
  private List<Block> peopleSay(List<StageAnswers> answers, LadderAssessment ladder) {
    int k = settings.minimumGroupSize();
    Map<Stage, StagePlacement> placed = new EnumMap<>(Stage.class);
    ladder.stages().forEach(p -> placed.put(p.stage(), p));
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "In the ladder questionnaire, everybody said which rung describes how each stage was"
                + " done. The rung people chose is the middle one of their answers (the lower"
                + " middle one when their number is even); the range shows how far apart they"
                + " were."));
    List<Stage> lower = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (StageAnswers a : answers) {
      StagePlacement p = placed.get(a.stage());
      if (p != null
          && a.chosenRung().isPresent()
          && p.declaredRung().isAbove(a.chosenRung().get())) {
        lower.add(a.stage());
      }
      String range =
          a.lowestRung().isEmpty()
              ? ""
              : a.spread() == 0
                  ? "all " + Words.rung(a.lowestRung().get())
                  : Words.rung(a.lowestRung().get()) + " to " + Words.rung(a.highestRung().get());
      rows.add(
          new Row(
              List.of(
                  Words.stage(a.stage()),
                  a.chosenRung().map(Words::rung).orElse("no answers that count"),
                  a.counted() >= k ? Integer.toString(a.counted()) : "fewer than " + k,
                  range,
                  p == null ? "none declared" : Words.rung(p.declaredRung()),
                  p == null ? "" : Words.rung(p.suggestedRung())),
              OptionalDouble.empty()));
    }
    blocks.add(
        para(
            lower.isEmpty()
                ? "People put no stage lower than the initiative declares."
                : "People put "
                    + count(lower.size(), "stage", "stages")
                    + " lower than the initiative declares: "
                    + list(lower.stream().map(Words::stage).toList())
                    + "."));
    blocks.add(
        new Table(
            List.of(
                new Column("stage", false),
                new Column("people chose", false),
                new Column("answers", false),
                new Column("range", false),
                new Column("declared", false),
                new Column("records support", false)),
            rows,
            -1));
    List<Stage> leftOut =
        answers.stream().filter(StageAnswers::answersLeftOut).map(StageAnswers::stage).toList();
    if (!leftOut.isEmpty()) {
      blocks.add(
          para(
              "Some answers about "
                  + list(leftOut.stream().map(Words::stage).toList())
                  + " are left out, because fewer than "
                  + k
                  + " people from the same group answered."));
    }
    return blocks;
  }
}
