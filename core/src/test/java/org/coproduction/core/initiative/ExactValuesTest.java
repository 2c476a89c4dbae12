package org.coproduction.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names from fixed lists, dates and times must be written exactly, and a set must not list a value
 * twice: Jackson would trim {@code "CO_DESIGN "} and drop a repeated access need without a word.
 * Each refusal names the path, and never repeats a person's own access need or group.
 */
class ExactValuesTest {
  private static final String GOLDEN = JsonEdits.golden();

  private static final String ACCESS_NEEDS =
      "STEP_FREE_ACCESS, ACCESSIBLE_TOILET, HEARING_LOOP, BSL_INTERPRETER, SPEECH_TO_TEXT,"
          + " LANGUAGE_INTERPRETER, COMMUNICATION_SUPPORT, EASY_READ, LARGE_PRINT, BRAILLE,"
          + " PAPERS_IN_ADVANCE, QUIET_SPACE, REGULAR_BREAKS, TRANSPORT, SUPPORTER_OR_ADVOCATE,"
          + " CARE_COVER or REMOTE_PARTICIPATION";

  private static CoProductionException refused(String json) {
    return assertThrows(CoProductionException.class, () -> Documents.read(json, Initiative.class));
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "/stages/0/stage|CO_DESIGN |stages[0].stage",
        "/stages/0/stage| CO_DESIGN|stages[0].stage",
        "/meetings/0/date| 2025-01-14 |meetings[0].date",
        "/meetings/0/start|13:00:00 |meetings[0].start",
        "/participants/0/accessNeeds/1|EASY_READ |participants[0].accessNeeds[1]",
        "/participants/0/seldomHeardGroups/0| COMMUNICATES_DIFFERENTLY|participants[0].seldomHeardGroups[0]",
      })
  void aValueWithSpacesAroundItIsRefusedWithItsPath(String pointer, String value, String path) {
    CoProductionException e = refused(JsonEdits.set(GOLDEN, pointer, value));
    assertEquals(path, e.path());
    assertTrue(e.problem().endsWith(", with no spaces around it"), e.problem());
  }

  @Test
  void anAccessNeedWithSpacesIsRefusedWithTheListOfNeeds() {
    CoProductionException e =
        refused(JsonEdits.set(GOLDEN, "/participants/0/accessNeeds/0", " BSL_INTERPRETER"));
    assertEquals(
        "participants[0].accessNeeds[0]: must be one of "
            + ACCESS_NEEDS
            + ", with no spaces around it",
        e.getMessage());
  }

  @Test
  void anAccessNeedListedTwiceIsRefusedAtTheRepeat() {
    CoProductionException e =
        refused(
            JsonEdits.set(
                GOLDEN,
                "/participants/1/accessNeeds",
                List.of("BSL_INTERPRETER", "BSL_INTERPRETER")));
    assertEquals(
        "participants[1].accessNeeds[1]: is already in this list; each may be listed only once",
        e.getMessage());
  }

  @Test
  void aRoleAndAVenueNeedListedTwiceAreRefusedAtTheRepeat() {
    assertEquals(
        "participants[0].roles[1]: is already in this list; each may be listed only once",
        refused(
                JsonEdits.set(
                    GOLDEN,
                    "/participants/0/roles",
                    List.of("PERSON_WHO_USES_SERVICES", "PERSON_WHO_USES_SERVICES")))
            .getMessage());
    assertEquals(
        "meetings[0].venueMeets[2]: is already in this list; each may be listed only once",
        refused(
                JsonEdits.set(
                    GOLDEN,
                    "/meetings/0/venueMeets",
                    List.of("STEP_FREE_ACCESS", "EASY_READ", "STEP_FREE_ACCESS")))
            .getMessage());
  }

  @Test
  void aDateThatIsNotInTheCalendarIsRefusedAsSuch() {
    assertEquals(
        "meetings[0].date: is not a date in the calendar: check the day and the month",
        refused(JsonEdits.set(GOLDEN, "/meetings/0/date", "2025-02-30")).getMessage());
  }

  @Test
  void anEmptyListInADateOrTimeFieldIsRefusedAsTheWrongKindOfValueNotAsNull() {
    assertEquals(
        "meetings[0].date: must be a date written year-month-day, such as 2026-03-14",
        refused(JsonEdits.set(GOLDEN, "/meetings/0/date", List.of())).getMessage());
    assertEquals(
        "meetings[0].start: must be a time of day on the 24-hour clock, such as 10:30",
        refused(JsonEdits.set(GOLDEN, "/meetings/0/start", List.of())).getMessage());
  }
}
