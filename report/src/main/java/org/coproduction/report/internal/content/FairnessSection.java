package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coproduction.core.ledger.Money;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.fairness.FairnessReport;
import org.coproduction.scoring.fairness.GroupReciprocity;
import org.coproduction.scoring.fairness.OutOfPocket;
import org.coproduction.scoring.fairness.PayGap;

/** Section 11: who gave time and what came back, from the reciprocity ledger. */
final class FairnessSection extends SectionBuilder {
  FairnessSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "fairness";
  }

  @Override
  Section build() {
    return fairness();
  }

  private Section fairness() {
    if (report.fairness().isEmpty()) {
      return section(
          "Fairness of reward",
          List.of(
              para(
                  "No reciprocity ledger was kept, so who gave time and what came back cannot be"
                      + " judged.")));
    }
    FairnessReport f = report.fairness().get();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "From ledger "
                + f.ledgerId()
                + ", amounts in "
                + f.currency()
                + ". People who use services and carers should get something back for what they"
                + " put in, and never be the only ones in the room not paid."));

    blocks.add(new Subheading("Pay"));
    blocks.add(para(f.payComparison().explanation()));
    if (f.peoplePaidLess().equals(Optional.of(0))) {
      blocks.add(
          para(
              "No pay gaps: no person who uses services or carer was paid less than"
                  + " professionals."));
    } else {
      blocks.add(
          para(
              people(f.peoplePaidLess())
                  + " who use services or care "
                  + (f.peoplePaidLess().equals(Optional.of(1)) ? "was" : "were")
                  + " paid less than professionals, or not at all"
                  + (f.payGaps().isEmpty() ? "." : ":")));
      List<Item> entries = new ArrayList<>();
      for (PayGap gap : f.payGaps()) {
        entries.add(new Item(gap.participantId() + ":", gap.explanation(), List.of()));
      }
      if (!entries.isEmpty()) {
        blocks.add(new Items(false, entries));
      }
    }

    blocks.add(new Subheading("Out of pocket and nothing back"));
    if (f.peopleOutOfPocket().equals(Optional.of(0))) {
      blocks.add(para("Nobody is out of pocket: every expense claimed has been paid back."));
    } else {
      List<String> owed = new ArrayList<>();
      for (OutOfPocket o : f.outOfPocket()) {
        owed.add(o.participantId() + " " + Words.money(o.unreimbursed()));
      }
      blocks.add(
          para(
              people(f.peopleOutOfPocket())
                  + (f.peopleOutOfPocket().equals(Optional.of(1)) ? " is" : " are")
                  + " out of pocket"
                  + f.outOfPocketTotal().map(t -> ", " + Words.money(t) + " in all").orElse("")
                  + ", with expenses claimed and not yet paid back"
                  + (owed.isEmpty() ? "" : ": " + list(owed))
                  + "."));
    }
    blocks.add(
        para(
            f.peopleWithoutReturn().equals(Optional.of(0))
                ? "Everyone who gave time got something back (staff paid by salary aside)."
                : people(f.peopleWithoutReturn())
                    + " gave time and got nothing back of any kind"
                    + (f.contributorsWithoutReturn().isEmpty()
                        ? ""
                        : ": " + list(f.contributorsWithoutReturn()))
                    + "."));

    blocks.add(new Subheading("By interest group"));
    List<Row> rows = new ArrayList<>();
    for (GroupReciprocity g : f.groups()) {
      if (g.suppressed().isPresent()) {
        rows.add(Row.remark(Words.group(g.group()), 5, g.suppressed().get()));
      } else {
        rows.add(
            new Row(
                List.of(
                    Words.group(g.group()),
                    g.people().map(String::valueOf).orElse("-"),
                    g.hoursGiven().map(Words::hours).orElse("-"),
                    amount(g.valueReturned()),
                    amount(g.valueReturnedPerHour())),
                OptionalDouble.empty()));
      }
    }
    blocks.add(
        new Table(
            List.of(
                new Column("interest group", false),
                new Column("people", true),
                new Column("hours", true),
                new Column("got back", true),
                new Column("per hour", true)),
            rows,
            -1));
    blocks.add(
        para(
            "Got back is fees"
                + (f.settings().timeCreditValue().isPresent() ? " and time credits" : "")
                + "; expenses only repay what people spent, so they are not counted. A group's"
                + " figure per hour leaves out staff paid by salary, whose return the ledger does"
                + " not show."));
    if (f.totals().isPresent()) {
      var totals = f.totals().get();
      blocks.add(
          para(
              "In all, "
                  + count(totals.people(), "person", "people")
                  + " gave "
                  + Words.hours(totals.hoursGiven())
                  + " hours and got "
                  + Words.money(totals.valueReturned())
                  + " back, "
                  + Words.money(totals.feesReceived())
                  + " of it in fees; "
                  + Words.money(totals.expensesUnreimbursed())
                  + " of expenses is still owed."));
    } else {
      f.totalsSuppressed().ifPresent(reason -> blocks.add(para("Totals: " + reason + ".")));
    }
    if (!f.groupsNotInLedger().isEmpty()) {
      blocks.add(
          para(
              "Nobody from these groups is in the ledger: "
                  + Words.groups(f.groupsNotInLedger())
                  + "."));
    }
    if (!f.peopleNotInLedger().equals(Optional.of(0))) {
      blocks.add(
          para(
              f.peopleNotInLedger()
                      .map(n -> count(n, "participant", "participants"))
                      .orElse("Some participants")
                  + " taking part "
                  + (f.peopleNotInLedger().equals(Optional.of(1)) ? "is" : "are")
                  + " not in the ledger"
                  + (f.notInLedger().isEmpty() ? "" : ": " + list(f.notInLedger()))
                  + "."));
    }

    blocks.add(new Subheading("Inequality"));
    blocks.add(
        para(
            f.returnInequality()
                .coefficient()
                .map(
                    gini ->
                        "Return inequality: "
                            + Words.coefficient(gini)
                            + ". "
                            + f.returnInequality().explanation())
                .orElse(f.returnInequality().explanation())));
    return section("Fairness of reward", blocks);
  }

  /**
   * A count of people as the fairness report gives it: a number, or "Some people" where the number
   * was from 1 to k &minus; 1 and is left out.
   */
  private static String people(Optional<Integer> count) {
    return count.map(n -> count(n, "person", "people")).orElse("Some people");
  }

  private static String amount(Optional<Money> money) {
    return money.map(m -> m.toDecimal().toPlainString()).orElse("-");
  }
}
