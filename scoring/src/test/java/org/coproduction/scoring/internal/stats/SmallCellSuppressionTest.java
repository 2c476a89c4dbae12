package org.coproduction.scoring.internal.stats;

import static org.coproduction.scoring.internal.stats.SmallCellSuppression.Reason.COMPLEMENTARY;
import static org.coproduction.scoring.internal.stats.SmallCellSuppression.Reason.FEWER_THAN_K;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coproduction.scoring.internal.stats.SmallCellSuppression.Reason;
import org.coproduction.scoring.internal.stats.SmallCellSuppression.Result;
import org.junit.jupiter.api.Test;

/** Each suppression rule on a small breakdown by interest group. */
class SmallCellSuppressionTest {

  private static Result result(
      Set<String> shown, Map<String, Reason> suppressed, Set<String> absent, boolean reveals) {
    return new Result(
        SmallCellSuppression.DEFAULT_MIN_COUNT,
        new TreeSet<>(shown),
        new TreeMap<>(suppressed),
        new TreeSet<>(absent),
        reveals);
  }

  @Test
  void groupsBelowThreeRatersAreSuppressedWithoutATotal() {
    Map<String, Integer> counts =
        Map.of("carers", 2, "people-who-use-services", 6, "staff", 1, "managers", 3);
    assertEquals(
        result(
            Set.of("managers", "people-who-use-services"),
            Map.of("carers", FEWER_THAN_K, "staff", FEWER_THAN_K),
            Set.of(),
            false),
        SmallCellSuppression.apply(counts, false));
  }

  @Test
  void aLoneSmallGroupNextToATotalTakesTheSmallestShownGroupWithIt() {
    // carers (2) could be found as total minus the others, so the smallest shown group goes too.
    Map<String, Integer> counts = Map.of("carers", 2, "people-who-use-services", 6, "staff", 4);
    assertEquals(
        result(
            Set.of("people-who-use-services"),
            Map.of("carers", FEWER_THAN_K, "staff", COMPLEMENTARY),
            Set.of(),
            false),
        SmallCellSuppression.apply(counts, true));
  }

  @Test
  void withoutATotalALoneSmallGroupIsEnough() {
    Map<String, Integer> counts = Map.of("carers", 2, "people-who-use-services", 6, "staff", 4);
    assertEquals(
        Map.of("carers", FEWER_THAN_K), SmallCellSuppression.apply(counts, false).suppressed());
  }

  @Test
  void equallySmallGroupsAreChosenByName() {
    Map<String, Integer> counts =
        Map.of("staff", 4, "managers", 4, "carers", 1, "commissioners", 9);
    Result result = SmallCellSuppression.apply(counts, true);
    assertEquals(Map.of("carers", FEWER_THAN_K, "managers", COMPLEMENTARY), result.suppressed());
    assertEquals(Set.of("commissioners", "staff"), result.shown());
  }

  @Test
  void twoSmallGroupsNeedNoComplement() {
    Map<String, Integer> counts = Map.of("carers", 2, "staff", 1, "managers", 5);
    Result result = SmallCellSuppression.apply(counts, true);
    assertEquals(Map.of("carers", FEWER_THAN_K, "staff", FEWER_THAN_K), result.suppressed());
    assertEquals(Set.of("managers"), result.shown());
  }

  @Test
  void groupsWithNoRatersAreAbsentNotSuppressed() {
    // A group nobody answered for has no value to hide; it does not count as the lone small group.
    Map<String, Integer> counts = Map.of("carers", 0, "staff", 5, "managers", 4);
    assertEquals(
        result(Set.of("managers", "staff"), Map.of(), Set.of("carers"), false),
        SmallCellSuppression.apply(counts, true));
  }

  @Test
  void anAbsentGroupIsNotUsedAsTheComplement() {
    Map<String, Integer> counts = Map.of("carers", 0, "staff", 2, "managers", 4);
    assertEquals(
        result(
            Set.of(),
            Map.of("staff", FEWER_THAN_K, "managers", COMPLEMENTARY),
            Set.of("carers"),
            false),
        SmallCellSuppression.apply(counts, true));
  }

  @Test
  void aTotalOverOneSmallGroupWouldRevealIt() {
    Map<String, Integer> counts = Map.of("carers", 2, "staff", 0);
    Result result = SmallCellSuppression.apply(counts, true);
    assertEquals(Map.of("carers", FEWER_THAN_K), result.suppressed());
    assertTrue(result.totalRevealsSuppressedGroup());
    assertFalse(SmallCellSuppression.apply(counts, false).totalRevealsSuppressedGroup());
  }

  @Test
  void everyGroupSmallLeavesNothingShown() {
    Map<String, Integer> counts = Map.of("carers", 2, "staff", 1);
    Result result = SmallCellSuppression.apply(counts, true);
    assertEquals(Set.of(), result.shown());
    assertEquals(2, result.suppressed().size());
    assertFalse(result.totalRevealsSuppressedGroup());
  }

  @Test
  void aChosenThresholdIsUsed() {
    Map<String, Integer> counts = Map.of("carers", 4, "staff", 5, "managers", 9);
    Result result = SmallCellSuppression.apply(counts, true, 5);
    assertEquals(5, result.minCount());
    assertEquals(Map.of("carers", FEWER_THAN_K, "staff", COMPLEMENTARY), result.suppressed());
  }

  @Test
  void noGroupsMeansNothingToDecide() {
    assertEquals(
        result(Set.of(), Map.of(), Set.of(), false), SmallCellSuppression.apply(Map.of(), true));
  }

  @Test
  void aNegativeCountIsRejectedWithItsGroup() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SmallCellSuppression.apply(Map.of("staff", -1), false));
    assertEquals("group staff: count must be 0 or more, was -1", e.getMessage());
  }

  @Test
  void aThresholdBelowOneIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SmallCellSuppression.apply(Map.of("staff", 1), false, 0));
    assertEquals("k must be 1 or more, was 0", e.getMessage());
  }

  @Test
  void aMissingCountIsRejectedWithItsGroup() {
    Map<String, Integer> counts = new HashMap<>();
    counts.put("staff", null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SmallCellSuppression.apply(counts, false));
    assertEquals("count of group staff", e.getMessage());
  }

  @Test
  void theResultCannotBeChanged() {
    Result result = SmallCellSuppression.apply(Map.of("staff", 1, "carers", 5), true);
    assertThrows(UnsupportedOperationException.class, () -> result.shown().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> result.suppressed().clear());
    assertThrows(UnsupportedOperationException.class, () -> result.absent().add("x"));
  }
}
