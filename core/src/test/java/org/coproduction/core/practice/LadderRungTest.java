package org.coproduction.core.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderRungTest {

  @Test
  void theRungsRunFromCoercionUpToCoProduction() {
    assertEquals(
        List.of(
            LadderRung.COERCION,
            LadderRung.EDUCATING,
            LadderRung.INFORMING,
            LadderRung.CONSULTATION,
            LadderRung.ENGAGEMENT,
            LadderRung.CO_DESIGN,
            LadderRung.CO_PRODUCTION),
        List.of(LadderRung.values()));
  }

  @Test
  void eachRungIsAboveEveryRungBelowItAndNoOther() {
    LadderRung[] rungs = LadderRung.values();
    for (int i = 0; i < rungs.length; i++) {
      for (int j = 0; j < rungs.length; j++) {
        assertEquals(i > j, rungs[i].isAbove(rungs[j]), rungs[i] + " above " + rungs[j]);
      }
    }
  }

  @Test
  void coProductionIsTheTopAndCoercionTheBottom() {
    for (LadderRung r : LadderRung.values()) {
      assertFalse(r.isAbove(LadderRung.CO_PRODUCTION), r.name());
      assertFalse(LadderRung.COERCION.isAbove(r), r.name());
    }
  }

  @Test
  void onlyCoProductionNeedsNoReason() {
    assertFalse(LadderRung.CO_PRODUCTION.needsReason());
    for (LadderRung r : LadderRung.values()) {
      if (r != LadderRung.CO_PRODUCTION) {
        assertTrue(r.needsReason(), r.name());
      }
    }
  }

  @Test
  void theLevelsRunFromDescriptiveToTransformative() {
    assertEquals(
        List.of(
            CoProductionLevel.DESCRIPTIVE,
            CoProductionLevel.INTERMEDIATE,
            CoProductionLevel.TRANSFORMATIVE),
        List.of(CoProductionLevel.values()));
  }
}
