package org.coproduction.scoring.internal.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coproduction.core.people.InterestGroup;
import org.junit.jupiter.api.Test;

/** How a list of interest groups is written in reasons, whichever order it comes in. */
class WordsGroupsTest {

  @Test
  void groupsAreJoinedWithCommasAndAFinalAnd() {
    assertEquals("", Words.groups(List.of()));
    assertEquals(
        "people who use services", Words.groups(List.of(InterestGroup.PEOPLE_WHO_USE_SERVICES)));
    assertEquals(
        "people who use services and family and friends who care",
        Words.groups(
            List.of(
                InterestGroup.PEOPLE_WHO_USE_SERVICES, InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)));
    assertEquals(
        "people who use services, family and friends who care, members of the public, people who"
            + " commission and run services and people who work in services",
        Words.groups(List.of(InterestGroup.values())));
  }

  @Test
  void groupsOutOfEnumOrderOrRepeatedAreWrittenAsGiven() {
    assertEquals(
        "people who work in services and people who use services",
        Words.groups(
            List.of(
                InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES)));
    assertEquals(
        "members of the public, members of the public and people who use services",
        Words.groups(
            List.of(
                InterestGroup.MEMBERS_OF_THE_PUBLIC,
                InterestGroup.MEMBERS_OF_THE_PUBLIC,
                InterestGroup.PEOPLE_WHO_USE_SERVICES)));
  }
}
