package org.coproduction.scoring.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // Board: s2 (no), u1 (yes), s1 (staff and a carer: yes) -> 2 of 3, shown when k is 1.
    BodyRepresentation board =
        Representation.assess(hub(), RepresentationSettings.of(1)).bodies().get(1);
    assertEquals("board", board.bodyId());
    assertEquals(3, board.members());
    assertEquals(Optional.of(2), board.membersWithLivedExperience());
    assertEquals(Optional.of(2.0 / 3), board.livedExperienceShare());
    assertEquals(
        List.of(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE, InterestGroup.MEMBERS_OF_THE_PUBLIC),
        board.groupsMissing());
  }

  @Test
  void aFewMembersWithOrWithoutLivedExperienceAreNeitherCountedNorNamed() {
    // Issue 11, route 3: "3 members, 1 with lived experience" told everyone which manager it was.
    // Here 2 of 3 have it, so the one without would be pointed at just the same.
    BodyRepresentation board = REPORT.bodies().get(1);
    assertEquals(3, board.members());
    assertEquals(Optional.empty(), board.membersWithLivedExperience());
    assertEquals(Optional.empty(), board.livedExperienceShare());
    assertTrue(REPORT.figuresLeftOut());
    assertFalse(Documents.write(REPORT).contains("membersWithLivedExperience\" : 2"));
  }

  @Test
  void noMemberWithLivedExperienceIsShownAsNone() {
    BodyRepresentation panel = REPORT.bodies().get(0);
    assertEquals(Optional.of(0), panel.membersWithLivedExperience());
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
  void seldomHeardCountsBelowThreeAreNeitherShownNorNamed() {
    // Issue 11, route 4: "people in prison (suppressed ...)" told a reader someone was in prison.
    // BME: u1, u2, u3 = 3, shown. LGBT: u1 = 1 and homeless: u3 = 1: listed with the groups
    // reached by few or none, like the seven nobody named, and the total is left out.
    List<SeldomHeardReach> rows = REPORT.seldomHeard();
    assertEquals(1, rows.size());
    assertEquals(BME, rows.get(0).group());
    assertEquals(3, rows.get(0).people());
    assertEquals(9, REPORT.seldomHeardFewOrNone().size());
    assertTrue(REPORT.seldomHeardFewOrNone().contains(LGBT));
    assertTrue(REPORT.seldomHeardFewOrNone().contains(HOMELESS));
    assertEquals(Optional.empty(), REPORT.peopleInSeldomHeardGroups());
    assertTrue(REPORT.figuresLeftOut());
  }

  @Test
  void aGroupWithOnePersonLooksTheSameAsAGroupWithNone() {
    // One person in prison or nobody: the two reports are the same document.
    Initiative.Builder nobody =
        Initiative.builder()
            .id("hub")
            .name("Hub")
            .purpose("Run the hub")
            .addParticipants(
                person("a", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME),
                person("b", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME),
                person("c", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME));
    Initiative onePerson =
        nobody
            .addParticipants(
                person(
                    "d",
                    Role.VOLUNTEER,
                    InterestGroup.MEMBERS_OF_THE_PUBLIC,
                    false,
                    SeldomHeardGroup.IN_PRISON),
                person("e", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, LGBT))
            .build();
    Initiative none =
        Initiative.builder()
            .from(onePerson)
            .participants(
                onePerson.participants().stream()
                    .map(
                        p ->
                            p.id().equals("d")
                                ? Participant.builder().from(p).seldomHeardGroups(List.of()).build()
                                : p)
                    .toList())
            .build();
    assertEquals(
        Documents.write(Representation.assess(none)),
        Documents.write(Representation.assess(onePerson)));
    assertFalse(Documents.write(Representation.assess(onePerson)).contains("\"people\" : 1"));
    // No body here: the seldom-heard counts alone make the report say something was left out.
    assertTrue(Representation.assess(onePerson).figuresLeftOut());
  }

  @Test
  void theTotalIsShownWhenEveryGroupHasNoneOrAtLeastThree() {
    Initiative i =
        Initiative.builder()
            .id("hub")
            .name("Hub")
            .purpose("Run the hub")
            .addParticipants(
                person("a", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME, LGBT),
                person("b", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME, LGBT),
                person("c", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false, BME, LGBT),
                person("d", Role.VOLUNTEER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false))
            .build();
    RepresentationReport r = Representation.assess(i);
    assertEquals(Optional.of(3), r.peopleInSeldomHeardGroups());
    assertEquals(2, r.seldomHeard().size());
    assertFalse(r.figuresLeftOut());
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
        "seldomHeard[0].people: a count of fewer than 4 people must be left out", e.getMessage());
  }

  @Test
  void aGroupSizeBelowOneIsRefused() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RepresentationSettings.of(0));
    assertEquals("minGroupSize: must be 1 or more, was 0", e.getMessage());
  }
}
