package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.coproduction.scoring.internal.stats.SmallCellSuppression.Reason;
import org.coproduction.scoring.internal.stats.SmallCellSuppression.Result;
import org.junit.jupiter.api.Test;

/** Small-cell suppression never lets a small group be seen or worked out. */
class SmallCellSuppressionProperties {

  @Test
  void noGroupUnderKIsShownAndEveryGroupIsPlacedOnce() {
    qt().forAll(StatsGenerators.groupCounts(), booleans().all(), integers().between(1, 6))
        .checkAssert(
            (counts, total, k) -> {
              Result result = SmallCellSuppression.apply(counts, total, k);
              Set<String> placed = new HashSet<>(result.shown());
              placed.addAll(result.suppressed().keySet());
              placed.addAll(result.absent());
              assertEquals(counts.keySet(), placed);
              assertEquals(
                  counts.size(),
                  result.shown().size() + result.suppressed().size() + result.absent().size());
              counts.forEach(
                  (group, count) -> {
                    assertEquals(count == 0, result.absent().contains(group), group);
                    if (count > 0 && count < k) {
                      assertEquals(Reason.FEWER_THAN_K, result.suppressed().get(group), group);
                    }
                    if (result.shown().contains(group)) {
                      assertTrue(count >= k, group);
                    }
                  });
            });
  }

  @Test
  void withATotalNeverExactlyOneSuppressedGroupUnlessItIsTheOnlyOne() {
    qt().forAll(StatsGenerators.groupCounts(), integers().between(1, 6))
        .checkAssert(
            (counts, k) -> {
              Result result = SmallCellSuppression.apply(counts, true, k);
              long withRaters = counts.values().stream().filter(c -> c > 0).count();
              if (result.suppressed().size() == 1) {
                assertEquals(1, withRaters);
                assertTrue(result.totalRevealsSuppressedGroup());
              } else {
                assertFalse(result.totalRevealsSuppressedGroup());
              }
            });
  }

  @Test
  void complementarySuppressionHidesOnlyTheSmallestShownGroup() {
    qt().forAll(StatsGenerators.groupCounts(), booleans().all(), integers().between(1, 6))
        .checkAssert(
            (counts, total, k) -> {
              Result result = SmallCellSuppression.apply(counts, total, k);
              List<String> complements = new ArrayList<>();
              result
                  .suppressed()
                  .forEach(
                      (group, reason) -> {
                        if (reason == Reason.COMPLEMENTARY) {
                          complements.add(group);
                        }
                      });
              long small = counts.values().stream().filter(c -> c > 0 && c < k).count();
              boolean anyLarge = counts.values().stream().anyMatch(c -> c >= k);
              assertEquals(total && small == 1 && anyLarge ? 1 : 0, complements.size());
              for (String complement : complements) {
                for (String shown : result.shown()) {
                  int byCount = Integer.compare(counts.get(complement), counts.get(shown));
                  assertTrue(byCount < 0 || (byCount == 0 && complement.compareTo(shown) < 0));
                }
              }
            });
  }

  @Test
  void theResultDoesNotDependOnMapOrder() {
    qt().forAll(StatsGenerators.groupCounts(), booleans().all(), longs().all())
        .checkAssert(
            (counts, total, seed) -> {
              List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
              Collections.shuffle(entries, new Random(seed));
              Map<String, Integer> shuffled = new LinkedHashMap<>();
              entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
              Map<String, Integer> reversed = new TreeMap<>(Collections.reverseOrder());
              reversed.putAll(counts);
              Result expected = SmallCellSuppression.apply(counts, total);
              assertEquals(expected, SmallCellSuppression.apply(shuffled, total));
              assertEquals(expected, SmallCellSuppression.apply(reversed, total));
              assertEquals(expected, SmallCellSuppression.apply(new HashMap<>(counts), total));
            });
  }
}
