package org.coproduction.scoring.internal.scores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.perspectives.Side;
import org.coproduction.scoring.perspectives.Visibility;

/**
 * The answers to one checklist item that count (see {@link DisclosureRule}), counted once: the
 * whole item, each interest group, and each side pooled from its groups. Every rule reads these
 * counts; none changes them.
 */
final class ItemTally {
  static final InterestGroup[] GROUPS = InterestGroup.values();
  private static final Side[] SIDES = Side.values();

  final ChecklistItem item;
  final int yes;
  final int partly;
  final int no;
  final int dontKnow;
  final int notApplicable;

  /** The raters who answered yes, partly or no. */
  final RaterSet scoredRaters;

  final Optional<Double> value;

  /** The value as written, for exact weighted means; null when there is none. */
  final Decimals.Exact exactValue;

  /** The item's weight as written. */
  final Decimals.Exact exactWeight;

  final ScoreStatus status;
  private final GroupCell[] cells;
  private final SideTally[] sides;

  /**
   * Counts one item's answers.
   *
   * @param item the item
   * @param answered each rater's answer to it, by rater index; {@code null} for none
   * @param raterGroups each rater's interest group, by rater index
   * @param minimumRaters raters an item needs for a conclusive score
   */
  ItemTally(ChecklistItem item, Answer[] answered, InterestGroup[] raterGroups, int minimumRaters) {
    this.item = item;
    int raters = answered.length;
    int[] groupYes = new int[GROUPS.length];
    int[] groupPartly = new int[GROUPS.length];
    int[] groupNo = new int[GROUPS.length];
    RaterSet[] groupRaters = new RaterSet[GROUPS.length];
    for (int g = 0; g < GROUPS.length; g++) {
      groupRaters[g] = new RaterSet(raters);
    }
    RaterSet scored = new RaterSet(raters);
    int y = 0;
    int p = 0;
    int n = 0;
    int dk = 0;
    int na = 0;
    for (int rater = 0; rater < raters; rater++) {
      Answer answer = answered[rater];
      if (answer == null) {
        continue;
      }
      int g = raterGroups[rater].ordinal();
      switch (answer) {
        case YES:
          y++;
          groupYes[g]++;
          break;
        case PARTLY:
          p++;
          groupPartly[g]++;
          break;
        case NO:
          n++;
          groupNo[g]++;
          break;
        case DONT_KNOW:
          dk++;
          break;
        case NOT_APPLICABLE:
          na++;
          break;
        default:
          throw new IllegalStateException("unknown answer " + answer);
      }
      if (answer.isScored()) {
        scored.add(rater);
        groupRaters[g].add(rater);
      }
    }
    yes = y;
    partly = p;
    no = n;
    dontKnow = dk;
    notApplicable = na;
    scoredRaters = scored;
    exactWeight = Decimals.exact(item.weight());
    int total = y + p + n;
    if (total > 0) {
      double v = Decimals.itemScore(y, p, n);
      value = Optional.of(v);
      exactValue = Decimals.exact(v);
    } else {
      value = Optional.empty();
      exactValue = null;
    }
    status =
        total == 0
            ? ScoreStatus.NO_ANSWERS
            : total < minimumRaters ? ScoreStatus.INCONCLUSIVE : ScoreStatus.CONCLUSIVE;
    cells = cells(groupYes, groupPartly, groupNo, groupRaters);
    sides = new SideTally[SIDES.length];
    for (Side side : SIDES) {
      sides[side.ordinal()] = pool(side, raters);
    }
  }

  /**
   * A group is shown wherever it has a scored answer: the tally holds only answers that count, so
   * every group left has at least k people answering (see {@link DisclosureRule}).
   */
  private static GroupCell[] cells(int[] yes, int[] partly, int[] no, RaterSet[] raters) {
    GroupCell[] cells = new GroupCell[GROUPS.length];
    for (int g = 0; g < GROUPS.length; g++) {
      Visibility visibility =
          yes[g] + partly[g] + no[g] > 0 ? Visibility.SHOWN : Visibility.NO_RATERS;
      cells[g] = new GroupCell(GROUPS[g], yes[g], partly[g], no[g], raters[g], visibility);
    }
    return cells;
  }

  /** One side's answers: the shown groups of that side, pooled. */
  private SideTally pool(Side side, int raters) {
    RaterSet who = new RaterSet(raters);
    List<InterestGroup> groups = new ArrayList<>();
    int y = 0;
    int p = 0;
    int n = 0;
    for (GroupCell cell : cells) {
      if (side.includes(cell.group) && cell.visibility == Visibility.SHOWN) {
        y += cell.yes;
        p += cell.partly;
        n += cell.no;
        who.addAll(cell.raters);
        groups.add(cell.group);
      }
    }
    Optional<Double> pooled =
        groups.isEmpty() ? Optional.empty() : Optional.of(Decimals.itemScore(y, p, n));
    return new SideTally(pooled, who, groups);
  }

  /** How many raters answered yes, partly or no. */
  int scored() {
    return yes + partly + no;
  }

  GroupCell cell(InterestGroup group) {
    return cells[group.ordinal()];
  }

  SideTally side(Side side) {
    return sides[side.ordinal()];
  }

  /** One interest group's answers to one item, and whether they may be shown. */
  static final class GroupCell {
    final InterestGroup group;
    final int yes;
    final int partly;
    final int no;
    final RaterSet raters;
    final Visibility visibility;

    /** The group's score, when shown; 0 otherwise. */
    final double value;

    /** The value as written, when shown; null otherwise. */
    final Decimals.Exact exactValue;

    GroupCell(
        InterestGroup group, int yes, int partly, int no, RaterSet raters, Visibility visibility) {
      this.group = group;
      this.yes = yes;
      this.partly = partly;
      this.no = no;
      this.raters = raters;
      this.visibility = visibility;
      if (visibility == Visibility.SHOWN) {
        value = Decimals.itemScore(yes, partly, no);
        exactValue = Decimals.exact(value);
      } else {
        value = 0;
        exactValue = null;
      }
    }

    int scored() {
      return yes + partly + no;
    }
  }

  /** One side's pooled view of an item or an aggregate. */
  static final class SideTally {
    final Optional<Double> value;

    /** The value as written; null when there is none. */
    final Decimals.Exact exactValue;

    final RaterSet raters;

    /** The shown groups the value comes from, in enum order. */
    final List<InterestGroup> groups;

    SideTally(Optional<Double> value, RaterSet raters, List<InterestGroup> groups) {
      this.value = value;
      this.exactValue = value.map(Decimals::exact).orElse(null);
      this.raters = raters;
      this.groups = Collections.unmodifiableList(groups);
    }
  }
}
