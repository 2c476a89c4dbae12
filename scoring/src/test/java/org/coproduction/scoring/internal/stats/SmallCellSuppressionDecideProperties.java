package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deciding over groups held by index gives the decisions of the rules applied over names. */
class SmallCellSuppressionDecideProperties {

  @Test
  void decideByIndexMatchesApplyByName() {
    qt().forAll(StatsGenerators.groupCounts(), booleans().all(), integers().between(1, 5))
        .checkAssert(
            (counts, totalShown, k) -> {
              // The groups by index in the map's own order; the name order is passed in.
              List<String> names = new ArrayList<>(counts.keySet());
              int[] byIndex = names.stream().mapToInt(counts::get).toArray();
              int[] inNameOrder =
                  names.stream()
                      .sorted(Comparator.naturalOrder())
                      .mapToInt(names::indexOf)
                      .toArray();
              SmallCellSuppression.Reason[] hidden = new SmallCellSuppression.Reason[names.size()];
              boolean revealed =
                  SmallCellSuppression.decide(byIndex, inNameOrder, totalShown, k, hidden);

              SmallCellSuppression.Result expected =
                  SmallCellSuppression.apply(counts, totalShown, k);
              assertEquals(expected.totalRevealsSuppressedGroup(), revealed);
              Map<String, SmallCellSuppression.Reason> suppressed = new LinkedHashMap<>();
              for (int g = 0; g < names.size(); g++) {
                if (hidden[g] != null) {
                  suppressed.put(names.get(g), hidden[g]);
                }
              }
              assertEquals(expected.suppressed(), suppressed);
            });
  }

  @Test
  void aNegativeCountIsRejectedWithItsIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SmallCellSuppression.decide(
                    new int[] {3, -1},
                    new int[] {0, 1},
                    true,
                    3,
                    new SmallCellSuppression.Reason[2]));
    assertEquals("group 1: count must be 0 or more, was -1", e.getMessage());
  }
}
