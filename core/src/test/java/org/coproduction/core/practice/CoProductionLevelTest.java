package org.coproduction.core.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoProductionLevelTest {

  @Test
  void atTheDescriptiveLevelCoProductionIsHardlyRecognised() {
    String text = CoProductionLevel.DESCRIPTIVE.description();
    // The guide: co-production "is not really recognised" at this level.
    assertTrue(text.contains("hardly recognised"), text);
    assertFalse(text.contains("recognise what"), text);
    assertTrue(text.contains("cannot challenge how services are run"), text);
  }

  @Test
  void theIntermediateLevelKeepsTheGuidesOwnExample() {
    String text = CoProductionLevel.INTERMEDIATE.description();
    assertTrue(text.contains("recruiting and training professionals"), text);
    assertFalse(text.contains("time bank"), text);
  }

  @Test
  void recognitionAsExpertsMarksTheTransformativeLevel() {
    assertTrue(
        CoProductionLevel.TRANSFORMATIVE.description().contains("experts in their own right"));
  }

  @Test
  void everyLevelCitesTheGuidesDefinitions() {
    for (CoProductionLevel level : CoProductionLevel.values()) {
      assertEquals("Defining co-production", level.source().section(), level.name());
      assertTrue(level.source().publication().isPresent(), level.name());
    }
  }
}
