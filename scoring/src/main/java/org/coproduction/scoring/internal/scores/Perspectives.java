package org.coproduction.scoring.internal.scores;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Side;
import org.coproduction.scoring.perspectives.SideScore;
import org.coproduction.scoring.perspectives.Visibility;

/**
 * Each score seen through each interest group's eyes and each side's: the {@link Breakdown} of an
 * item or of an aggregate, from the answers that count, and the gap between the provider side and
 * people with lived experience.
 *
 * <p>On an item, a side's score pools the answers of its shown groups. On an aggregate, a group's
 * score is the weighted mean of its shown item scores, and a side's is the weighted mean of its
 * item scores over the items both sides have a score for, so the two sides are compared on the same
 * items.
 */
final class Perspectives {
  private static final Side[] SIDES = Side.values();

  private final int raters;

  private Perspectives(int raters) {
    this.raters = raters;
  }

  /**
   * Breakdowns for one tally.
   *
   * @param tally the answers
   * @return the rule
   */
  static Perspectives of(Tally tally) {
    return new Perspectives(tally.responseSets);
  }

  /** One item, by group and by side. */
  Breakdown item(ItemTally v) {
    List<GroupScore> groups = new ArrayList<>(ItemTally.GROUPS.length);
    for (InterestGroup g : ItemTally.GROUPS) {
      groups.add(groupOnItem(v.points, v.cell(g)));
    }
    EnumMap<Side, SideScore> sides = new EnumMap<>(Side.class);
    for (Side side : SIDES) {
      ItemTally.SideTally s = v.side(side);
      sides.put(side, sideScore(side, s, Reasons.sideOnItem(s)));
    }
    return breakdown(groups, sides);
  }

  private GroupScore groupOnItem(ScalePoints points, ItemTally.GroupCell cell) {
    GroupScore.Builder b = GroupScore.builder().group(cell.group).visibility(cell.visibility);
    switch (cell.visibility) {
      case SHOWN:
        return b.value(cell.value)
            .raters(cell.scored())
            .answers(points.counts(cell.counts))
            .reason(Reasons.groupOnItem(points, cell))
            .build();
      default:
        return b.reason(Reasons.groupWithoutRatersOnItem(points.yesPartlyNo)).build();
    }
  }

  /**
   * An aggregate over the items it uses, by group and by side; {@code yesPartlyNo} says whether all
   * its items are answered yes, partly or no, which the reasons then name.
   */
  Breakdown aggregate(List<ItemTally> used, boolean yesPartlyNo) {
    List<GroupScore> groups = new ArrayList<>(ItemTally.GROUPS.length);
    for (InterestGroup g : ItemTally.GROUPS) {
      groups.add(groupOverItems(g, used, yesPartlyNo));
    }
    List<ItemTally> matched = new ArrayList<>();
    for (ItemTally v : used) {
      if (v.side(Side.LIVED_EXPERIENCE).value.isPresent()
          && v.side(Side.PROVIDER).value.isPresent()) {
        matched.add(v);
      }
    }
    EnumMap<Side, SideScore> sides = new EnumMap<>(Side.class);
    for (Side side : SIDES) {
      if (matched.isEmpty()) {
        ItemTally.SideTally none =
            new ItemTally.SideTally(Optional.empty(), new RaterSet(raters), List.of());
        sides.put(side, sideScore(side, none, Reasons.sidesNotCompared()));
        continue;
      }
      Decimals.Mean mean = new Decimals.Mean();
      RaterSet who = new RaterSet(raters);
      EnumSet<InterestGroup> groupsUsed = EnumSet.noneOf(InterestGroup.class);
      for (ItemTally v : matched) {
        ItemTally.SideTally itemSide = v.side(side);
        mean.add(v.exactWeight, itemSide.exactValue);
        who.addAll(itemSide.raters);
        groupsUsed.addAll(itemSide.groups);
      }
      double value = mean.value();
      // Enum order, as a sorted set of groups gives.
      ItemTally.SideTally s =
          new ItemTally.SideTally(Optional.of(value), who, new ArrayList<>(groupsUsed));
      sides.put(side, sideScore(side, s, Reasons.sideMean(matched.size(), value)));
    }
    return breakdown(groups, sides);
  }

  private GroupScore groupOverItems(InterestGroup g, List<ItemTally> used, boolean yesPartlyNo) {
    GroupScore.Builder b = GroupScore.builder().group(g);
    int shown = 0;
    Decimals.Mean mean = new Decimals.Mean();
    RaterSet who = new RaterSet(raters);
    for (ItemTally v : used) {
      ItemTally.GroupCell cell = v.cell(g);
      if (cell.visibility == Visibility.SHOWN) {
        shown++;
        mean.add(v.exactWeight, cell.exactValue);
        who.addAll(cell.raters);
      }
    }
    if (shown > 0) {
      double value = mean.value();
      return b.visibility(Visibility.SHOWN)
          .value(value)
          .raters(who.size())
          .reason(Reasons.groupMean(shown, value))
          .build();
    }
    return b.visibility(Visibility.NO_RATERS)
        .reason(Reasons.groupWithoutRaters(yesPartlyNo))
        .build();
  }

  private static SideScore sideScore(Side side, ItemTally.SideTally s, String reason) {
    return SideScore.builder()
        .side(side)
        .value(s.value)
        .raters(s.raters.size())
        .groups(s.groups)
        .reason(reason)
        .build();
  }

  /** The gap is provider minus lived experience, when both sides have a score. */
  private static Breakdown breakdown(List<GroupScore> groups, Map<Side, SideScore> sides) {
    SideScore lived = sides.get(Side.LIVED_EXPERIENCE);
    SideScore provider = sides.get(Side.PROVIDER);
    Optional<Double> gap = Optional.empty();
    if (lived.value().isPresent() && provider.value().isPresent()) {
      gap = Optional.of(Decimals.difference(provider.value().get(), lived.value().get()));
    }
    return Breakdown.builder()
        .groups(groups)
        .livedExperience(lived)
        .provider(provider)
        .gap(gap)
        .reason(Reasons.gap(lived.value(), provider.value(), gap))
        .build();
  }
}
