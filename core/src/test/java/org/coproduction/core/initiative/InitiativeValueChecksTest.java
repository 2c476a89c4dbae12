package org.coproduction.core.initiative;

import static org.coproduction.core.Rejections.BAD_ID;
import static org.coproduction.core.Rejections.ID_PROBLEM;
import static org.coproduction.core.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each part of an initiative built on its own with one field made invalid, and the exact path and
 * problem it is rejected with. Building the part directly, rather than reading the whole document,
 * shows that the part's own check catches the problem and not a later cross-reference check.
 */
class InitiativeValueChecksTest {
  private static final Initiative NORTHBRIDGE =
      Documents.read(JsonEdits.golden(), Initiative.class);

  private static Initiative.Builder initiative() {
    Initiative.Builder b = Initiative.builder();
    b.from(NORTHBRIDGE);
    return b;
  }

  private static Meeting.Builder meeting() {
    Meeting.Builder b = Meeting.builder();
    b.from(NORTHBRIDGE.meetings().get(0));
    return b;
  }

  private static Suggestion.Builder suggestion() {
    Suggestion.Builder b = Suggestion.builder();
    b.from(NORTHBRIDGE.suggestions().get(0));
    return b;
  }

  private static Decision.Builder decision() {
    Decision.Builder b = Decision.builder();
    b.from(NORTHBRIDGE.decisions().get(0));
    return b;
  }

  private static Body.Builder body() {
    Body.Builder b = Body.builder();
    b.from(NORTHBRIDGE.bodies().get(0));
    return b;
  }

  private static ReviewRound.Builder round() {
    ReviewRound.Builder b = ReviewRound.builder();
    b.from(NORTHBRIDGE.reviewRounds().get(0));
    return b;
  }

  @TestFactory
  Stream<DynamicTest> anInitiativeChecksItsOwnFields() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> initiative().id(BAD_ID).build()),
        rejects("name", "must not be blank", () -> initiative().name(" ").build()),
        rejects("purpose", "must not be blank", () -> initiative().purpose("").build()));
  }

  @TestFactory
  Stream<DynamicTest> aMeetingChecksEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> meeting().id(BAD_ID).build()),
        rejects("bodyId", ID_PROBLEM, () -> meeting().bodyId(BAD_ID).build()),
        rejects("noticeDays", "must be 0 or more, was -1", () -> meeting().noticeDays(-1).build()),
        rejects("invited[1]", ID_PROBLEM, () -> meeting().invited(List.of("p01", BAD_ID)).build()),
        rejects(
            "attended[2]",
            "'p01' is listed twice, first at index 0",
            () -> meeting().attended(List.of("p01", "p02", "p01")).build()));
  }

  @TestFactory
  Stream<DynamicTest> aSuggestionChecksEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> suggestion().id(BAD_ID).build()),
        rejects("raisedBy", ID_PROBLEM, () -> suggestion().raisedBy(BAD_ID).build()),
        rejects("meetingId", ID_PROBLEM, () -> suggestion().meetingId(BAD_ID).build()),
        rejects("summary", "must not be blank", () -> suggestion().summary("  ").build()),
        rejects("reason", "must not be blank", () -> suggestion().reason("").build()));
  }

  @TestFactory
  Stream<DynamicTest> aDecisionChecksEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> decision().id(BAD_ID).build()),
        rejects("what", "must not be blank", () -> decision().what("\n").build()),
        rejects(
            "decidedBy[1]", ID_PROBLEM, () -> decision().decidedBy(List.of("p05", BAD_ID)).build()),
        rejects(
            "decidedBy[1]",
            "'p05' is listed twice, first at index 0",
            () -> decision().decidedBy(List.of("p05", "p05")).build()),
        rejects("bodyId", ID_PROBLEM, () -> decision().bodyId(BAD_ID).build()),
        rejects(
            "decidedBy",
            "must name at least one participant when no bodyId says which body decided",
            () -> decision().decidedBy(List.of()).build()));
  }

  @TestFactory
  Stream<DynamicTest> aBodyAndAReviewRoundCheckEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> body().id(BAD_ID).build()),
        rejects("name", "must not be blank", () -> body().name(" ").build()),
        rejects("members[0]", ID_PROBLEM, () -> body().members(List.of(BAD_ID)).build()),
        rejects("id", ID_PROBLEM, () -> round().id(BAD_ID).build()),
        rejects("label", "must not be blank", () -> round().label("").build()));
  }

  @Test
  void aDecisionTakenByABodyNeedsNoNamedParticipants() {
    Decision d = decision().decidedBy(List.of()).bodyId("steering").build();
    assertEquals(List.of(), d.decidedBy());
  }

  @Test
  void aMeetingTellsWhoWasInvitedAndWhoCameUninvited() {
    Meeting m =
        meeting().invited(List.of("p01", "p02")).attended(List.of("p02", "p08", "p03")).build();
    assertTrue(m.wasInvited("p01"));
    assertFalse(m.wasInvited("p08"));
    assertTrue(m.wasAttendedBy("p08"));
    assertFalse(m.wasAttendedBy("p01"));
    assertEquals(List.of("p01"), m.invitedButAbsent());
    assertEquals(List.of("p08", "p03"), m.attendedUninvited());
  }

  @Test
  void aBodyKnowsItsMembers() {
    Body steering = NORTHBRIDGE.bodies().get(0);
    assertTrue(steering.hasMember("p04"));
    assertFalse(steering.hasMember("p03"));
  }

  @Test
  void onlyPendingSuggestionsAreUndecided() {
    assertEquals(
        EnumSet.of(Outcome.ADOPTED, Outcome.ADAPTED, Outcome.REJECTED),
        outcomes(Outcome::isDecided));
  }

  @Test
  void onlyAdoptedAndAdaptedSuggestionsWereTakenUp() {
    assertEquals(EnumSet.of(Outcome.ADOPTED, Outcome.ADAPTED), outcomes(Outcome::isTakenUp));
  }

  private static Set<Outcome> outcomes(java.util.function.Predicate<Outcome> test) {
    return Stream.of(Outcome.values()).filter(test).collect(Collectors.toSet());
  }
}
