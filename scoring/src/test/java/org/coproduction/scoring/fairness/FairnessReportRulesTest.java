package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.people.InterestGroup;
import org.junit.jupiter.api.Test;

/**
 * The rules a fairness report keeps when it is read back or built by hand: each edit of the Care
 * Leavers report below breaks exactly one of them, and the message says which and where.
 */
class FairnessReportRulesTest {
  private static final String ID_RULE =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
  private static final String ORDER_RULE = "must be in id order, each person at most once";

  private static final FairnessReport REPORT =
      Fairness.assessUnderIds(
          CareLeavers.initiative(), CareLeavers.ledger(), FairnessSettings.defaults());

  private static ImmutableFairnessReport.Builder edit() {
    return FairnessReport.builder().from(REPORT);
  }

  private static GroupReciprocity group(InterestGroup g) {
    return REPORT.groups().stream().filter(r -> r.group() == g).findFirst().orElseThrow();
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
  void malformedIdsOfTheInitiativeAndLedgerAreRefused() {
    refused("initiativeId: " + ID_RULE, () -> edit().initiativeId("care leavers").build());
    refused("ledgerId: " + ID_RULE, () -> edit().ledgerId("the ledger").build());
  }

  @Test
  void contributorsWithoutReturnMustBeInIdOrderAndEachOnce() {
    refused(
        "contributorsWithoutReturn[1]: " + ORDER_RULE,
        () -> edit().contributorsWithoutReturn(List.of("y2", "y1")).build());
    refused(
        "contributorsWithoutReturn[1]: " + ORDER_RULE,
        () -> edit().contributorsWithoutReturn(List.of("y2", "y2")).build());
    refused(
        "contributorsWithoutReturn[0]: " + ID_RULE,
        () -> edit().contributorsWithoutReturn(List.of("Young Person")).build());
  }

  @Test
  void aCountOfPeopleFromOneToKMinusOneIsRefusedAndSoIsAListThatDisagreesWithItsCount() {
    refused(
        "peoplePaidLess: a count from 1 to 2 people must be left out, was 2",
        () -> edit().peoplePaidLess(2).build());
    refused(
        "payGaps: must list the 4 people counted, or nobody",
        () -> edit().peoplePaidLess(4).build());
    refused(
        "groups[0].contributorsWithoutReturn: a count from 1 to 2 people must be left out, was 1",
        () ->
            edit()
                .groups(
                    List.of(
                        GroupReciprocity.builder()
                            .from(REPORT.groups().get(0))
                            .contributorsWithoutReturn(1)
                            .build()))
                .build());
    refused(
        "peopleWithoutReturn: is left out when a group's count is, which it would give away by"
            + " subtraction",
        () -> edit().peopleWithoutReturn(3).contributorsWithoutReturn(List.of()).build());
    refused(
        "figuresLeftOut: must be true exactly when a count of people is left out",
        () -> edit().figuresLeftOut(false).build());
    refused(
        "outOfPocketTotal: is given exactly when the number of people out of pocket is",
        () -> edit().outOfPocketTotal(Money.of(1250, "GBP")).build());
    refused(
        "outOfPocketTotal: is zero exactly when nobody is out of pocket",
        () ->
            edit()
                .outOfPocket(List.of())
                .peopleOutOfPocket(3)
                .outOfPocketTotal(Money.of(0, "GBP"))
                .build());
  }

  @Test
  void peopleNotInTheLedgerMustBeWellFormedIdsInOrder() {
    refused("notInLedger[0]: " + ID_RULE, () -> edit().notInLedger(List.of("A Name")).build());
    refused("notInLedger[1]: " + ORDER_RULE, () -> edit().notInLedger(List.of("z9", "a1")).build());
  }

  @Test
  void peopleMustBeInIdOrder() {
    List<PersonReciprocity> people = new ArrayList<>(REPORT.people());
    PersonReciprocity first = people.remove(0);
    people.add(first);
    refused(
        "people[" + (people.size() - 1) + "].participantId: " + ORDER_RULE,
        () -> edit().people(people).build());
  }

  @Test
  void outOfPocketMustBeInIdOrder() {
    List<OutOfPocket> owed = new ArrayList<>(REPORT.outOfPocket());
    owed.add(OutOfPocket.of("a1", Money.of(100, "GBP")));
    refused(
        "outOfPocket[" + (owed.size() - 1) + "].participantId: " + ORDER_RULE,
        () -> edit().outOfPocket(owed).build());
  }

  @Test
  void payGapsMustBeInIdOrder() {
    List<PayGap> gaps = new ArrayList<>(REPORT.payGaps());
    gaps.add(gaps.get(0));
    refused(
        "payGaps[" + (gaps.size() - 1) + "].participantId: " + ORDER_RULE,
        () -> edit().payGaps(gaps).build());
  }

  @Test
  void aGroupListedTwiceIsRefused() {
    GroupReciprocity users = group(InterestGroup.PEOPLE_WHO_USE_SERVICES);
    List<GroupReciprocity> groups = new ArrayList<>(REPORT.groups());
    groups.add(1, users);
    refused(
        "groups[1].group: groups must be in group order, each at most once",
        () -> edit().groups(groups).build());
  }

  @Test
  void totalsNextToExactlyOneSuppressedGroupAreRefused() {
    // The report hides two groups; dropping one leaves a single hidden group the totals would
    // reveal.
    List<GroupReciprocity> groups = new ArrayList<>(REPORT.groups());
    groups.remove(group(InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES));
    refused(
        "totals: cannot be shown next to exactly one suppressed group, whose figures they would"
            + " give away",
        () ->
            edit()
                .groups(groups)
                .groupsNotInLedger(
                    List.of(
                        InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
                        InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES))
                .build());
  }

  @Test
  void aSuppressedGroupNeedsAReason() {
    refused(
        "suppressed: must not be blank",
        () ->
            GroupReciprocity.builder()
                .group(InterestGroup.MEMBERS_OF_THE_PUBLIC)
                .suppressed(" ")
                .build());
  }

  @Test
  void aShownGroupCannotHaveNegativeHoursOrContributors() {
    GroupReciprocity users = group(InterestGroup.PEOPLE_WHO_USE_SERVICES);
    refused(
        "hoursGiven: must be 0 hours or more, was -1 hour 30 minutes",
        () ->
            GroupReciprocity.builder()
                .from(users)
                .hoursGiven(Duration.ofMinutes(-90))
                .valueReturnedPerHour(Optional.empty())
                .build());
    refused(
        "contributorsWithoutReturn: must be 0 or more, was -1",
        () -> GroupReciprocity.builder().from(users).contributorsWithoutReturn(-1).build());
  }

  @Test
  void aPersonsFiguresAreNeverNegativeAndPerHourAmountsFollowTheirHours() {
    PersonReciprocity y1 =
        REPORT.people().stream()
            .filter(p -> p.participantId().equals("y1"))
            .findFirst()
            .orElseThrow();
    refused(
        "participantId: " + ID_RULE,
        () -> PersonReciprocity.builder().from(y1).participantId("y 1").build());
    refused(
        "hoursGiven: must be 0 hours or more, was -2 hours",
        () -> PersonReciprocity.builder().from(y1).hoursGiven(Duration.ofHours(-2)).build());
    refused(
        "creditsEarned: must be 0 hours or more, was -1 hour",
        () -> PersonReciprocity.builder().from(y1).creditsEarned(Duration.ofHours(-1)).build());
    refused(
        "returnsReceived: must be 0 or more, was -1",
        () -> PersonReciprocity.builder().from(y1).returnsReceived(-1).build());
    refused(
        "feePerHour: per-hour amounts are given exactly when the person gave time",
        () -> PersonReciprocity.builder().from(y1).feePerHour(Optional.empty()).build());
    refused(
        "valueReturnedPerHour: per-hour amounts are given exactly when the person gave time",
        () -> PersonReciprocity.builder().from(y1).hoursGiven(Duration.ZERO).build());
  }

  @Test
  void theInequalityPayComparisonGapsTotalsAndOutOfPocketKeepTheirRules() {
    ReturnInequality r = REPORT.returnInequality();
    refused(
        "contributors: must be 0 or more, was -1",
        () -> ReturnInequality.builder().from(r).contributors(-1).build());
    refused(
        "coefficient: must be between 0 and 1, was 1.5",
        () -> ReturnInequality.builder().from(r).coefficient(1.5).build());
    refused(
        "explanation: must not be blank",
        () -> ReturnInequality.builder().from(r).explanation(" ").build());
    refused(
        "explanation: must not be blank",
        () -> PayComparison.builder().from(REPORT.payComparison()).explanation(" ").build());
    PayGap gap = REPORT.payGaps().get(0);
    refused(
        "participantId: " + ID_RULE, () -> PayGap.builder().from(gap).participantId("y 1").build());
    refused(
        "otherReturns: must be 0 or more, was -1",
        () -> PayGap.builder().from(gap).otherReturns(-1).build());
    refused(
        "explanation: must not be blank",
        () -> PayGap.builder().from(gap).explanation(" ").build());
    FairnessTotals totals = REPORT.totals().orElseThrow();
    refused(
        "people: must be 0 or more, was -1",
        () -> FairnessTotals.builder().from(totals).people(-1).build());
    refused(
        "hoursGiven: must be 0 hours or more, was -30 minutes",
        () -> FairnessTotals.builder().from(totals).hoursGiven(Duration.ofMinutes(-30)).build());
    refused("participantId: " + ID_RULE, () -> OutOfPocket.of("y 2", Money.of(100, "GBP")));
  }

  @Test
  void professionalsArePaidWhenTheyGetFeesOrStaffTakePartInPaidTime() {
    PayComparison pay = REPORT.payComparison();
    ImmutablePayComparison.Builder b = PayComparison.builder().from(pay);
    assertEquals(
        List.of(true, true, true, false),
        List.of(
            b.professionalsPaidFees(true).staffTookPartInPaidTime(true).build().professionalsPaid(),
            b.professionalsPaidFees(true)
                .staffTookPartInPaidTime(false)
                .build()
                .professionalsPaid(),
            b.professionalsPaidFees(false)
                .staffTookPartInPaidTime(true)
                .build()
                .professionalsPaid(),
            b.professionalsPaidFees(false)
                .staffTookPartInPaidTime(false)
                .build()
                .professionalsPaid()));
  }
}
