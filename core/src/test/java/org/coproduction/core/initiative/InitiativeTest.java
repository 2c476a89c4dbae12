package org.coproduction.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.people.Asset;
import org.coproduction.core.people.AssetKind;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitiativeTest {
  private static final String GOLDEN = JsonEdits.golden();
  private static final Initiative NORTHBRIDGE = Documents.read(GOLDEN, Initiative.class);
  private static final String BAD_ID =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  // Invariants, read through Documents so the message carries the full path.

  @Test
  void negativeNoticeIsRejectedWithItsFullPath() {
    assertRejected(
        JsonEdits.set(GOLDEN, "/meetings/2/noticeDays", -3),
        "meetings[2].noticeDays: must be 0 or more, was -3");
  }

  @Test
  void aMeetingMustEndAfterItStarts() {
    assertRejected(
        JsonEdits.set(GOLDEN, "/meetings/1/end", "17:00"),
        "meetings[1].end: must be after start (17:30), was 17:00");
    assertRejected(
        JsonEdits.set(GOLDEN, "/meetings/1/end", "17:30"),
        "meetings[1].end: must be after start (17:30), was 17:30");
  }

  @Test
  void anAvailabilityWindowMustEndAfterItStarts() {
    assertRejected(
        JsonEdits.set(GOLDEN, "/participants/1/availability/1/availableUntil", "12:00"),
        "participants[1].availability[1].availableUntil: must be after availableFrom (13:00), was"
            + " 12:00");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/participants/3/id | p01 | participants[3].id: duplicate id 'p01', already used at index 0 of this list",
        "/bodies/1/id | steering | bodies[1].id: duplicate id 'steering', already used at index 0 of this list",
        "/meetings/3/id | m02 | meetings[3].id: duplicate id 'm02', already used at index 1 of this list",
        "/suggestions/2/id | s01 | suggestions[2].id: duplicate id 's01', already used at index 0 of this list",
        "/decisions/2/id | d02 | decisions[2].id: duplicate id 'd02', already used at index 1 of this list",
      })
  void idsAreUniqueWithinEachList(String pointer, String id, String message) {
    assertRejected(JsonEdits.set(GOLDEN, pointer, id), message);
  }

  @Test
  void reviewRoundIdsAreUnique() {
    String twice =
        JsonEdits.append(GOLDEN, "/reviewRounds", JsonEdits.at(GOLDEN, "/reviewRounds/0"));
    assertRejected(
        twice,
        "reviewRounds[1].id: duplicate id 'review-2025-07', already used at index 0 of this list");
  }

  @ParameterizedTest
  @CsvSource({
    "/bodies/0/members/2, p9, bodies[0].members[2]: no participant with id 'p9'",
    "/meetings/2/invited/0, p9, meetings[2].invited[0]: no participant with id 'p9'",
    "/meetings/2/attended/4, p9, meetings[2].attended[4]: no participant with id 'p9'",
    "/meetings/3/bodyId, panel-9, meetings[3].bodyId: no body with id 'panel-9'",
    "/suggestions/1/raisedBy, p9, suggestions[1].raisedBy: no participant with id 'p9'",
    "/suggestions/0/meetingId, m9, suggestions[0].meetingId: no meeting with id 'm9'",
    "/decisions/0/decidedBy/1, p9, decisions[0].decidedBy[1]: no participant with id 'p9'",
    "/decisions/1/bodyId, board, decisions[1].bodyId: no body with id 'board'",
    "/assets/6/holder, p9, assets[6].holder: no participant with id 'p9'",
  })
  void everyReferenceMustNameAKnownId(String pointer, String id, String message) {
    assertRejected(JsonEdits.set(GOLDEN, pointer, id), message);
  }

  @Test
  void aDanglingReferenceInASmallDocumentIsRejectedWithItsPath() {
    String json =
        """
        {"schemaVersion": 1, "id": "tiny", "name": "Tiny", "purpose": "A test",
         "participants": [{"id": "p1", "roles": ["FRONTLINE_STAFF"],
                           "interestGroup": "PEOPLE_WHO_WORK_IN_SERVICES", "livedExperience": false}],
         "meetings": [{"id": "m1", "date": "2025-05-06", "noticeDays": 7,
                       "start": "10:00", "end": "11:00", "venueMeets": [],
                       "refreshments": true, "expensesOffered": true, "feesOffered": false,
                       "invited": ["p9"], "attended": [], "minutesKept": true}]}
        """;
    assertRejected(json, "meetings[0].invited[0]: no participant with id 'p9'");
    Initiative fixed = Documents.read(json.replace("\"p9\"", "\"p1\""), Initiative.class);
    assertEquals(List.of("p1"), fixed.meetings().get(0).invited());
  }

  @Test
  void aMalformedReferenceIsRejectedWithoutRepeatingIt() {
    CoProductionException e =
        assertRejected(
            JsonEdits.set(GOLDEN, "/meetings/2/invited/1", "Jane Smith"),
            "meetings[2].invited[1]: " + BAD_ID);
    assertFalse(e.getMessage().contains("Jane"));
  }

  @Test
  void nobodyIsListedTwiceInOneList() {
    assertRejected(
        JsonEdits.set(GOLDEN, "/meetings/0/attended/1", "p01"),
        "meetings[0].attended[1]: 'p01' is listed twice, first at index 0");
    assertRejected(
        JsonEdits.set(GOLDEN, "/bodies/1/members/1", "p01"),
        "bodies[1].members[1]: 'p01' is listed twice, first at index 0");
  }

  @Test
  void aParticipantHasAtLeastOneRole() {
    assertRejected(
        JsonEdits.set(GOLDEN, "/participants/1/roles", List.of()),
        "participants[1].roles: must name at least one role");
  }

  @Test
  void aStageHasAtMostOnePlan() {
    assertRejected(
        JsonEdits.set(GOLDEN, "/stages/3/stage", "CO_DESIGN"),
        "stages[3].stage: there is already a plan for CO_DESIGN at index 0 of this list");
  }

  @Test
  void aRungBelowCoProductionNeedsAReason() {
    assertRejected(
        JsonEdits.remove(GOLDEN, "/stages/1/reasonForLowerRung"),
        "stages[1].reasonForLowerRung: required because the declared rung CO_DESIGN is below"
            + " CO_PRODUCTION; say openly why this stage cannot go higher");
    assertRejected(
        JsonEdits.set(GOLDEN, "/stages/1/reasonForLowerRung", "  "),
        "stages[1].reasonForLowerRung: must not be blank");
  }

  @Test
  void aRungAtCoProductionNeedsNoReason() {
    StagePlan plan =
        StagePlan.builder()
            .stage(Stage.CO_EVALUATION)
            .declaredRung(LadderRung.CO_PRODUCTION)
            .build();
    assertFalse(plan.belowCoProduction());
  }

  @Test
  void aRejectedSuggestionWithoutAReasonIsAFindingNotAnInvalidRecord() {
    Suggestion s03 = NORTHBRIDGE.suggestion("s03").orElseThrow();
    assertEquals(Outcome.REJECTED, s03.outcome());
    assertTrue(s03.reason().isEmpty());
    assertTrue(s03.rejectedWithoutReason());
    assertFalse(NORTHBRIDGE.suggestion("s02").orElseThrow().rejectedWithoutReason());
  }

  @Test
  void aDecisionNamesWhoDecided() {
    assertRejected(
        JsonEdits.set(GOLDEN, "/decisions/0/decidedBy", List.of()),
        "decisions[0].decidedBy: must name at least one participant when no bodyId says which"
            + " body decided");
  }

  @Test
  void recordedFactsAreRequiredNotDefaulted() {
    assertRejected(
        JsonEdits.remove(GOLDEN, "/meetings/0/minutesKept"),
        "meetings[0].minutesKept: required field is missing");
    assertRejected(
        JsonEdits.remove(GOLDEN, "/suggestions/0/fedBack"),
        "suggestions[0].fedBack: required field is missing");
    assertRejected(
        JsonEdits.set(GOLDEN, "/meetings/0/stage", null), "meetings[0].stage: must not be null");
  }

  @Test
  void invariantsAlsoHoldWhenBuildingInCode() {
    CoProductionException notice =
        assertThrows(CoProductionException.class, () -> meeting("m9").noticeDays(-3).build());
    assertEquals("noticeDays: must be 0 or more, was -3", notice.getMessage());
    assertEquals("noticeDays", notice.path());

    CoProductionException dangling =
        assertThrows(
            CoProductionException.class,
            () ->
                Initiative.builder()
                    .from(NORTHBRIDGE)
                    .addMeetings(meeting("m9").noticeDays(7).addInvited("p9").build())
                    .build());
    assertEquals("meetings[4].invited[0]: no participant with id 'p9'", dangling.getMessage());

    CoProductionException holder =
        assertThrows(
            CoProductionException.class,
            () ->
                Initiative.builder()
                    .from(NORTHBRIDGE)
                    .addAssets(
                        Asset.builder()
                            .holder("p9")
                            .kind(AssetKind.TIME)
                            .description("An hour")
                            .build())
                    .build());
    assertEquals("assets[7].holder: no participant with id 'p9'", holder.getMessage());
  }

  // Queries on the golden initiative.

  @Test
  void participantsAreFoundByIdRoleAndGroup() {
    assertEquals(
        Set.of(Role.CARER_OR_FAMILY, Role.VOLUNTEER),
        NORTHBRIDGE.participant("p02").orElseThrow().roles());
    assertTrue(NORTHBRIDGE.participant("p99").isEmpty());
    assertEquals(
        List.of("p01", "p03"),
        ids(NORTHBRIDGE.participantsWithRole(Role.PERSON_WHO_USES_SERVICES)));
    assertEquals(
        List.of("p05", "p06"),
        ids(
            NORTHBRIDGE.participantsSpeakingFor(
                InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)));
    assertEquals(EnumSet.allOf(InterestGroup.class), NORTHBRIDGE.interestGroupsPresent());
    assertEquals(Set.of(), NORTHBRIDGE.interestGroupsMissing());
    assertEquals(
        List.of("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08"),
        List.copyOf(NORTHBRIDGE.participantIds()));
  }

  @Test
  void interestGroupsWithNoVoiceAreMissing() {
    Initiative staffOnly =
        Initiative.builder()
            .id("staff-only")
            .name("Staff only")
            .purpose("A plan made without the people it is for")
            .addParticipants(NORTHBRIDGE.participant("p04").orElseThrow())
            .addParticipants(NORTHBRIDGE.participant("p05").orElseThrow())
            .build();
    assertEquals(
        EnumSet.of(
            InterestGroup.PEOPLE_WHO_USE_SERVICES,
            InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
            InterestGroup.MEMBERS_OF_THE_PUBLIC),
        staffOnly.interestGroupsMissing());
    assertTrue(staffOnly.firstMeetingDate().isEmpty());
  }

  @Test
  void meetingsAreFoundInDateOrderByStageAndByAttendee() {
    Initiative reordered =
        Initiative.builder()
            .from(NORTHBRIDGE)
            .meetings(
                List.of(
                    NORTHBRIDGE.meetings().get(3),
                    NORTHBRIDGE.meetings().get(0),
                    NORTHBRIDGE.meetings().get(2),
                    NORTHBRIDGE.meetings().get(1)))
            .build();
    assertEquals(List.of("m01", "m02", "m03", "m04"), meetingIds(reordered.meetingsInDateOrder()));
    assertEquals(LocalDate.of(2025, 1, 14), reordered.firstMeetingDate().orElseThrow());
    assertEquals(
        List.of("m02", "m03"), meetingIds(NORTHBRIDGE.meetingsFor(Stage.CO_DECISION_ON_RESOURCES)));
    assertEquals(List.of("m03"), meetingIds(NORTHBRIDGE.meetingsAttendedBy("p03")));
    assertEquals(
        "Day opportunities steering group", NORTHBRIDGE.body("steering").orElseThrow().name());
    assertTrue(NORTHBRIDGE.body("steering").orElseThrow().hasMember("p07"));
  }

  @Test
  void aMeetingKnowsWhoWasMissingWhatItMetAndWhetherItsTimesSuitedPeople() {
    Meeting m01 = NORTHBRIDGE.meeting("m01").orElseThrow();
    Meeting m02 = NORTHBRIDGE.meeting("m02").orElseThrow();
    Participant p01 = NORTHBRIDGE.participant("p01").orElseThrow();
    Participant p03 = NORTHBRIDGE.participant("p03").orElseThrow();
    Participant p06 = NORTHBRIDGE.participant("p06").orElseThrow();

    assertEquals(List.of("p03"), m01.invitedButAbsent());
    assertEquals(List.of("p04"), m02.invitedButAbsent());
    assertEquals(List.of(), m02.attendedUninvited());
    assertTrue(m01.wasInvited("p03"));
    assertFalse(m01.wasAttendedBy("p03"));
    assertEquals(Duration.ofMinutes(90), m02.duration());
    assertEquals(EnumSet.of(AccessNeed.SUPPORTER_OR_ADVOCATE), m01.unmetAccessNeeds(p01));
    assertEquals(EnumSet.of(AccessNeed.TRANSPORT), m01.unmetAccessNeeds(p03));
    assertTrue(m01.timesSuit(p03));
    assertFalse(m02.timesSuit(p06), "a Tuesday evening is outside the commissioner's windows");
    assertTrue(m02.timesSuit(NORTHBRIDGE.participant("p05").orElseThrow()), "no windows stated");
  }

  @Test
  void stagePlansShowWhenUsersAndCarersJoinedLate() {
    StagePlan resources = NORTHBRIDGE.stagePlan(Stage.CO_DECISION_ON_RESOURCES).orElseThrow();
    assertTrue(resources.belowCoProduction());
    assertTrue(resources.usersAndCarersJoinedAfterStart());
    assertFalse(
        NORTHBRIDGE.stagePlan(Stage.CO_DESIGN).orElseThrow().usersAndCarersJoinedAfterStart());
    assertFalse(
        NORTHBRIDGE.stagePlan(Stage.CO_DELIVERY).orElseThrow().usersAndCarersJoinedAfterStart());
  }

  @Test
  void suggestionsDecisionsAndRoundsAreFoundByIdPersonOutcomeAndStage() {
    assertEquals(List.of("s04"), map(NORTHBRIDGE.suggestionsBy("p07"), Suggestion::id));
    assertEquals(
        List.of("s03"), map(NORTHBRIDGE.suggestionsWithOutcome(Outcome.REJECTED), Suggestion::id));
    assertEquals(List.of("d02"), map(NORTHBRIDGE.decisionsFor(Stage.CO_DESIGN), Decision::id));
    assertTrue(NORTHBRIDGE.decision("d01").orElseThrow().settledBeforeUsersInvolved());
    assertEquals(
        "Six-month review", NORTHBRIDGE.reviewRound("review-2025-07").orElseThrow().label());
    assertEquals(List.of(NORTHBRIDGE.reviewRounds().get(0)), NORTHBRIDGE.reviewRoundsInDateOrder());
  }

  @Test
  void theAssetMapLooksUpByHolderAndKind() {
    assertEquals(2, NORTHBRIDGE.assetMap().byHolder("p07").size());
    assertEquals(
        List.of("p01", "p02", "p08"),
        List.copyOf(NORTHBRIDGE.assetMap().holdersOf(AssetKind.SKILL)));
    assertEquals(EnumSet.allOf(AssetKind.class).size() - 1, NORTHBRIDGE.assetMap().kinds().size());
    assertFalse(NORTHBRIDGE.assetMap().kinds().contains(AssetKind.RESOURCE));
  }

  private static Meeting.Builder meeting(String id) {
    return Meeting.builder()
        .id(id)
        .date(LocalDate.of(2025, 4, 1))
        .start(LocalTime.of(10, 0))
        .end(LocalTime.of(12, 0))
        .refreshments(true)
        .expensesOffered(true)
        .feesOffered(true)
        .minutesKept(true);
  }

  private static List<String> ids(List<Participant> people) {
    return map(people, Participant::id);
  }

  private static List<String> meetingIds(List<Meeting> meetings) {
    return map(meetings, Meeting::id);
  }

  private static CoProductionException assertRejected(String json, String message) {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, Initiative.class));
    assertEquals(message, e.getMessage());
    return e;
  }

  private static <T> List<String> map(List<T> items, Function<T, String> f) {
    return items.stream().map(f).collect(Collectors.toList());
  }
}
