package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.list;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.ScoreInput;
import org.coproduction.scoring.crosswalk.CrosswalkReport;
import org.coproduction.scoring.crosswalk.CrosswalkVerdict;
import org.coproduction.scoring.crosswalk.InstrumentResult;
import org.coproduction.scoring.crosswalk.PrincipleCrosswalk;

/**
 * Only when the initiative was assessed with more than one instrument: each instrument's score per
 * principle of one framework, side by side, whether they agree, and the items behind each score.
 */
final class CrosswalkSection extends SectionBuilder {
  CrosswalkSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "crosswalk";
  }

  @Override
  Scope scope() {
    return new Scope("sets it beside the other instruments", "set it beside the other instruments");
  }

  @Override
  boolean applies() {
    return report.crosswalk().isPresent();
  }

  @Override
  Section build() {
    CrosswalkReport crosswalk = report.crosswalk().orElseThrow();
    String framework = crosswalk.frameworkId();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "The initiative was assessed with "
                + count(crosswalk.instruments().size(), "instrument", "instruments")
                + ": "
                + list(crosswalk.instruments().stream().map(c -> named(crosswalk, c)).toList())
                + ". Here their latest scores are set side by side for each principle, in the"
                + " framework "
                + texts.framework(framework)
                + ". Two instruments agree on a principle when both scores are conclusive and"
                + " either in the same band or less than "
                + Words.threshold(crosswalk.agreeWithin())
                + " points apart. A principle only one instrument asks about stands alone, and a"
                + " score that is not conclusive is never counted as agreement. The instruments"
                + " ask different questions, so read a difference as a question to talk over, not"
                + " as one of them being wrong."));
    blocks.add(para(summary(crosswalk)));
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("principle", false));
    crosswalk.instruments().forEach(c -> columns.add(new Column(c.id(), false)));
    columns.add(new Column("gap", true));
    columns.add(new Column("verdict", false));
    List<Row> rows = new ArrayList<>();
    List<Item> behind = new ArrayList<>();
    for (PrincipleCrosswalk p : crosswalk.principles()) {
      String name = texts.principle(framework, p.principleId());
      List<String> cells = new ArrayList<>();
      cells.add(name);
      p.results().forEach(r -> cells.add(cell(r)));
      cells.add(p.gap().map(Words::number).orElse("-"));
      cells.add(p.verdict().words());
      rows.add(new Row(List.copyOf(cells), OptionalDouble.empty()));
      List<String> details = new ArrayList<>();
      for (InstrumentResult r : p.results()) {
        for (ScoreInput i : r.items()) {
          details.add(item(r, i));
        }
      }
      if (!details.isEmpty()) {
        behind.add(new Item(name + ":", p.verdict().words(), details));
      }
    }
    blocks.add(new Table(columns, rows, -1));
    if (!behind.isEmpty()) {
      blocks.add(new Subheading("The items behind each score"));
      blocks.add(
          para(
              "Each instrument's items with their own score, from 0 to 100, and what they ask; an"
                  + " item marked not used had too few raters while other items of the principle"
                  + " had enough."));
      blocks.add(new Items(false, behind));
    }
    return section("The instruments side by side", blocks);
  }

  /** How many principles the instruments agree and differ on, by name. */
  private String summary(CrosswalkReport crosswalk) {
    List<String> agree = names(crosswalk, CrosswalkVerdict.AGREE);
    List<String> differ = names(crosswalk, CrosswalkVerdict.DIFFER);
    List<String> thin = names(crosswalk, CrosswalkVerdict.NOT_COMPARABLE);
    List<String> alone = names(crosswalk, CrosswalkVerdict.ONE_INSTRUMENT_ONLY);
    List<String> parts = new ArrayList<>();
    parts.add(agree.isEmpty() ? "They agree on no principle" : "They agree on " + list(agree));
    if (!differ.isEmpty()) {
      parts.add("differ on " + list(differ));
    }
    if (!thin.isEmpty()) {
      parts.add("cannot be compared on " + list(thin) + " (too few answers)");
    }
    if (!alone.isEmpty()) {
      parts.add("only one of them asks about " + list(alone));
    }
    return String.join("; ", parts) + ".";
  }

  private List<String> names(CrosswalkReport crosswalk, CrosswalkVerdict verdict) {
    return crosswalk.principles().stream()
        .filter(p -> p.verdict() == verdict)
        .map(p -> texts.principle(crosswalk.frameworkId(), p.principleId()))
        .toList();
  }

  /** One instrument's score in a cell: the number and its band, or why there is none. */
  private static String cell(InstrumentResult r) {
    if (!r.asked()) {
      return "not asked";
    }
    String words = r.band().map(b -> b.words()).orElseGet(() -> Words.status(r.status().get()));
    return r.value().isPresent() ? Words.number(r.value()) + " " + words : words;
  }

  /**
   * An instrument as the crosswalk names it, with the review round its answers come from when the
   * evaluation has rounds.
   */
  private static String named(CrosswalkReport crosswalk, ChecklistRef instrument) {
    String round = crosswalk.reviewRoundIds().get(instrument.id());
    return round == null
        ? instrument.toString()
        : instrument + " (answers of review round " + round + ")";
  }

  /**
   * One item behind a score: the instrument and the item's id, its own score, and its statement
   * when the crosswalk carries it, as the other sections name items.
   */
  private static String item(InstrumentResult r, ScoreInput i) {
    String value = i.value().map(Words::number).orElse("no answers");
    String statement = r.statements().get(i.itemId());
    return "- "
        + r.checklist().id()
        + " "
        + i.itemId()
        + ", "
        + value
        + (i.used() ? "" : " (not used)")
        + (statement == null ? "" : ": " + statement);
  }
}
