package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import org.coproduction.core.CoProductionException;
import org.coproduction.scoring.agreement.MeasurementScale;
import org.junit.jupiter.api.Test;

/** The defaults, and each rule the settings keep. */
class ScoringSettingsTest {

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    ScoringSettings d = ScoringSettings.defaults();
    assertEquals(3, d.minimumRaters());
    assertEquals(1.0 / 3, d.redFlagShare());
    assertEquals(3, d.minimumGroupSize());
    assertEquals(75, d.tokenismProviderAtLeast());
    assertEquals(50, d.tokenismLivedExperienceAtMost());
    assertEquals(10, d.minimumMeaningfulChange());
    assertEquals(25, d.startingOutFrom());
    assertEquals(50, d.onTheWayFrom());
    assertEquals(75, d.goingStrongFrom());
    assertEquals(MeasurementScale.ORDINAL, d.agreementScale());
    assertEquals(0.667, d.lowAgreementBelow());
    assertEquals(d, ScoringSettings.builder().build());
  }

  @Test
  void noMinimumOfRatersBelowOne() {
    assertRefused(b -> b.minimumRaters(0), "minimumRaters: must be 1 or more, was 0");
  }

  @Test
  void noGroupSizeBelowOne() {
    assertRefused(b -> b.minimumGroupSize(-2), "minimumGroupSize: must be 1 or more, was -2");
  }

  @Test
  void theRedFlagShareIsAboveZeroAndAtMostOne() {
    assertRefused(b -> b.redFlagShare(0), "redFlagShare: must be more than 0 and at most 1, was 0");
    assertRefused(
        b -> b.redFlagShare(1.5), "redFlagShare: must be more than 0 and at most 1, was 1.5");
    assertRefused(
        b -> b.redFlagShare(Double.NaN),
        "redFlagShare: must be more than 0 and at most 1, was NaN");
  }

  @Test
  void tokenismThresholdsAreScoresWithTheLowOneBelowTheHighOne() {
    assertRefused(
        b -> b.tokenismProviderAtLeast(120),
        "tokenismProviderAtLeast: must be between 0 and 100, was 120");
    assertRefused(
        b -> b.tokenismLivedExperienceAtMost(80),
        "tokenismLivedExperienceAtMost: must be below tokenismProviderAtLeast (75), was 80");
  }

  @Test
  void theMinimumMeaningfulChangeIsAboveZero() {
    assertRefused(
        b -> b.minimumMeaningfulChange(0),
        "minimumMeaningfulChange: must be more than 0 and at most 100, was 0");
  }

  @Test
  void bandThresholdsRiseAndStayWithinTheScale() {
    assertRefused(
        b -> b.startingOutFrom(0), "startingOutFrom: must be more than 0 and at most 100, was 0");
    assertRefused(
        b -> b.onTheWayFrom(25), "onTheWayFrom: must be above startingOutFrom (25), was 25");
    assertRefused(
        b -> b.goingStrongFrom(40), "goingStrongFrom: must be above onTheWayFrom (50), was 40");
    assertRefused(
        b -> b.goingStrongFrom(101), "goingStrongFrom: must be between 0 and 100, was 101");
  }

  @Test
  void theLowAgreementThresholdIsAboveZeroAndAtMostOne() {
    assertRefused(
        b -> b.lowAgreementBelow(-0.1),
        "lowAgreementBelow: must be more than 0 and at most 1, was -0.1");
  }

  private static void assertRefused(Consumer<ScoringSettings.Builder> change, String message) {
    ScoringSettings.Builder builder = ScoringSettings.builder();
    change.accept(builder);
    CoProductionException e = assertThrows(CoProductionException.class, builder::build);
    assertEquals(message, e.getMessage());
  }
}
