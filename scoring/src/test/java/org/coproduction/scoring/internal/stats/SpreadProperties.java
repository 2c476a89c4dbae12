package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the spread of a rater group's scores. */
class SpreadProperties {
  private static final double CLOSE = 1e-12;

  @Test
  void agreesWithTheDefinitions() {
    qt().forAll(StatsGenerators.answerScores())
        .checkAssert(
            scores -> {
              Optional<Spread> spread = Spread.of(scores);
              assertEquals(scores.length == 0, spread.isEmpty());
              if (scores.length == 0) {
                return;
              }
              int n = scores.length;
              double mean = Arrays.stream(scores).sum() / n;
              double variance = Arrays.stream(scores).map(x -> (x - mean) * (x - mean)).sum() / n;
              long mostCommon =
                  Arrays.stream(scores)
                      .mapToLong(x -> Arrays.stream(scores).filter(y -> y == x).count())
                      .max()
                      .getAsLong();
              Spread s = spread.orElseThrow();
              assertEquals(n, s.count());
              assertEquals(mean, s.mean(), CLOSE);
              assertEquals(Math.sqrt(variance), s.standardDeviation(), CLOSE);
              assertEquals((double) mostCommon / n, s.modalShare(), CLOSE);
            });
  }

  @Test
  void noSpreadExactlyWhenAllAgree() {
    qt().forAll(StatsGenerators.answerScores())
        .checkAssert(
            scores -> {
              if (scores.length == 0) {
                return;
              }
              Spread s = Spread.of(scores).orElseThrow();
              boolean unanimous = Arrays.stream(scores).distinct().count() == 1;
              assertEquals(unanimous, s.standardDeviation() == 0);
              assertEquals(unanimous, s.modalShare() == 1);
              double range =
                  Arrays.stream(scores).max().getAsDouble()
                      - Arrays.stream(scores).min().getAsDouble();
              assertTrue(s.standardDeviation() <= range / 2 + CLOSE, "SD at most half the range");
              assertTrue(s.modalShare() >= 1.0 / 3 - CLOSE, "three possible answers");
            });
  }

  @Test
  void permutingRatersChangesNothing() {
    qt().forAll(StatsGenerators.answerScores(), longs().all())
        .checkAssert(
            (scores, seed) -> {
              double[] shuffled = scores.clone();
              Random random = new Random(seed);
              for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
              }
              assertEquals(Spread.of(scores), Spread.of(shuffled));
            });
  }
}
