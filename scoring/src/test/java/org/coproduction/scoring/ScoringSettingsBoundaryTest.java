package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

/** The tokenism thresholds at the edges of what the settings accept. */
class ScoringSettingsBoundaryTest {

  @Test
  void theLivedExperienceThresholdIsAScoreToo() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> ScoringSettings.builder().tokenismLivedExperienceAtMost(-5).build());
    assertEquals(
        "tokenismLivedExperienceAtMost: must be between 0 and 100, was -5", e.getMessage());
  }

  @Test
  void equalTokenismThresholdsAreRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> ScoringSettings.builder().tokenismLivedExperienceAtMost(75).build());
    assertEquals(
        "tokenismLivedExperienceAtMost: must be below tokenismProviderAtLeast (75), was 75",
        e.getMessage());
  }

  @Test
  void thresholdsJustApartAreAccepted() {
    ScoringSettings s =
        ScoringSettings.builder()
            .tokenismProviderAtLeast(50.1)
            .tokenismLivedExperienceAtMost(50)
            .build();
    assertEquals(50.1, s.tokenismProviderAtLeast());
  }
}
