package org.coproduction.scoring.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.SeldomHeardGroup;
import org.junit.jupiter.api.Test;

/**
 * The rules a representation report keeps when it is read back or built by hand: each edit of the
 * community hub's report breaks exactly one of them, and the message says which and where.
 */
class RepresentationReportRulesTest {
  private static final String GROUP_ORDER =
      "must be in the order the groups are listed, each at most once";
  private static final String ID_RULE =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
  private static final List<InterestGroup> OUT_OF_ORDER =
      List.of(InterestGroup.MEMBERS_OF_THE_PUBLIC, InterestGroup.PEOPLE_WHO_USE_SERVICES);
  private static final RepresentationReport REPORT = RepresentationTest.REPORT;

  private static ImmutableRepresentationReport.Builder edit() {
    return RepresentationReport.builder().from(REPORT);
  }

  private static void refused(String message, Supplier<Object> build) {
    CoProductionException e = assertThrows(CoProductionException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void theUneditedReportIsAccepted() {
    assertEquals(REPORT, edit().build());
  }

  @Test
  void aMalformedInitiativeIdIsRefused() {
    refused("initiativeId: " + ID_RULE, () -> edit().initiativeId("community hub").build());
  }

  @Test
  void missingGroupsMustBeInGroupOrder() {
    refused(
        "groupsMissing[1]: " + GROUP_ORDER,
        () ->
            edit()
                .groupsMissing(
                    List.of(
                        InterestGroup.MEMBERS_OF_THE_PUBLIC, InterestGroup.PEOPLE_WHO_USE_SERVICES))
                .build());
  }

  @Test
  void groupsReachedByFewOrNoneMustBeInGroupOrder() {
    List<SeldomHeardGroup> fewOrNone = new ArrayList<>(REPORT.seldomHeardFewOrNone());
    fewOrNone.add(0, fewOrNone.remove(1));
    refused(
        "seldomHeardFewOrNone[1]: " + GROUP_ORDER,
        () -> edit().seldomHeardFewOrNone(fewOrNone).build());
  }

  @Test
  void aBodyListedTwiceIsRefused() {
    List<BodyRepresentation> bodies = new ArrayList<>(REPORT.bodies());
    bodies.add(bodies.get(bodies.size() - 1));
    refused(
        "bodies[" + (bodies.size() - 1) + "].bodyId: must be in id order, each body at most once",
        () -> edit().bodies(bodies).build());
  }

  @Test
  void seldomHeardRowsMustBeInGroupOrder() {
    // LGBT before BLACK_AND_MINORITY_ETHNIC breaks the order.
    List<SeldomHeardReach> rows =
        List.of(
            SeldomHeardReach.builder().group(SeldomHeardGroup.LGBT).people(3).build(),
            SeldomHeardReach.builder()
                .group(SeldomHeardGroup.BLACK_AND_MINORITY_ETHNIC)
                .people(3)
                .build());
    List<SeldomHeardGroup> rest = new ArrayList<>(REPORT.seldomHeardFewOrNone());
    rest.remove(SeldomHeardGroup.LGBT);
    refused(
        "seldomHeard[1]: " + GROUP_ORDER,
        () -> edit().seldomHeard(rows).seldomHeardFewOrNone(rest).build());
  }

  @Test
  void aShownTotalOfFewerThanKPeopleIsRefused() {
    refused(
        "peopleInSeldomHeardGroups: a count of fewer than 3 people must be left out",
        () -> edit().peopleInSeldomHeardGroups(2).build());
  }

  @Test
  void aGroupListedTwiceIsOutOfOrder() {
    refused(
        "groupsMissing[1]: " + GROUP_ORDER,
        () ->
            edit()
                .groupsMissing(
                    List.of(
                        InterestGroup.MEMBERS_OF_THE_PUBLIC, InterestGroup.MEMBERS_OF_THE_PUBLIC))
                .build());
  }

  @Test
  void aMeetingRowKeepsItsIdsCountAndGroupOrder() {
    MeetingRepresentation m = REPORT.meetings().get(0);
    refused(
        "meetingId: " + ID_RULE,
        () -> MeetingRepresentation.builder().from(m).meetingId("m 1").build());
    refused(
        "bodyId: " + ID_RULE,
        () -> MeetingRepresentation.builder().from(m).bodyId("the board").build());
    refused(
        "attended: must be 0 or more, was -1",
        () -> MeetingRepresentation.builder().from(m).attended(-1).build());
    refused(
        "groupsMissing[1]: " + GROUP_ORDER,
        () -> MeetingRepresentation.builder().from(m).groupsMissing(OUT_OF_ORDER).build());
    refused(
        "groupsNotInvited[1]: " + GROUP_ORDER,
        () -> MeetingRepresentation.builder().from(m).groupsNotInvited(OUT_OF_ORDER).build());
  }

  @Test
  void aBodyRowKeepsItsCountsShareAndGroupOrder() {
    BodyRepresentation board =
        BodyRepresentation.builder()
            .from(REPORT.bodies().get(1))
            .membersWithLivedExperience(2)
            .livedExperienceShare(2.0 / 3)
            .build();
    BodyRepresentation empty = REPORT.bodies().get(0);
    refused(
        "bodyId: " + ID_RULE,
        () -> BodyRepresentation.builder().from(board).bodyId("the board").build());
    refused(
        "members: must be 0 or more, was -1",
        () -> BodyRepresentation.builder().from(board).members(-1).build());
    refused(
        "membersWithLivedExperience: must be 0 or more, was -1",
        () -> BodyRepresentation.builder().from(board).membersWithLivedExperience(-1).build());
    refused(
        "livedExperienceShare: must be membersWithLivedExperience / members, 0.6666666666666666",
        () -> BodyRepresentation.builder().from(board).livedExperienceShare(0.5).build());
    refused(
        "livedExperienceShare: must be membersWithLivedExperience / members, left out when there"
            + " are no members or no count",
        () -> BodyRepresentation.builder().from(empty).livedExperienceShare(0.5).build());
    refused(
        "groupsMissing[1]: " + GROUP_ORDER,
        () -> BodyRepresentation.builder().from(board).groupsMissing(OUT_OF_ORDER).build());
  }
}
