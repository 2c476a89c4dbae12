package org.coproduction.checklist.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

class RecordCheckSettingsTest {

  @Test
  void theDefaultsAskForTwoWeeksNoticeAndHalfForPartly() {
    RecordCheckSettings d = RecordCheckSettings.defaults();
    assertEquals(14, d.minimumNoticeDays());
    assertEquals(0.5, d.partlyShare());
    assertEquals(RecordCheckSettings.of(14, 0.5), d);
  }

  @Test
  void changingOneThresholdKeepsTheOther() {
    RecordCheckSettings s = RecordCheckSettings.defaults().withMinimumNoticeDays(21);
    assertEquals(RecordCheckSettings.of(21, 0.5), s);
    assertEquals(RecordCheckSettings.of(21, 1), s.withPartlyShare(1));
  }

  @Test
  void aNoticeThresholdOfZeroDaysIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RecordCheckSettings.of(0, 0.5));
    assertEquals("minimumNoticeDays: must be between 1 and 365, was 0", e.getMessage());
  }

  @Test
  void aNoticeThresholdOverAYearIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> RecordCheckSettings.defaults().withMinimumNoticeDays(400));
    assertEquals("minimumNoticeDays: must be between 1 and 365, was 400", e.getMessage());
  }

  @Test
  void aPartlyShareOfZeroIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RecordCheckSettings.of(14, 0));
    assertEquals("partlyShare: must be more than 0 and at most 1, was 0", e.getMessage());
  }

  @Test
  void aPartlyShareAboveOneIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RecordCheckSettings.of(14, 1.5));
    assertEquals("partlyShare: must be more than 0 and at most 1, was 1.5", e.getMessage());
  }

  @Test
  void aPartlyShareThatIsNotANumberIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RecordCheckSettings.of(14, Double.NaN));
    assertEquals("partlyShare: must be more than 0 and at most 1, was NaN", e.getMessage());
  }
}
