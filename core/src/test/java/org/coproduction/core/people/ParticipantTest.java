package org.coproduction.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

class ParticipantTest {
  private static Availability window(DayOfWeek day, int from, int until) {
    return Availability.builder()
        .day(day)
        .availableFrom(LocalTime.of(from, 0))
        .availableUntil(LocalTime.of(until, 0))
        .build();
  }

  private static Participant.Builder carer() {
    return Participant.builder()
        .id("p2")
        .addRoles(Role.CARER_OR_FAMILY, Role.VOLUNTEER)
        .interestGroup(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
        .livedExperience(true)
        .addAccessNeeds(AccessNeed.CARE_COVER, AccessNeed.HEARING_LOOP)
        .addPreferredCommunication(CommunicationPreference.LARGE_PRINT)
        .addAvailability(window(DayOfWeek.TUESDAY, 10, 14))
        .addSeldomHeardGroups(SeldomHeardGroup.GYPSY_OR_TRAVELLER);
  }

  @Test
  void aParticipantNeedsAtLeastOneRole() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> carer().roles(Set.of()).build());
    assertEquals("roles: must name at least one role", e.getMessage());
  }

  @Test
  void anIdMustBeWellFormedAndIsNotRepeated() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> carer().id("Mary Jones").build());
    assertEquals(
        "id: must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
            + " digit",
        e.getMessage());
  }

  @Test
  void anAvailabilityWindowMustEndAfterItStarts() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> window(DayOfWeek.MONDAY, 14, 10));
    assertEquals("availableUntil: must be after availableFrom (14:00), was 10:00", e.getMessage());
  }

  @Test
  void sensitiveAttributesAreKeptButNotShown() {
    Participant p = carer().build();
    assertEquals(EnumSet.of(AccessNeed.HEARING_LOOP, AccessNeed.CARE_COVER), p.accessNeeds());
    assertEquals(Set.of(SeldomHeardGroup.GYPSY_OR_TRAVELLER), p.seldomHeardGroups());
    assertEquals(
        "Participant{id=p2, roles=[CARER_OR_FAMILY, VOLUNTEER],"
            + " interestGroup=FAMILY_AND_FRIENDS_WHO_CARE, livedExperience=true,"
            + " availability=[Availability{day=TUESDAY, availableFrom=10:00, availableUntil=14:00}]}",
        p.toString());
  }

  @Test
  void seldomHeardGroupsAreEmptyByDefault() {
    Participant p =
        Participant.builder()
            .id("p1")
            .addRoles(Role.MANAGER)
            .interestGroup(InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)
            .livedExperience(false)
            .build();
    assertEquals(Set.of(), p.seldomHeardGroups());
    assertEquals(Set.of(), p.accessNeeds());
    assertTrue(p.canAttend(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(23, 0)));
  }

  @Test
  void canAttendOnlyWhenAWindowCoversTheWholeSession() {
    Participant p = carer().addAvailability(window(DayOfWeek.THURSDAY, 18, 21)).build();
    assertTrue(p.canAttend(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
    assertTrue(p.canAttend(DayOfWeek.THURSDAY, LocalTime.of(18, 30), LocalTime.of(20, 0)));
    assertFalse(p.canAttend(DayOfWeek.TUESDAY, LocalTime.of(9, 30), LocalTime.of(11, 0)));
    assertFalse(p.canAttend(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(14, 30)));
    assertFalse(p.canAttend(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0)));
  }

  @Test
  void rolesSortIntoLivedExperienceAndProviderSides() {
    assertEquals(EnumSet.of(Role.PERSON_WHO_USES_SERVICES, Role.CARER_OR_FAMILY), sideOf(true));
    assertEquals(
        EnumSet.of(
            Role.FRONTLINE_STAFF,
            Role.MANAGER,
            Role.COMMISSIONER,
            Role.OTHER_PROFESSIONAL,
            Role.BACK_OFFICE),
        sideOf(false));
    Participant p = carer().build();
    assertTrue(p.onLivedExperienceSide());
    assertFalse(p.onProviderSide());
    assertTrue(p.hasRole(Role.VOLUNTEER));
  }

  @Test
  void interestGroupsSortIntoTheSameSides() {
    assertTrue(InterestGroup.PEOPLE_WHO_USE_SERVICES.isPersonWithLivedExperienceSide());
    assertTrue(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE.isPersonWithLivedExperienceSide());
    assertTrue(InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES.isProviderSide());
    assertTrue(InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES.isProviderSide());
    assertFalse(InterestGroup.MEMBERS_OF_THE_PUBLIC.isProviderSide());
    assertFalse(InterestGroup.MEMBERS_OF_THE_PUBLIC.isPersonWithLivedExperienceSide());
    assertEquals(5, InterestGroup.values().length);
  }

  @Test
  void aRolesUsualInterestGroupAgreesWithItsSide() {
    for (Role role : Role.values()) {
      Optional<InterestGroup> group = role.usualInterestGroup();
      group.ifPresent(
          g -> {
            assertEquals(
                role.isPersonWithLivedExperienceSide(),
                g.isPersonWithLivedExperienceSide(),
                role::name);
            assertEquals(role.isProviderSide(), g.isProviderSide(), role::name);
          });
    }
    assertEquals(Optional.empty(), Role.FACILITATOR.usualInterestGroup());
    assertEquals(
        Optional.of(InterestGroup.MEMBERS_OF_THE_PUBLIC),
        Role.COMMUNITY_MEMBER.usualInterestGroup());
  }

  @Test
  void someSeldomHeardGroupsAreLeftOutBecauseOfWhereTheyLive() {
    assertEquals(
        List.of(
            SeldomHeardGroup.LIVING_IN_RESIDENTIAL_HOME,
            SeldomHeardGroup.HOMELESS,
            SeldomHeardGroup.GYPSY_OR_TRAVELLER,
            SeldomHeardGroup.IN_PRISON),
        List.of(SeldomHeardGroup.values()).stream()
            .filter(SeldomHeardGroup::isExcludedByWhereTheyLive)
            .collect(java.util.stream.Collectors.toList()));
  }

  private static Set<Role> sideOf(boolean livedExperience) {
    Set<Role> side = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if (livedExperience ? r.isPersonWithLivedExperienceSide() : r.isProviderSide()) {
        side.add(r);
      }
    }
    return side;
  }
}
