package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.actions.ActionCheck;
import org.coproduction.report.actions.ActionReview;
import org.coproduction.report.actions.Owner;
import org.coproduction.report.actions.PlannedAction;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;

/**
 * The last section, when the evaluation has an action plan: in a later round, which actions were
 * due, which were done and whether their flags cleared, with every overdue action whose flag is
 * still raised named on its own; in the plan's own round, the plan as made.
 */
final class ActionsSection extends SectionBuilder {
  ActionsSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "actions";
  }

  @Override
  Scope scope() {
    return report.actions().orElseThrow().followUp()
        ? new Scope("follows up the action plan", "follow up the action plan")
        : Scope.THIS_ROUND;
  }

  @Override
  boolean applies() {
    return report.actions().isPresent();
  }

  @Override
  Section build() {
    ActionReview review = report.actions().orElseThrow();
    List<Block> blocks = new ArrayList<>();
    List<ActionCheck> checks = review.actions();
    if (!review.followUp()) {
      blocks.add(
          para(
              "The action plan answers this round's red flags with "
                  + count(checks.size(), "action", "actions")
                  + ". The next round's report will say which were done and whether the flags"
                  + " cleared."));
      blocks.add(list(checks, false));
      return section("Action plan", blocks);
    }
    long due = checks.stream().filter(ActionCheck::due).count();
    long doneOfDue = checks.stream().filter(c -> c.due() && !c.action().status().open()).count();
    long done = checks.stream().filter(c -> !c.action().status().open()).count();
    long cleared = checks.stream().filter(c -> !c.stillFlagged()).count();
    blocks.add(
        para(
            "The action plan made after "
                + review.planRoundId().map(r -> "review round " + r).orElse("the earlier answers")
                + " had "
                + count(checks.size(), "action", "actions")
                + ". By review round "
                + review.checkedRoundId().orElseThrow()
                + " ("
                + review.checkedOn().orElseThrow()
                + "), "
                + due
                + " of them were due and "
                + doneOfDue
                + " of those were done or dropped; "
                + done
                + " in all were done or dropped. The flags of "
                + count((int) cleared, "action has", "actions have")
                + " cleared."));
    List<ActionCheck> overdue =
        checks.stream().filter(ActionCheck::overdueAndStillFlagged).toList();
    if (overdue.isEmpty()) {
      blocks.add(para("No action is overdue with its flag still raised."));
    } else {
      blocks.add(new Subheading("Overdue, and the flag is still raised"));
      blocks.add(list(overdue, true));
    }
    blocks.add(new Subheading("Every action"));
    blocks.add(list(checks, true));
    return section("Actions from the last round", blocks);
  }

  private Items list(List<ActionCheck> checks, boolean followUp) {
    List<Item> entries = new ArrayList<>();
    for (ActionCheck check : checks) {
      PlannedAction action = check.action();
      List<String> details = new ArrayList<>();
      details.add("Recommendation: " + action.recommendation());
      action.note().ifPresent(n -> details.add("What exactly: " + n));
      details.add(
          "Owner: "
              + owner(action.owner())
              + "; due by "
              + action.dueBy()
              + (followUp ? (check.due() ? " (was due)" : " (not yet due)") : "")
              + "; to clear by review round "
              + action.clearByRoundId()
              + ".");
      if (followUp) {
        details.add(
            check.stillFlagged()
                ? "The flag on " + action.itemId() + " is still raised."
                : "The flag on " + action.itemId() + " has cleared.");
      }
      entries.add(
          new Item(
              action.id(),
              "(" + Words.plain(action.status()) + ", " + action.itemId() + ")",
              details));
    }
    return new Items(false, entries);
  }

  /** An owner in words: a role as people say it, or a body by its id. */
  static String owner(Owner owner) {
    return owner
        .role()
        .map(Words::plain)
        .orElseGet(() -> "body '" + owner.bodyId().orElseThrow() + "'");
  }
}
