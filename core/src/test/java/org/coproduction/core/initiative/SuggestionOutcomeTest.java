package org.coproduction.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/** A suggestion's outcome as data: its kind of reason, and the day people were told. */
class SuggestionOutcomeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static Suggestion.Builder suggestion(Outcome outcome) {
    return Suggestion.builder()
        .id("s1")
        .raisedBy("p1")
        .raisedOn(DAY)
        .summary("Hold the meetings in the library")
        .outcome(outcome)
        .fedBack(true)
        .recorded(true);
  }

  @Test
  void withoutAKindOfReasonASuggestionReadsAsItsOutcomesOwn() {
    assertEquals(
        Optional.of(OutcomeReason.ADOPTED), suggestion(Outcome.ADOPTED).build().outcomeReason());
    assertEquals(
        Optional.of(OutcomeReason.ADOPTED_IN_PART),
        suggestion(Outcome.ADAPTED).build().outcomeReason());
    assertEquals(
        Optional.of(OutcomeReason.STILL_PENDING),
        suggestion(Outcome.PENDING).build().outcomeReason());
    assertEquals(Optional.empty(), suggestion(Outcome.REJECTED).build().outcomeReason());
  }

  @Test
  void aRejectionForNotFittingIsKnownFromItsKindNotItsWords() {
    Suggestion words =
        suggestion(Outcome.REJECTED).reason("It does not fit the current model").build();
    assertFalse(words.rejectedForNotFitting());
    Suggestion kind =
        suggestion(Outcome.REJECTED).reasonKind(OutcomeReason.DOES_NOT_FIT_CURRENT_MODEL).build();
    assertTrue(kind.rejectedForNotFitting());
  }

  @Test
  void aKindOfReasonMustGoWithTheOutcome() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> suggestion(Outcome.ADOPTED).reasonKind(OutcomeReason.NOT_WITHIN_BUDGET).build());
    assertEquals(
        "reasonKind: NOT_WITHIN_BUDGET does not go with the outcome ADOPTED; see OutcomeReason",
        e.getMessage());
  }

  @Test
  void theDayPeopleWereToldNeedsThemToHaveBeenToldAndNotBeforeTheIdea() {
    assertThrows(
        CoProductionException.class,
        () -> suggestion(Outcome.ADOPTED).fedBack(false).toldOn(DAY).build());
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> suggestion(Outcome.ADOPTED).toldOn(DAY.minusDays(1)).build());
    assertEquals(
        "toldOn: must not be before raisedOn (2026-03-02), was 2026-03-01", e.getMessage());
  }

  @Test
  void everyKindOfReasonGoesWithExactlyOneOutcome() {
    for (OutcomeReason r : OutcomeReason.values()) {
      long outcomes = Arrays.stream(Outcome.values()).filter(r::fits).count();
      assertEquals(1, outcomes, r.name());
    }
  }

  @Test
  void aReviewRoundCannotCoverFromAfterItsOwnDate() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                ReviewRound.builder()
                    .id("r1")
                    .label("First")
                    .date(DAY)
                    .coversFrom(DAY.plusDays(1))
                    .build());
    assertEquals("coversFrom: must not be after date (2026-03-02), was 2026-03-03", e.getMessage());
  }

  @Test
  void aSuggestionWrittenBeforeKindsOfReasonExistedReadsUnchanged() {
    String old =
        "{\"schemaVersion\":1,\"id\":\"i1\",\"name\":\"Day service\",\"purpose\":\"Plan it\","
            + "\"participants\":[{\"id\":\"p1\",\"roles\":[\"CARER_OR_FAMILY\"],"
            + "\"interestGroup\":\"FAMILY_AND_FRIENDS_WHO_CARE\",\"livedExperience\":true}],"
            + "\"suggestions\":[{\"id\":\"s1\",\"raisedBy\":\"p1\",\"raisedOn\":\"2026-03-02\","
            + "\"summary\":\"Idea\",\"outcome\":\"REJECTED\",\"reason\":\"No money\","
            + "\"fedBack\":true,\"recorded\":true}]}";
    Suggestion s = Documents.read(old, Initiative.class).suggestions().get(0);
    assertEquals(Optional.empty(), s.reasonKind());
    assertEquals(Optional.empty(), s.toldOn());
    assertEquals(Optional.empty(), s.outcomeReason());
  }
}
