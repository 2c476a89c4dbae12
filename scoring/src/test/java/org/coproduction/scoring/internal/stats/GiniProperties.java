package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the Gini coefficient over any non-negative values. */
class GiniProperties {
  private static final double CLOSE = 1e-12;

  @Test
  void matchesTheDefinitionAsAMeanAbsoluteDifference() {
    qt().forAll(StatsGenerators.nonNegativeValues())
        .checkAssert(
            values -> {
              OptionalDouble g = Gini.plain(values);
              double sum = Arrays.stream(values).sum();
              if (values.length < 2 || sum == 0) {
                assertTrue(g.isEmpty());
                assertTrue(Gini.sampleCorrected(values).isEmpty());
                return;
              }
              double differences = 0;
              for (double a : values) {
                for (double b : values) {
                  differences += Math.abs(a - b);
                }
              }
              int n = values.length;
              double mean = sum / n;
              assertEquals(differences / (2.0 * n * n * mean), g.getAsDouble(), CLOSE);
              assertEquals(
                  g.getAsDouble() * n / (n - 1), Gini.sampleCorrected(values).getAsDouble(), CLOSE);
            });
  }

  @Test
  void staysWithinItsBounds() {
    qt().forAll(StatsGenerators.nonNegativeValues())
        .checkAssert(
            values -> {
              if (Gini.plain(values).isEmpty()) {
                return; // no inequality to measure; covered above
              }
              int n = values.length;
              double plain = Gini.plain(values).getAsDouble();
              double corrected = Gini.sampleCorrected(values).getAsDouble();
              assertTrue(plain >= 0 && plain <= (n - 1.0) / n + CLOSE, "plain " + plain);
              assertTrue(corrected >= 0 && corrected <= 1 + CLOSE, "corrected " + corrected);
            });
  }

  @Test
  void permutingPeopleChangesNothing() {
    qt().forAll(StatsGenerators.nonNegativeValues(), longs().all())
        .checkAssert(
            (values, seed) -> {
              double[] shuffled = values.clone();
              Random random = new Random(seed);
              for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
              }
              for (Gini.Form form : Gini.Form.values()) {
                assertEquals(Gini.of(values, form), Gini.of(shuffled, form));
              }
            });
  }

  @Test
  void scalingAllReturnsChangesNothing() {
    qt().forAll(StatsGenerators.nonNegativeValues(), integers().between(1, 1000))
        .checkAssert(
            (values, factor) -> {
              double[] scaled = Arrays.stream(values).map(x -> x * factor / 8.0).toArray();
              for (Gini.Form form : Gini.Form.values()) {
                OptionalDouble before = Gini.of(values, form);
                OptionalDouble after = Gini.of(scaled, form);
                assertEquals(before.isPresent(), after.isPresent());
                if (before.isPresent()) {
                  assertEquals(before.getAsDouble(), after.getAsDouble(), CLOSE);
                }
              }
            });
  }

  @Test
  void equalValuesGiveZero() {
    qt().forAll(integers().between(2, 20), integers().between(1, 10_000))
        .checkAssert(
            (n, cents) -> {
              double[] values = new double[n];
              Arrays.fill(values, cents / 100.0);
              assertEquals(0.0, Gini.plain(values).getAsDouble());
              assertEquals(0.0, Gini.sampleCorrected(values).getAsDouble());
            });
  }

  @Test
  void onePersonHoldingEverythingGivesTheMaximum() {
    qt().forAll(integers().between(2, 50), integers().between(1, 10_000), integers().between(0, 49))
        .checkAssert(
            (n, amount, position) -> {
              double[] values = new double[n];
              values[position % n] = amount;
              assertEquals((n - 1.0) / n, Gini.plain(values).getAsDouble(), CLOSE);
              assertEquals(1.0, Gini.sampleCorrected(values).getAsDouble(), CLOSE);
            });
  }
}
