package org.coproduction.scoring.internal.scores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

  /** The scale the item is answered on. */
  final ScalePoints points;

  /** Raters per code number of {@link #points}: answers bottom first, then non-answers. */
  final int[] counts;

  /** On the yes/partly/no scale, raters per answer; 0 on any other scale. */
  final int yes;

  final int partly;
  final int no;
  final int dontKnow;
  final int notApplicable;

  /** Raters who gave the bottom answer of the scale (the one worth 0). */
  final int bottom;

  /** Raters who gave an option that is not an answer. */
  final int notAnswered;

  /** The raters who gave an answer that counts. */
  final RaterSet scoredRaters;

  private final int scoredCount;

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
   * @param points the item's scale
   * @param answered each rater's code number on that scale, by rater index; {@link
   *     ScalePoints#NONE} for none
   * @param raterGroups each rater's interest group, by rater index
   * @param minimumRaters raters an item needs for a conclusive score
   */
  ItemTally(
      ChecklistItem item,
      ScalePoints points,
      int[] answered,
      InterestGroup[] raterGroups,
      int minimumRaters) {
    this.item = item;
    this.points = points;
    int raters = answered.length;
    int m = points.answerCount();
    int[][] groupCounts = new int[GROUPS.length][m];
    RaterSet[] groupRaters = new RaterSet[GROUPS.length];
    for (int g = 0; g < GROUPS.length; g++) {
      groupRaters[g] = new RaterSet(raters);
    }
    RaterSet scored = new RaterSet(raters);
    int[] all = new int[points.size()];
    for (int rater = 0; rater < raters; rater++) {
      int code = answered[rater];
      if (code == ScalePoints.NONE) {
        continue;
      }
      all[code]++;
      if (code < m) {
        int g = raterGroups[rater].ordinal();
        groupCounts[g][code]++;
        scored.add(rater);
        groupRaters[g].add(rater);
      }
    }
    counts = all;
    int total = 0;
    for (int i = 0; i < m; i++) {
      total += all[i];
    }
    notAnswered = Arrays.stream(all, m, all.length).sum();
    bottom = all[0];
    if (points.yesPartlyNo) {
      yes = all[ScalePoints.YES];
      partly = all[ScalePoints.PARTLY];
      no = all[ScalePoints.NO];
      dontKnow = all[m];
      notApplicable = all[m + 1];
    } else {
      yes = 0;
      partly = 0;
      no = 0;
      dontKnow = 0;
      notApplicable = 0;
    }
    scoredRaters = scored;
    scoredCount = total;
    exactWeight = Decimals.exact(item.weight());
    if (total > 0) {
      double v = Decimals.scaleScore(Arrays.copyOf(all, m), points.thousandths);
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
    cells = new GroupCell[GROUPS.length];
    for (int g = 0; g < GROUPS.length; g++) {
      cells[g] = new GroupCell(GROUPS[g], points, groupCounts[g], groupRaters[g]);
    }
    sides = new SideTally[SIDES.length];
    for (Side side : SIDES) {
      sides[side.ordinal()] = pool(side, raters);
    }
  }

  /** One side's answers: the shown groups of that side, pooled. */
  private SideTally pool(Side side, int raters) {
    RaterSet who = new RaterSet(raters);
    List<InterestGroup> groups = new ArrayList<>();
    int[] pooled = new int[points.answerCount()];
    for (GroupCell cell : cells) {
      if (side.includes(cell.group) && cell.visibility == Visibility.SHOWN) {
        for (int i = 0; i < pooled.length; i++) {
          pooled[i] += cell.counts[i];
        }
        who.addAll(cell.raters);
        groups.add(cell.group);
      }
    }
    Optional<Double> value =
        groups.isEmpty()
            ? Optional.empty()
            : Optional.of(Decimals.scaleScore(pooled, points.thousandths));
    return new SideTally(value, who, groups);
  }

  /** How many raters gave an answer that counts. */
  int scored() {
    return scoredCount;
  }

  GroupCell cell(InterestGroup group) {
    return cells[group.ordinal()];
  }

  SideTally side(Side side) {
    return sides[side.ordinal()];
  }

  /**
   * One interest group's answers to one item, and whether they may be shown. A group is shown
   * wherever it has an answer that counts: the tally holds only answers that count, so every group
   * left has at least k people answering (see {@link DisclosureRule}).
   */
  static final class GroupCell {
    final InterestGroup group;

    /** Raters per answer, bottom of the scale first. */
    final int[] counts;

    /** On the yes/partly/no scale, raters per answer; 0 on any other scale. */
    final int yes;

    final int partly;
    final int no;
    final RaterSet raters;
    final Visibility visibility;
    private final int scoredCount;

    /** The group's score, when shown; 0 otherwise. */
    final double value;

    /** The value as written, when shown; null otherwise. */
    final Decimals.Exact exactValue;

    GroupCell(InterestGroup group, ScalePoints points, int[] counts, RaterSet raters) {
      this.group = group;
      this.counts = counts;
      this.raters = raters;
      boolean yesPartlyNo = points.yesPartlyNo;
      this.yes = yesPartlyNo ? counts[ScalePoints.YES] : 0;
      this.partly = yesPartlyNo ? counts[ScalePoints.PARTLY] : 0;
      this.no = yesPartlyNo ? counts[ScalePoints.NO] : 0;
      this.scoredCount = Arrays.stream(counts).sum();
      this.visibility = scoredCount > 0 ? Visibility.SHOWN : Visibility.NO_RATERS;
      if (visibility == Visibility.SHOWN) {
        value = Decimals.scaleScore(counts, points.thousandths);
        exactValue = Decimals.exact(value);
      } else {
        value = 0;
        exactValue = null;
      }
    }

    int scored() {
      return scoredCount;
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
