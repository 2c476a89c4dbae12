package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.coproduction.scoring.internal.stats.AlphaResult.Outcome;
import org.junit.jupiter.api.Test;

/** Properties of Krippendorff's alpha that hold for any reliability matrix. */
class KrippendorffAlphaProperties {

  @Test
  void permutingUnitsChangesNothing() {
    qt().forAll(StatsGenerators.reliabilityMatrices(), longs().all())
        .checkAssert(
            (units, seed) -> {
              for (MeasurementLevel level : MeasurementLevel.values()) {
                assertEquals(
                    KrippendorffAlpha.compute(units, level),
                    KrippendorffAlpha.compute(StatsGenerators.shuffleUnits(units, seed), level));
              }
            });
  }

  @Test
  void permutingRatersChangesNothing() {
    qt().forAll(StatsGenerators.reliabilityMatrices(), longs().all())
        .checkAssert(
            (units, seed) -> {
              for (MeasurementLevel level : MeasurementLevel.values()) {
                assertEquals(
                    KrippendorffAlpha.compute(units, level),
                    KrippendorffAlpha.compute(StatsGenerators.shuffleRaters(units, seed), level));
              }
            });
  }

  @Test
  void alphaIsAtMostOneAndExistsExactlyWhenPairableValuesVary() {
    qt().forAll(StatsGenerators.reliabilityMatrices())
        .checkAssert(
            units -> {
              long distinct =
                  Arrays.stream(units)
                      .map(KrippendorffAlphaProperties::present)
                      .filter(values -> values.length >= 2)
                      .flatMapToDouble(Arrays::stream)
                      .distinct()
                      .count();
              for (MeasurementLevel level : MeasurementLevel.values()) {
                AlphaResult result = KrippendorffAlpha.compute(units, level);
                Outcome expected =
                    distinct == 0
                        ? Outcome.NO_PAIRABLE_VALUES
                        : distinct == 1 ? Outcome.NO_VARIATION : Outcome.COMPUTED;
                assertEquals(expected, result.outcome());
                assertEquals(expected == Outcome.COMPUTED, result.value().isPresent());
                if (expected == Outcome.COMPUTED) {
                  assertTrue(result.alpha() <= 1, "alpha " + result.alpha());
                }
              }
            });
  }

  @Test
  void perfectAgreementWithVariationIsExactlyOne() {
    qt().forAll(StatsGenerators.reliabilityMatrices())
        .assuming(units -> units.length > 0 && units[0].length >= 2)
        .checkAssert(
            units -> {
              // Every rater copies the first rater's value; cells missing stay missing.
              double[][] agreed = new double[units.length][];
              for (int u = 0; u < units.length; u++) {
                agreed[u] = units[u].clone();
                for (int r = 0; r < agreed[u].length; r++) {
                  if (!Double.isNaN(agreed[u][r])) {
                    agreed[u][r] = u % 3 + 1.0;
                  }
                }
              }
              for (MeasurementLevel level : MeasurementLevel.values()) {
                AlphaResult result = KrippendorffAlpha.compute(agreed, level);
                if (result.outcome() == Outcome.COMPUTED) {
                  assertEquals(1.0, result.alpha());
                }
              }
            });
  }

  @Test
  void unpairableUnitsChangeNothing() {
    qt().forAll(StatsGenerators.reliabilityMatrices())
        .checkAssert(
            units -> {
              double[][] more = Arrays.copyOf(units, units.length + 2);
              more[units.length] = new double[] {KrippendorffAlpha.MISSING, 4};
              more[units.length + 1] = new double[] {KrippendorffAlpha.MISSING};
              for (MeasurementLevel level : MeasurementLevel.values()) {
                assertEquals(
                    KrippendorffAlpha.compute(units, level),
                    KrippendorffAlpha.compute(more, level));
              }
            });
  }

  @Test
  void ordinalAlphaDependsOnlyOnTheOrderOfValues() {
    qt().forAll(StatsGenerators.reliabilityMatrices())
        .checkAssert(
            units -> {
              double[][] stretched = transform(units, x -> x * x * x + 7);
              AlphaResult before = KrippendorffAlpha.compute(units, MeasurementLevel.ORDINAL);
              AlphaResult after = KrippendorffAlpha.compute(stretched, MeasurementLevel.ORDINAL);
              assertEquals(before.outcome(), after.outcome());
              assertEquals(before.alpha(), after.alpha());
            });
  }

  @Test
  void intervalAlphaDoesNotDependOnUnitOrOrigin() {
    qt().forAll(StatsGenerators.reliabilityMatrices())
        .checkAssert(
            units -> {
              double[][] rescaled = transform(units, x -> -2.5 * x + 40);
              AlphaResult before = KrippendorffAlpha.compute(units, MeasurementLevel.INTERVAL);
              AlphaResult after = KrippendorffAlpha.compute(rescaled, MeasurementLevel.INTERVAL);
              assertEquals(before.outcome(), after.outcome());
              if (before.outcome() == Outcome.COMPUTED) {
                assertEquals(before.alpha(), after.alpha(), 1e-9);
              }
            });
  }

  private static double[] present(double[] unit) {
    return Arrays.stream(unit).filter(x -> !Double.isNaN(x)).toArray();
  }

  private static double[][] transform(double[][] units, DoubleUnaryOperator f) {
    double[][] out = new double[units.length][];
    for (int u = 0; u < units.length; u++) {
      out[u] = Arrays.stream(units[u]).map(x -> Double.isNaN(x) ? x : f.applyAsDouble(x)).toArray();
    }
    return out;
  }
}
