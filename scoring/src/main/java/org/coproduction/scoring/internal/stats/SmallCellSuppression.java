package org.coproduction.scoring.internal.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Decides which groups of a breakdown (for example, scores by interest group) may be shown without
 * exposing the answers of a handful of people.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A group with 0 raters is <em>absent</em>: it has no value to show or to hide, so it is
 *       neither shown nor suppressed. Callers can still say that nobody from it answered.
 *   <li>A group with 1 to k &minus; 1 raters is suppressed ({@link Reason#FEWER_THAN_K}); k is 3
 *       unless the caller says otherwise.
 *   <li>Complementary suppression: if the total is shown and exactly one group is suppressed, that
 *       group's value could be worked out from the total and the other groups. So the shown group
 *       with the fewest raters is suppressed too ({@link Reason#COMPLEMENTARY}); among equally
 *       small groups, the one whose name comes first in natural {@code String} order, so the result
 *       never depends on map order or locale.
 * </ol>
 *
 * <p>After these rules, with the total shown, there is never exactly one suppressed group, except
 * when the suppressed group is the only group with raters. Then nothing can be suppressed alongside
 * it and the total itself would give it away: {@link Result#totalRevealsSuppressedGroup()} is true
 * and the caller must not show the total.
 *
 * <p>The source for this rule is issue 4 ("Privacy"); suppressed cells are hidden, not rounded, and
 * the reason is kept so the result can say why ("suppressed: fewer than 3 raters").
 */
@API(status = INTERNAL, since = "0.1")
public final class SmallCellSuppression {
  /**
   * The smallest number of raters a group needs for its values to be shown, unless set otherwise.
   */
  public static final int DEFAULT_MIN_COUNT = 3;

  /** Why a group's values are hidden. */
  public enum Reason {
    /** The group has at least one but fewer than k raters. */
    FEWER_THAN_K,
    /** The group is large enough, but hiding it stops a small group being found by subtraction. */
    COMPLEMENTARY
  }

  /**
   * Which groups to show, hide or leave out.
   *
   * @param minCount k: the smallest number of raters a group needs to be shown
   * @param shown groups whose values may be shown, in name order
   * @param suppressed groups whose values must be hidden, with the reason, in name order
   * @param absent groups with no raters, in name order
   * @param totalRevealsSuppressedGroup true when the total is shown but would equal the only
   *     suppressed group, so the caller must hide the total as well
   */
  public record Result(
      int minCount,
      SortedSet<String> shown,
      SortedMap<String, Reason> suppressed,
      SortedSet<String> absent,
      boolean totalRevealsSuppressedGroup) {

    /**
     * Keeps unmodifiable copies, so a result cannot be changed after the decision.
     *
     * @throws NullPointerException if a collection is null
     */
    public Result {
      shown = Collections.unmodifiableSortedSet(new TreeSet<>(shown));
      suppressed = Collections.unmodifiableSortedMap(new TreeMap<>(suppressed));
      absent = Collections.unmodifiableSortedSet(new TreeSet<>(absent));
    }
  }

  private SmallCellSuppression() {}

  /**
   * Applies the rules with the default k of {@value #DEFAULT_MIN_COUNT}.
   *
   * @param counts raters per group; not modified
   * @param totalShown whether a total over all groups is shown next to the breakdown
   * @return which groups are shown, suppressed (and why) or absent
   * @throws NullPointerException if the map, a group name or a count is null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Result apply(Map<String, Integer> counts, boolean totalShown) {
    return apply(counts, totalShown, DEFAULT_MIN_COUNT);
  }

  /**
   * Applies the rules with a chosen k.
   *
   * @param counts raters per group; not modified
   * @param totalShown whether a total over all groups is shown next to the breakdown
   * @param minCount k: the smallest number of raters a group needs to be shown, 1 or more
   * @return which groups are shown, suppressed (and why) or absent
   * @throws NullPointerException if the map, a group name or a count is null
   * @throws IllegalArgumentException if a count is negative or k is below 1
   */
  public static Result apply(Map<String, Integer> counts, boolean totalShown, int minCount) {
    Objects.requireNonNull(counts, "counts");
    if (minCount < 1) {
      throw new IllegalArgumentException("k must be 1 or more, was " + minCount);
    }
    // Sorted by name first, so nothing below depends on the map's iteration order.
    TreeMap<String, Integer> byName = new TreeMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String group = Objects.requireNonNull(e.getKey(), "group name");
      int count = Objects.requireNonNull(e.getValue(), () -> "count of group " + group);
      if (count < 0) {
        throw new IllegalArgumentException(
            "group " + group + ": count must be 0 or more, was " + count);
      }
      byName.put(group, count);
    }

    String[] names = byName.keySet().toArray(new String[0]);
    int[] inNameOrder = new int[names.length];
    int[] byNameCounts = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      inNameOrder[i] = i;
      byNameCounts[i] = byName.get(names[i]);
    }
    Reason[] hidden = new Reason[names.length];
    boolean revealed = decide(byNameCounts, inNameOrder, totalShown, minCount, hidden);
    TreeSet<String> shown = new TreeSet<>();
    TreeMap<String, Reason> suppressed = new TreeMap<>();
    TreeSet<String> absent = new TreeSet<>();
    for (int i = 0; i < names.length; i++) {
      if (hidden[i] != null) {
        suppressed.put(names[i], hidden[i]);
      } else if (byNameCounts[i] == 0) {
        absent.add(names[i]);
      } else {
        shown.add(names[i]);
      }
    }
    return new Result(minCount, shown, suppressed, absent, revealed);
  }

  /**
   * Applies the rules to groups held by index, for a caller that scores many breakdowns over the
   * same groups and wants no maps: the same decisions as {@link #apply(Map, boolean, int)} would
   * make for those groups.
   *
   * @param counts raters per group, 0 or more; not modified
   * @param inNameOrder every index of {@code counts} once, in the order of the groups' names, which
   *     decides between equally small groups; not modified
   * @param totalShown whether a total over all groups is shown next to the breakdown
   * @param minCount k: the smallest number of raters a group needs to be shown, 1 or more
   * @param hidden filled in: for each group, why it is hidden, or {@code null} when it is shown or
   *     has no raters (count 0)
   * @return true when the total would give away the only suppressed group (see {@link
   *     Result#totalRevealsSuppressedGroup()})
   * @throws IllegalArgumentException if a count is negative or k is below 1
   */
  public static boolean decide(
      int[] counts, int[] inNameOrder, boolean totalShown, int minCount, Reason[] hidden) {
    if (minCount < 1) {
      throw new IllegalArgumentException("k must be 1 or more, was " + minCount);
    }
    int suppressed = 0;
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] < 0) {
        throw new IllegalArgumentException(
            "group " + g + ": count must be 0 or more, was " + counts[g]);
      }
      hidden[g] = counts[g] > 0 && counts[g] < minCount ? Reason.FEWER_THAN_K : null;
      suppressed += hidden[g] == null ? 0 : 1;
    }
    if (!totalShown || suppressed != 1) {
      return false;
    }
    int smallest = -1;
    for (int g : inNameOrder) { // name order, so the first of equal counts wins
      if (counts[g] >= minCount && (smallest < 0 || counts[g] < counts[smallest])) {
        smallest = g;
      }
    }
    if (smallest < 0) {
      return true;
    }
    hidden[smallest] = Reason.COMPLEMENTARY;
    return false;
  }
}
