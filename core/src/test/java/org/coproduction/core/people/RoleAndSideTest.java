package org.coproduction.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which interest group each role usually speaks for, and which side of the table a person sits. */
class RoleAndSideTest {
  private static Participant withRoles(Role... roles) {
    return Participant.builder()
        .id("p1")
        .addRoles(roles)
        .interestGroup(InterestGroup.MEMBERS_OF_THE_PUBLIC)
        .livedExperience(false)
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "PERSON_WHO_USES_SERVICES, PEOPLE_WHO_USE_SERVICES",
    "CARER_OR_FAMILY, FAMILY_AND_FRIENDS_WHO_CARE",
    "FRONTLINE_STAFF, PEOPLE_WHO_WORK_IN_SERVICES",
    "OTHER_PROFESSIONAL, PEOPLE_WHO_WORK_IN_SERVICES",
    "BACK_OFFICE, PEOPLE_WHO_WORK_IN_SERVICES",
    "MANAGER, PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES",
    "COMMISSIONER, PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES",
    "VOLUNTEER, MEMBERS_OF_THE_PUBLIC",
    "COMMUNITY_MEMBER, MEMBERS_OF_THE_PUBLIC",
  })
  void eachRoleSpeaksForItsUsualInterestGroup(Role role, InterestGroup group) {
    assertEquals(Optional.of(group), role.usualInterestGroup());
  }

  @ParameterizedTest
  @CsvSource({"FACILITATOR", "RESEARCHER"})
  void facilitatorsAndResearchersHaveNoUsualInterestGroup(Role role) {
    assertEquals(Optional.empty(), role.usualInterestGroup());
  }

  @Test
  void aMemberOfStaffSitsOnlyOnTheProviderSide() {
    Participant staff = withRoles(Role.FRONTLINE_STAFF);
    assertTrue(staff.onProviderSide());
    assertFalse(staff.onLivedExperienceSide());
  }

  @Test
  void aVolunteerSitsOnNeitherSide() {
    Participant volunteer = withRoles(Role.VOLUNTEER, Role.FACILITATOR);
    assertFalse(volunteer.onProviderSide());
    assertFalse(volunteer.onLivedExperienceSide());
  }

  @Test
  void aManagerWhoUsesServicesSitsOnBothSides() {
    Participant both = withRoles(Role.MANAGER, Role.PERSON_WHO_USES_SERVICES);
    assertTrue(both.onProviderSide());
    assertTrue(both.onLivedExperienceSide());
  }
}
