package org.coproduction.scoring.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Body;
import org.coproduction.core.initiative.BodyKind;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.people.SeldomHeardGroup;
import org.junit.jupiter.api.Test;

/** Representation on a small hand-built initiative, with every count worked out by hand. */
class RepresentationTest {
  private static final SeldomHeardGroup BME = SeldomHeardGroup.BLACK_AND_MINORITY_ETHNIC;
  private static final SeldomHeardGroup LGBT = SeldomHeardGroup.LGBT;
  private static final SeldomHeardGroup HOMELESS = SeldomHeardGroup.HOMELESS;

  static Participant person(
      String id, Role role, InterestGroup group, boolean lived, SeldomHeardGroup... seldom) {
    return Participant.builder()
        .id(id)
        .addRoles(role)
        .interestGroup(group)
        .livedExperience(lived)
        .seldomHeardGroups(Set.of(seldom))
        .build();
  }

  static Initiative.Builder base() {
    return Initiative.builder()
        .id("community-hub")
        .name("Community hub")
        .purpose("Run the hub together")
        .addParticipants(
            person(
                "u1",
                Role.PERSON_WHO_USES_SERVICES,
                InterestGroup.PEOPLE_WHO_USE_SERVICES,
                true,
                BME,
                LGBT),
            person(
                "u2",
                Role.PERSON_WHO_USES_SERVICES,
                InterestGroup.PEOPLE_WHO_USE_SERVICES,
                true,
                BME),
            person(
                "u3",
                Role.PERSON_WHO_USES_SERVICES,
                InterestGroup.PEOPLE_WHO_USE_SERVICES,
                true,
                BME,
                HOMELESS),
            person("c1", Role.CARER_OR_FAMILY, InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE, true),
            // A member of staff who is also a carer: lived experience, on the staff side.
            person("s1", Role.FRONTLINE_STAFF, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES, true),
            person(
                "s2", Role.MANAGER, InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES, false));
  }

  static Initiative hub() {
    return base()
        .addBodies(
            Body.builder()
                .id("board")
                .kind(BodyKind.BOARD)
                .name("Hub board")
                .addMembers("s2", "u1", "s1")
                .build(),
            Body.builder().id("an-empty-panel").kind(BodyKind.PANEL).name("Panel").build())
        .addMeetings(
            Meeting.builder()
                .id("m1")
                .bodyId("board")
                .date(LocalDate.of(2026, 2, 3))
                .noticeDays(14)
                .start(LocalTime.of(13, 0))
                .end(LocalTime.of(15, 0))
                .refreshments(true)
                .expensesOffered(true)
                .feesOffered(true)
                .addInvited("u1", "c1", "s1", "s2")
                .addAttended("u1", "s1")
                .minutesKept(true)
                .build())
        .build();
  }

  static final RepresentationReport REPORT = Representation.assess(hub());

  @Test
  void aBodysLivedExperienceShareCountsEveryMemberWithLivedExperience() {
    // Board: s2 (no), u1 (yes), s1 (staff and a carer: yes) -> 2 of 3.
    BodyRepresentation board = REPORT.bodies().get(1);
    assertEquals("board", board.bodyId());
    assertEquals(3, board.members());
    assertEquals(2, board.membersWithLivedExperience());
    assertEquals(Optional.of(2.0 / 3), board.livedExperienceShare());
    assertEquals(
        List.of(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE, InterestGroup.MEMBERS_OF_THE_PUBLIC),
        board.groupsMissing());
  }

  @Test
  void aBodyWithNoMembersHasNoShareAndMissesEveryGroup() {
    BodyRepresentation panel = REPORT.bodies().get(0);
    assertEquals("an-empty-panel", panel.bodyId());
    assertEquals(Optional.empty(), panel.livedExperienceShare());
    assertEquals(List.of(InterestGroup.values()), panel.groupsMissing());
  }

  @Test
  void aMeetingShowsGroupsAbsentAndGroupsNeverInvited() {
    MeetingRepresentation m1 = REPORT.meetings().get(0);
    assertEquals(2, m1.attended());
    assertEquals(
        List.of(
            InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
            InterestGroup.MEMBERS_OF_THE_PUBLIC,
            InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES),
        m1.groupsMissing());
    assertEquals(List.of(InterestGroup.MEMBERS_OF_THE_PUBLIC), m1.groupsNotInvited());
    assertEquals(Optional.of("board"), m1.bodyId());
  }

