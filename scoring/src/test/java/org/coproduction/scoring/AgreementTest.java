package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.agreement.Alpha;
import org.coproduction.scoring.agreement.AlphaOutcome;
import org.coproduction.scoring.agreement.MeasurementScale;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha on the scores, with values worked out by hand from the coincidence matrix
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011): alpha = 1 − (n − 1) Σ o_ck
 * δ²_ck / Σ n_c n_k δ²_ck over ordered pairs of different values.
 */
class AgreementTest {

  @Test
  void twoItemsOneUnanimousOneSplitGiveAlphaOfThreeEighths() {
    // notice: Y, Y, Y; expenses: N, N, Y. Pairable values: four 1s and two 0s, n = 6.
    // Coincidences of different values: expenses (m = 3) gives o_01 = o_10 = 2 / 2 = 1.
    // With two values every scale gives the same alpha: 1 − 5 × 2 / (2 × 4 × 2) = 3/8.
    Score overall =
        round().rater(USERS, Y, N).rater(USERS, Y, N).rater(STAFF, Y, Y).score().overall();
    Agreement agreement = overall.agreement();
    for (Alpha alpha : List.of(agreement.nominal(), agreement.ordinal(), agreement.interval())) {
      assertEquals(AlphaOutcome.COMPUTED, alpha.outcome());
      assertEquals(Optional.of(0.375), alpha.value());
      assertEquals(6, alpha.pairableAnswers());
      assertEquals(2, alpha.itemsUsed());
    }
    assertTrue(agreement.lowAgreement());
    assertEquals(
        "Ordinal alpha is 0.375 over 2 items and 6 answers, below 0.667: raters agree too little"
            + " to lean on this score.",
        agreement.explanation());
    assertEquals(
        List.of(
            "Raters disagree: ordinal alpha is 0.375, below 0.667, so this score rests on raters"
                + " who see things differently."),
        overall.warnings());
  }

  @Test
  void threeAnswerValuesTellTheScalesApart() {
    // Two raters: notice Y, P; expenses P, N; ideas Y, Y. Values 0 (n=1), 0.5 (n=2), 1 (n=3).
    // Coincidences: o(1, .5) = o(.5, 1) = 1; o(.5, 0) = o(0, .5) = 1; o(1, 1) = 2.
    // Nominal: 1 − 5 × 4 / (36 − 1 − 4 − 9) = 1 − 20/22 = 0.091.
    // Interval: δ² is .25, .25 and 1; observed 4 × .25 = 1; expected
    //   2 × (3·2·.25 + 2·1·.25 + 3·1·1) = 10; 1 − 5 × 1 / 10 = 0.5.
    // Ordinal: δ(0,.5) = 3 − 1.5 = 1.5, δ(.5,1) = 5 − 2.5 = 2.5, δ(0,1) = 6 − 2 = 4; observed
    //   2 × 6.25 + 2 × 2.25 = 17; expected 2 × (3·2·6.25 + 2·1·2.25 + 3·1·16) = 180;
    //   1 − 5 × 17 / 180 = 0.528.
    Agreement agreement =
        round()
            .rater(USERS, Y, P, Y)
            .rater(STAFF, P, N, Y)
            .score(ScoringSettings.builder().minimumRaters(2).build())
            .overall()
            .agreement();
    assertEquals(Optional.of(0.091), agreement.nominal().value());
    assertEquals(Optional.of(0.528), agreement.ordinal().value());
    assertEquals(Optional.of(0.5), agreement.interval().value());
    assertTrue(agreement.lowAgreement());
  }

  @Test
  void theScaleAndThresholdForTheWarningAreSettings() {
    ScoringSettings lenient =
        ScoringSettings.builder()
            .minimumRaters(2)
            .agreementScale(MeasurementScale.INTERVAL)
            .lowAgreementBelow(0.5)
            .build();
    Score overall = round().rater(USERS, Y, P, Y).rater(STAFF, P, N, Y).score(lenient).overall();
    assertFalse(overall.agreement().lowAgreement());
    assertEquals(List.of(), overall.warnings());
    assertEquals(
        "Interval alpha is 0.5 over 3 items and 6 answers, at least 0.5: raters agree enough to"
            + " draw conclusions.",
        overall.agreement().explanation());
  }

  @Test
  void withNoVariationAlphaIsUndefinedAndNoWarningIsGiven() {
    Score overall = round().raters(3, USERS, Y, Y).score().overall();
    Agreement agreement = overall.agreement();
    assertEquals(AlphaOutcome.NO_VARIATION, agreement.ordinal().outcome());
    assertEquals(Optional.empty(), agreement.ordinal().value());
    assertEquals(6, agreement.ordinal().pairableAnswers());
    assertFalse(agreement.lowAgreement());
    assertEquals(List.of(), overall.warnings());
    assertEquals(
        "Every answer to these items was the same, so there is no variation to measure agreement"
            + " against: alpha is undefined, not 1, and no warning is given.",
        agreement.explanation());
  }

  @Test
  void itemsAnsweredByOneRaterEachCannotBePaired() {
    Agreement agreement =
        round()
            .rater(USERS, Y)
            .rater(STAFF, null, N)
            .score(ScoringSettings.builder().minimumRaters(1).build())
            .overall()
            .agreement();
    assertEquals(AlphaOutcome.NO_PAIRABLE_ANSWERS, agreement.ordinal().outcome());
    assertEquals(0, agreement.ordinal().itemsUsed());
    assertFalse(agreement.lowAgreement());
    assertEquals(
        "No item here was answered by two or more raters, so agreement cannot be measured.",
        agreement.explanation());
  }

  @Test
  void eachPieceOfTheJigsawWithSeveralItemsHasItsOwnAlpha() {
    // practice holds notice (Y, Y, Y) and ideas (N, N, Y): the same 3/8 as above
    ScoreReport report =
        round().rater(USERS, Y, null, N).rater(USERS, Y, null, N).rater(STAFF, Y, null, Y).score();
    Score practice = area(report, JigsawArea.PRACTICE);
    assertEquals(Optional.of(0.375), practice.agreement().ordinal().value());
    assertEquals(1, practice.warnings().size());
  }

  @Test
  void aGroupOfOneItemHasNoAlphaBecauseItWouldBeZeroWhateverRatersSaid() {
    ScoreReport report = round().rater(USERS, Y, N).rater(USERS, Y, N).rater(STAFF, Y, Y).score();
    // structure holds only expenses (N, N, Y)
    Score structure = area(report, JigsawArea.STRUCTURE);
    Agreement agreement = structure.agreement();
    for (Alpha alpha : List.of(agreement.nominal(), agreement.ordinal(), agreement.interval())) {
      assertEquals(AlphaOutcome.SINGLE_ITEM, alpha.outcome());
      assertEquals(Optional.empty(), alpha.value());
      assertEquals(1, alpha.itemsUsed());
      assertEquals(3, alpha.pairableAnswers());
    }
    assertFalse(agreement.lowAgreement());
    assertEquals(List.of(), structure.warnings());
    assertEquals(
        "Only one item here has answers from two or more raters; alpha compares disagreement"
            + " within items with the differences across items, so with one item it is 0 by"
            + " construction and is not given: the item's spread shows how far raters agree.",
        agreement.explanation());
  }

  private static Score area(ScoreReport report, JigsawArea area) {
    return report.areas().stream().filter(a -> a.area() == area).findFirst().orElseThrow().score();
  }
}
