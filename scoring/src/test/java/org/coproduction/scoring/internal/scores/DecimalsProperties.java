package org.coproduction.scoring.internal.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The quick ways {@link Decimals} works out item scores and writes numbers give exactly what the
 * plain {@link BigDecimal} arithmetic they stand for gives.
 */
class DecimalsProperties {

  @Test
  void itemScoreIsTheBigDecimalQuotientForEveryCountUpTo60() {
    for (int yes = 0; yes <= 60; yes++) {
      for (int partly = 0; partly <= 60; partly++) {
        for (int no = 0; no <= 60; no++) {
          if (yes + partly + no > 0) {
            assertEquals(
                Double.doubleToLongBits(bigDecimalItemScore(yes, partly, no)),
                Double.doubleToLongBits(Decimals.itemScore(yes, partly, no)),
                yes + " " + partly + " " + no);
          }
        }
      }
    }
  }

  @Test
  void itemScoreIsTheBigDecimalQuotientForLargeCounts() {
    qt().forAll(
            longs().between(0, 1_000_000_000L),
            longs().between(0, 1_000_000_000L),
            longs().between(1, 1_000_000_000L))
        .checkAssert(
            (yes, partly, no) ->
                assertEquals(
                    Double.doubleToLongBits(bigDecimalItemScore(yes, partly, no)),
                    Double.doubleToLongBits(Decimals.itemScore(yes, partly, no))));
  }

  @Test
  void itemScoreWithoutAnswersIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Decimals.itemScore(0, 0, 0));
    assertEquals("no scored answers", e.getMessage());
  }

  @Test
  void textIsTheBigDecimalPlainStringForEveryTenthAndThousandth() {
    for (int i = -200_000; i <= 200_000; i++) {
      assertText(i / 10.0);
      assertText(i / 1000.0);
      assertText(i / 3.0);
    }
  }

  @Test
  void textIsTheBigDecimalPlainStringForAnyFiniteNumber() {
    qt().forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(DecimalsProperties::assertText);
    qt().forAll(doubles().between(-1e8, 1e8)).checkAssert(DecimalsProperties::assertText);
    qt().forAll(integers().between(-400, 400), doubles().between(0, 1))
        .checkAssert((exponent, x) -> assertText(x * Math.pow(10, exponent / 20.0)));
  }

  @Test
  void textOfEdgeValues() {
    for (double x :
        new double[] {
          0.0,
          -0.0,
          1e-3,
          9.99e-4,
          1e7,
          9_999_999.5,
          1e15,
          1e16,
          1e20,
          0.002,
          100,
          -100.25,
          Double.MIN_VALUE,
          Double.MAX_VALUE,
          -Double.MAX_VALUE
        }) {
      assertText(x);
    }
    assertEquals("0", Decimals.text(-0.0));
    assertEquals("70", Decimals.text(70.0));
    assertEquals("66.7", Decimals.text(66.7));
    assertEquals("100000000000000000000", Decimals.text(1e20));
  }

  @Test
  void textOfNotANumberFailsAsBigDecimalDoes() {
    assertThrows(NumberFormatException.class, () -> Decimals.text(Double.NaN));
    assertThrows(NumberFormatException.class, () -> Decimals.text(Double.POSITIVE_INFINITY));
  }

  @Test
  void meanIsTheBigDecimalWeightedMeanForScoresAndWeights() {
    Gen<Double> weights =
        integers()
            .between(1, 50)
            .map(x -> x / 10.0)
            .mix(integers().between(1, 5).map(x -> x + 0.0));
    Gen<Double> scores = integers().between(0, 1000).map(x -> x / 10.0);
    qt().forAll(lists().of(weights.zip(scores, Map::entry)).ofSizeBetween(1, 80))
        .checkAssert(DecimalsProperties::assertMean);
  }

  @Test
  void meanIsTheBigDecimalWeightedMeanForAnyPositiveNumbers() {
    Gen<Double> any =
        doubles()
            .between(0, 1e6)
            .mix(doubles().between(1e12, 1e19))
            .mix(doubles().between(0, 1e300), 10)
            .mix(integers().between(0, 100_000).map(x -> x / 1000.0), 40);
    qt().forAll(lists().of(any.assuming(w -> w > 0).zip(any, Map::entry)).ofSizeBetween(1, 12))
        .checkAssert(DecimalsProperties::assertMean);
  }

  private static void assertMean(List<Map.Entry<Double, Double>> terms) {
    Decimals.Mean mean = new Decimals.Mean();
    BigDecimal top = BigDecimal.ZERO;
    BigDecimal bottom = BigDecimal.ZERO;
    for (Map.Entry<Double, Double> term : terms) {
      mean.add(Decimals.exact(term.getKey()), Decimals.exact(term.getValue()));
      BigDecimal w = BigDecimal.valueOf(term.getKey());
      top = top.add(w.multiply(BigDecimal.valueOf(term.getValue())));
      bottom = bottom.add(w);
    }
    double expected = top.divide(bottom, 1, RoundingMode.HALF_UP).doubleValue();
    assertEquals(
        Double.doubleToLongBits(expected), Double.doubleToLongBits(mean.value()), terms.toString());
  }

  private static void assertText(double x) {
    assertEquals(BigDecimal.valueOf(x).stripTrailingZeros().toPlainString(), Decimals.text(x));
  }

  private static double bigDecimalItemScore(long yes, long partly, long no) {
    return BigDecimal.valueOf(200 * yes + 100 * partly)
        .divide(BigDecimal.valueOf(2 * (yes + partly + no)), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
