package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.list;
import static org.coproduction.report.internal.content.Words.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.flags.RecordsVersusRaters;

/** Section 9: what the initiative's own records answer, beside what raters said. */
final class RecordsSection extends SectionBuilder {
  RecordsSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "records";
  }

  @Override
  Section build() {
    return records();
  }

  private Section records() {
    List<Block> blocks = new ArrayList<>();
    List<RecordAnswer> answers = report.recordAnswers();
    if (answers.isEmpty()) {
      blocks.add(para("The records answer none of this checklist's items."));
      return section("What the records say", blocks);
    }
    blocks.add(
        para(
            "The initiative's own records answer "
                + count(answers.size(), "item", "items")
                + " without asking anyone. Records never change a score; they sit beside it, so"
                + " you can see where records and raters are 50 points or more apart."));
    List<Item> entries = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (RecordAnswer record : answers) {
      Optional<ItemScore> item = latest.item(record.itemId());
      Optional<Double> raterScore = item.flatMap(ItemScore::value);
      StringBuilder text =
          new StringBuilder("records say ").append(Words.answer(record.answer())).append("; ");
      if (raterScore.isPresent()) {
        text.append("raters ")
            .append(number(raterScore.get()))
            .append(" from ")
            .append(count(item.get().raters(), "rater", "raters"));
      } else {
        text.append("raters gave no score");
      }
      // The one rule, owned by scoring; the red flags use it too.
      Optional<RecordsVersusRaters> comparison =
          raterScore.flatMap(score -> RecordsVersusRaters.compare(record.answer(), score));
      if (comparison.equals(Optional.of(RecordsVersusRaters.RECORDS_WORSE))) {
        text.append(": the records are worse than raters say");
        disagreements.add(record.itemId());
      } else if (comparison.equals(Optional.of(RecordsVersusRaters.RECORDS_BETTER))) {
        text.append(": the records are better than raters say");
        disagreements.add(record.itemId());
      }
      List<String> details = new ArrayList<>();
      texts.statement(record.itemId()).ifPresent(details::add);
      for (String line : evidence(record.evidence())) {
        details.add("- " + line);
      }
      entries.add(new Item(record.itemId() + ":", text.toString(), details));
    }
    blocks.add(new Items(false, entries));
    blocks.add(
        para(
            disagreements.isEmpty()
                ? "Records and raters are never 50 points or more apart."
                : "Records and raters disagree on "
                    + count(disagreements.size(), "item", "items")
                    + ": "
                    + list(disagreements)
                    + "."));
    return section("What the records say", blocks);
  }
}