  @Test
  void groupsWithNoParticipantAtAllAreMissingFromTheInitiative() {
    assertEquals(List.of(InterestGroup.MEMBERS_OF_THE_PUBLIC), REPORT.groupsMissing());
  }

  @Test
  void seldomHeardCountsBelowThreeAreSuppressedAndZeroMeansNotReached() {
    // BME: u1, u2, u3 = 3, shown. LGBT: u1 = 1 and homeless: u3 = 1, both suppressed.
    // Anyone in at least one group: u1, u2, u3 = 3, shown.
    List<SeldomHeardReach> rows = REPORT.seldomHeard();
    assertEquals(3, rows.size());
    assertEquals(BME, rows.get(0).group());
    assertEquals(Optional.of(3), rows.get(0).people());
    assertEquals(LGBT, rows.get(1).group());
    assertEquals(Optional.empty(), rows.get(1).people());
    assertEquals(Optional.of("suppressed: fewer than 3 people"), rows.get(1).suppressed());
    assertEquals(HOMELESS, rows.get(2).group());
    assertEquals(Optional.of("suppressed: fewer than 3 people"), rows.get(2).suppressed());
    assertEquals(Optional.of(3), REPORT.peopleInSeldomHeardGroups());
    assertEquals(7, REPORT.seldomHeardNotReached().size());
    assertFalse(REPORT.seldomHeardNotReached().contains(LGBT));
  }

  @Test
  void aLoneSmallCountTakesTheNextSmallestWithItWhenTheTotalIsShown() {
    // BME 3, LGBT 4, homeless 1: homeless is suppressed, so BME (the smaller shown count) is too.
    Initiative i =
        Initiative.builder()
            .id("hub")
            .name("Hub")
            .purpose("Run the hub")
            .addParticipants(
                person("a", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME, LGBT),
                person("b", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME, LGBT),
                person("c", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME, LGBT),
                person(
                    "d",
                    Role.VOLUNTEER,
                    InterestGroup.MEMBERS_OF_THE_PUBLIC,
                    false,
                    LGBT,
                    HOMELESS))
            .build();
    RepresentationReport r = Representation.assess(i);
    assertEquals(
        Optional.of(
            "suppressed: hidden as well, so that a smaller count cannot be worked out from the"
                + " total"),
        r.seldomHeard().get(0).suppressed());
    assertEquals(Optional.of(4), r.seldomHeard().get(1).people());
    assertEquals(
        Optional.of("suppressed: fewer than 3 people"), r.seldomHeard().get(2).suppressed());
    assertEquals(Optional.of(4), r.peopleInSeldomHeardGroups());
  }

  @Test
  void aTotalOfFewerThanThreePeopleIsSuppressedToo() {
    Initiative i =
        Initiative.builder()
            .id("hub")
            .name("Hub")
            .purpose("Run the hub")
            .addParticipants(
                person("a", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME),
                person("b", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false))
            .build();
    RepresentationReport r = Representation.assess(i);
    assertEquals(Optional.empty(), r.peopleInSeldomHeardGroups());
    assertEquals(
        Optional.of("suppressed: fewer than 3 people"), r.peopleInSeldomHeardGroupsSuppressed());
    assertEquals(
        Optional.of("suppressed: fewer than 3 people"), r.seldomHeard().get(0).suppressed());
  }

  @Test
  void theReportNamesNoParticipant() {
    String json = Documents.write(REPORT);
    for (String id : List.of("u1", "u2", "u3", "c1", "s1", "s2")) {
      assertFalse(json.contains("\"" + id + "\""), id);
    }
  }

  @Test
  void aStoredReportShowingACountBelowKIsRefused() {
    String json = Documents.write(REPORT).replace("\"minGroupSize\" : 3", "\"minGroupSize\" : 4");
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Documents.read(json, RepresentationReport.class));
    assertEquals(
        "seldomHeard[0].people: a count of fewer than 4 people must be suppressed", e.getMessage());
  }

  @Test
  void aGroupSizeBelowOneIsRefused() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RepresentationSettings.of(0));
    assertEquals("minGroupSize: must be 1 or more, was 0", e.getMessage());
  }
}
