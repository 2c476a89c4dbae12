package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.list;
import static org.coproduction.report.internal.content.Words.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.coproduction.checklist.Answer;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.FlagChange;
import org.coproduction.scoring.trend.ItemTrend;
import org.coproduction.scoring.trend.TrendReport;

/**
 * Section 13, only with two rounds or more: what changed between the first round and the latest.
 */
final class TrendSection extends SectionBuilder {
  TrendSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "trend";
  }

  @Override
  Scope scope() {
    return new Scope("compares it with the first", "compare it with the first");
  }

  @Override
  boolean applies() {
    return report.trend().isPresent();
  }

  @Override
  Section build() {
    return trend(report.trend().orElseThrow());
  }

  private Section trend(TrendReport trend) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "From review round "
                + trend.earlierRoundId()
                + " to "
                + trend.laterRoundId()
                + ". A change counts only when it is at least "
                + Words.threshold(trend.minimumMeaningfulChange())
                + " points and more than one rater changing their answer could cause; smaller"
                + " moves count as unchanged."));
    blocks.add(para("Overall: " + trend.overall().reason()));
    blocks.add(para(Words.capitalise(trend.summary())));
    List<ItemTrend> better =
        trend.items().stream()
            .filter(t -> t.score().direction() == Direction.BETTER)
            .sorted(byChange().reversed())
            .toList();
    List<ItemTrend> worse =
        trend.items().stream()
            .filter(t -> t.score().direction() == Direction.WORSE)
            .sorted(byChange())
            .toList();
    if (!better.isEmpty()) {
      blocks.add(new Subheading("Better"));
      blocks.add(changeTable(better));
    }
    if (!worse.isEmpty()) {
      blocks.add(new Subheading("Worse"));
      blocks.add(changeTable(worse));
    }
    List<String> notComparable = ids(trend, t -> t.score().direction() == Direction.NOT_COMPARABLE);
    if (!notComparable.isEmpty()) {
      blocks.add(para("Not comparable, too few raters in one round: " + list(notComparable) + "."));
    }
    blocks.add(new Subheading("Red flags"));
    List<String> flags = new ArrayList<>();
    addFlags(flags, "New red flags", ids(trend, t -> t.flag() == FlagChange.NEW_FLAG));
    addFlags(flags, "Resolved", ids(trend, t -> t.flag() == FlagChange.RESOLVED_FLAG));
    addFlags(flags, "Still flagged", ids(trend, t -> t.flag() == FlagChange.STILL_FLAGGED));
    if (flags.isEmpty()) {
      blocks.add(para("No item was flagged in either round."));
    } else {
      flags.forEach(line -> blocks.add(para(line)));
    }
    records(trend).ifPresent(line -> blocks.add(para(line)));
    if (!trend.itemsOnlyInEarlier().isEmpty()) {
      blocks.add(para("Only in the earlier round: " + list(trend.itemsOnlyInEarlier()) + "."));
    }
    if (!trend.itemsOnlyInLater().isEmpty()) {
      blocks.add(para("Only in the later round: " + list(trend.itemsOnlyInLater()) + "."));
    }
    return section("Change between rounds", blocks);
  }

  /**
   * What each round's own records said, for the record-based items that fell short in either round,
   * so a flag the later round still has is seen to come from its own records.
   */
  private static Optional<String> records(TrendReport trend) {
    List<String> items = new ArrayList<>();
    for (ItemTrend t : trend.items()) {
      if (t.recordsEarlier().isEmpty() || t.recordsLater().isEmpty()) {
        continue;
      }
      Answer before = t.recordsEarlier().get();
      Answer after = t.recordsLater().get();
      if (fellShort(before) || fellShort(after)) {
        items.add(t.itemId() + " " + Words.answer(before) + ", then " + Words.answer(after));
      }
    }
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Each round's records are judged on that round's own meetings, suggestions and decisions."
            + " Where they fell short: "
            + String.join("; ", items)
            + ".");
  }

  private static boolean fellShort(Answer a) {
    return a == Answer.NO || a == Answer.PARTLY;
  }

  private static Comparator<ItemTrend> byChange() {
    return Comparator.comparingDouble(t -> t.score().change().orElse(0.0));
  }

  private static List<String> ids(TrendReport trend, Predicate<ItemTrend> which) {
    return trend.items().stream().filter(which).map(ItemTrend::itemId).toList();
  }

  private static void addFlags(List<String> lines, String label, List<String> ids) {
    if (!ids.isEmpty()) {
      lines.add(label + " (" + ids.size() + "): " + list(ids) + ".");
    }
  }

  private static Table changeTable(List<ItemTrend> trends) {
    List<Row> rows = new ArrayList<>();
    for (ItemTrend t : trends) {
      rows.add(
          new Row(
              List.of(
                  t.itemId(),
                  number(t.score().earlier()),
                  number(t.score().later()),
                  t.score().change().map(SectionBuilder::signed).orElse("-")),
              OptionalDouble.empty()));
    }
    return new Table(
        List.of(
            new Column("item", false),
            new Column("earlier", true),
            new Column("later", true),
            new Column("change", true)),
        rows,
        -1);
  }
}
