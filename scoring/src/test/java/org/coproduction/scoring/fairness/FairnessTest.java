package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.ledger.Return;
import org.coproduction.core.ledger.ReturnKind;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

/** Each fairness rule on the hand-built Care Leavers pattern, with figures worked out by hand. */
class FairnessTest {
  private static final double EXACT = 1e-12;

  private static Money gbp(long pence) {
    return Money.of(pence, "GBP");
  }

  private static final FairnessReport REPORT =
      Fairness.assessUnderIds(
          CareLeavers.initiative(), CareLeavers.ledger(), FairnessSettings.defaults());

  private static GroupReciprocity group(FairnessReport report, InterestGroup g) {
    return report.groups().stream().filter(r -> r.group() == g).findFirst().orElseThrow();
  }

  @Test
  void youngPeopleUnpaidWhileProfessionalsArePaidAreFlagged() {
    List<PayGap> gaps = REPORT.payGaps();
    assertEquals(
        List.of("y1", "y2", "y3"),
        gaps.stream().map(PayGap::participantId).collect(Collectors.toList()));
    PayGap y1 = gaps.get(0);
    assertEquals(PayGapKind.UNPAID_WHILE_PROFESSIONALS_PAID, y1.kind());
    assertEquals(gbp(0), y1.feePerHour());
    assertEquals(1, y1.otherReturns());
    assertEquals(
        "Gave 6 hours and received no fee, while professionals were paid fees and staff took part"
            + " in paid time. Got 1 other return, such as time credits or training, but no pay.",
        y1.explanation());
    assertEquals(
        "Gave 6 hours and received no fee, while professionals were paid fees and staff took part"
            + " in paid time.",
        gaps.get(1).explanation());
  }

  @Test
  void aYoungPersonPaidLessPerHourThanTheLowestPaidProfessionalIsFlagged() {
    // y3: 20.00 for 4 hours = 5.00 an hour. Professionals with fees: w2 180.00 / 6 = 30.00,
    // w3 100.00 / 4 = 25.00, so the lowest is 25.00. f1 is a facilitator, not a professional.
    PayGap y3 = REPORT.payGaps().get(2);
    assertEquals(PayGapKind.PAID_LESS_PER_HOUR, y3.kind());
    assertEquals(gbp(500), y3.feePerHour());
    assertEquals(Optional.of(gbp(2500)), y3.lowestProfessionalFeePerHour());
    assertEquals(
        "Paid 5.00 GBP an hour, less than the 25.00 GBP an hour of the lowest-paid professional"
            + " who received a fee.",
        y3.explanation());
    PayComparison basis = REPORT.payComparison();
    assertTrue(basis.professionalsPaidFees());
    assertTrue(basis.staffTookPartInPaidTime());
    assertEquals(Optional.of(gbp(2500)), basis.lowestProfessionalFeePerHour());
  }

  @Test
  void aFeeAtOrAboveTheLowestProfessionalRateIsNoGap() {
    // y3 paid 100.00 for 4 hours = 25.00 an hour, the same as w3: not less, so not flagged.
    ReciprocityLedger ledger =
        CareLeavers.ledgerBuilder()
            .returns(
                List.of(
                    CareLeavers.fee("r2", "y3", 10000),
                    CareLeavers.fee("r3", "w2", 18000),
                    CareLeavers.fee("r4", "w3", 10000)))
            .build();
    FairnessReport report =
        Fairness.assessUnderIds(CareLeavers.initiative(), ledger, FairnessSettings.defaults());
    assertEquals(
        List.of("y1", "y2"),
        report.payGaps().stream().map(PayGap::participantId).collect(Collectors.toList()));
  }

  @Test
  void salariedStaffAloneCountAsPaidUnlessTheSettingsSayOtherwise() {
    // No fees at all: only the staff's paid time makes the young people's unpaid time a gap.
    ReciprocityLedger unpaid = CareLeavers.ledgerBuilder().returns(List.of()).build();
    FairnessReport report =
        Fairness.assessUnderIds(CareLeavers.initiative(), unpaid, FairnessSettings.defaults());
    assertFalse(report.payComparison().professionalsPaidFees());
    assertTrue(report.payComparison().staffTookPartInPaidTime());
    assertEquals(3, report.payGaps().size());
    assertEquals(
        "Gave 6 hours and received no fee, while staff took part in paid time.",
        report.payGaps().get(0).explanation());
    assertEquals(
        "In this initiative staff took part in paid time. No professional received a fee for"
            + " time given, so fees per hour are not compared.",
        report.payComparison().explanation());

    FairnessReport ownTime =
        Fairness.assessUnderIds(
            CareLeavers.initiative(),
            unpaid,
            FairnessSettings.builder().staffTimeIsPaid(false).build());
    assertEquals(List.of(), ownTime.payGaps());
    assertEquals(
        "No professional was paid a fee and no staff took part in paid time, so nobody is flagged"
            + " for being unpaid. No professional received a fee for time given, so fees per hour"
            + " are not compared.",
        ownTime.payComparison().explanation());
    // With no returns at all and staff time not counted as paid, everyone who gave time is listed.
    assertEquals(
        List.of("f1", "m1", "w1", "w2", "w3", "y1", "y2", "y3"),
        ownTime.contributorsWithoutReturn());
  }

  @Test
  void aCarerWhoIsAlsoStaffIsComparedAsAProfessional() {
    Initiative initiative =
        Initiative.builder()
            .from(CareLeavers.initiative())
            .participants(
                CareLeavers.initiative().participants().stream()
                    .map(
                        p ->
                            p.id().equals("y1")
                                ? Participant.builder()
                                    .from(p)
                                    .addRoles(Role.FRONTLINE_STAFF)
                                    .build()
                                : p)
                    .collect(Collectors.toList()))
            .build();
    FairnessReport report =
        Fairness.assessUnderIds(initiative, CareLeavers.ledger(), FairnessSettings.defaults());
    assertEquals(
        List.of("y2", "y3"),
        report.payGaps().stream().map(PayGap::participantId).collect(Collectors.toList()));
  }

  @Test
  void peopleWhoGaveTimeForNothingAreListedButSalariedStaffAreNot() {
    // y1 got recognition; y2 got nothing; w1 and m1 got nothing in the ledger but are salaried.
    assertEquals(List.of("y2"), REPORT.contributorsWithoutReturn());
  }

  @Test
  void unreimbursedExpensesShowWhoIsOutOfPocket() {
    assertEquals(List.of(OutOfPocket.of("y2", gbp(1250))), REPORT.outOfPocket());
    assertEquals(gbp(1250), REPORT.totals().orElseThrow().expensesUnreimbursed());
  }

  @Test
  void perPersonFiguresComeFromTheLedger() {
    PersonReciprocity w2 = REPORT.people().get(3);
    assertEquals("w2", w2.participantId());
    assertEquals(Duration.ofHours(6), w2.hoursGiven());
    assertEquals(gbp(18000), w2.feesReceived());
    assertEquals(gbp(18000), w2.valueReturned());
    assertEquals(Optional.of(gbp(3000)), w2.feePerHour());
    assertEquals(Optional.of(gbp(3000)), w2.valueReturnedPerHour());
    assertEquals(1, w2.returnsReceived());
    assertFalse(w2.paidBySalary());
    PersonReciprocity w1 = REPORT.people().get(2);
    assertEquals("w1", w1.participantId());
    assertTrue(w1.paidBySalary());
    assertEquals(gbp(0), w1.valueReturned());
    assertEquals(
        List.of("f1", "m1", "w1", "w2", "w3", "y1", "y2", "y3"),
        REPORT.people().stream()
            .map(PersonReciprocity::participantId)
            .collect(Collectors.toList()));
  }

  @Test
  void perHourAmountsAreRoundedHalfToEven() {
    // 10.00 for 3 hours = 333.33p an hour -> 333p; 1.00 for 8 hours = 12.5p -> 12p (to even);
    // 0.03 for 2 hours = 1.5p -> 2p (to even).
    assertEquals(Optional.of(gbp(333)), Rates.perHour(gbp(1000), Duration.ofHours(3)));
    assertEquals(Optional.of(gbp(12)), Rates.perHour(gbp(100), Duration.ofHours(8)));
    assertEquals(Optional.of(gbp(2)), Rates.perHour(gbp(3), Duration.ofHours(2)));
    assertEquals(Optional.empty(), Rates.perHour(gbp(3), Duration.ZERO));
  }

  @Test
  void groupFiguresAddUpTheirMembersAndSmallGroupsAreSuppressed() {
    GroupReciprocity users = group(REPORT, InterestGroup.PEOPLE_WHO_USE_SERVICES);
    assertEquals(Optional.of(3), users.people());
    assertEquals(Optional.of(Duration.ofHours(16)), users.hoursGiven());
    assertEquals(Optional.of(gbp(2000)), users.feesReceived());
    // 20.00 over 16 hours = 1.25 an hour.
    assertEquals(Optional.of(gbp(125)), users.valueReturnedPerHour());
    // One of the three got nothing back: a count below k = 3 is left out, here and in all.
    assertEquals(Optional.empty(), users.contributorsWithoutReturn());
    assertEquals(Optional.empty(), REPORT.peopleWithoutReturn());
    assertEquals(Optional.of(gbp(1250)), users.expensesUnreimbursed());

    GroupReciprocity staff = group(REPORT, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES);
    assertEquals(Optional.of(gbp(28000)), staff.feesReceived());
    assertEquals(Optional.of(Duration.ofHours(16)), staff.hoursGiven());
    // 280.00 over the 10 hours of w2 and w3; w1's 6 salaried hours are left out: 28.00 an hour.
    assertEquals(Optional.of(gbp(2800)), staff.valueReturnedPerHour());
    assertEquals(Optional.of(0), staff.contributorsWithoutReturn());

    for (InterestGroup small :
        List.of(
            InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES,
            InterestGroup.MEMBERS_OF_THE_PUBLIC)) {
      GroupReciprocity row = group(REPORT, small);
      assertEquals(Optional.of("suppressed: fewer than 3 people"), row.suppressed());
      assertEquals(Optional.empty(), row.people());
      assertEquals(Optional.empty(), row.feesReceived());
    }
    assertEquals(List.of(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE), REPORT.groupsNotInLedger());

    FairnessTotals totals = REPORT.totals().orElseThrow();
    assertEquals(8, totals.people());
    assertEquals(Duration.ofHours(40), totals.hoursGiven());
    assertEquals(gbp(60000), totals.feesReceived());
    assertEquals(gbp(60000), totals.valueReturned());
  }

  @Test
  void aLoneSuppressedGroupTakesTheNextSmallestWithIt() {
    // Groups of 1 (manager), 3 (young people) and 4 (staff incl. the facilitator): the manager's
    // group is suppressed, so with the totals shown the young people's is hidden as well.
    Initiative initiative =
        Initiative.builder()
            .from(CareLeavers.initiative())
            .participants(
                CareLeavers.initiative().participants().stream()
                    .map(
                        p ->
                            p.id().equals("f1")
                                ? Participant.builder()
                                    .from(p)
                                    .interestGroup(InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES)
                                    .build()
                                : p)
                    .collect(Collectors.toList()))
            .build();
    FairnessReport report =
        Fairness.assessUnderIds(initiative, CareLeavers.ledger(), FairnessSettings.defaults());
    assertEquals(
        Optional.of(
            "suppressed: hidden as well, so that a smaller group's figures cannot be worked out"
                + " from the totals"),
        group(report, InterestGroup.PEOPLE_WHO_USE_SERVICES).suppressed());
    assertEquals(
        Optional.of("suppressed: fewer than 3 people"),
        group(report, InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES).suppressed());
    assertEquals(Optional.of(4), group(report, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES).people());
    assertTrue(report.totals().isPresent());
  }

  @Test
  void totalsAreHiddenWhenTheyWouldGiveAwayTheOnlyGroup() {
    ReciprocityLedger two =
        ReciprocityLedger.builder()
            .id("small")
            .initiativeId("care-leavers")
            .currency("GBP")
            .participants(List.of("y1", "y2"))
            .addContributions(CareLeavers.hours("c1", "y1", 2))
            .build();
    FairnessReport report =
        Fairness.assessUnderIds(CareLeavers.initiative(), two, FairnessSettings.defaults());
    assertEquals(Optional.empty(), report.totals());
    assertEquals(
        Optional.of(
            "suppressed: the totals would give away the figures of the only group in the ledger,"
                + " which has fewer than 3 people"),
        report.totalsSuppressed());
    assertEquals(List.of("f1", "m1", "w1", "w2", "w3", "y3"), report.notInLedger());
    assertEquals(Optional.of(6), report.peopleNotInLedger());
  }

  @Test
  void theGiniCoefficientOfTheCareLeaversPatternMatchesTheHandWorkedValue() {
    // Value per hour, in pence, of everyone who gave time except salaried staff (w1, m1):
    // y1 0, y2 0, y3 500, w2 3000, w3 2500, f1 5000. Sorted: 0, 0, 500, 2500, 3000, 5000; n = 6.
    // Sum = 11000. Sum of (2i - n - 1) x_(i) = -5*0 - 3*0 - 1*500 + 1*2500 + 3*3000 + 5*5000
    // = 36000. Plain G = 36000 / (6 * 11000) = 6/11 = 0.5455.
    // Sample-corrected = 6/5 * 6/11 = 36/55 = 0.6545.
    ReturnInequality corrected = REPORT.returnInequality();
    assertEquals(GiniNormalisation.SAMPLE_CORRECTED, corrected.normalisation());
    assertEquals(6, corrected.contributors());
    assertEquals(36.0 / 55, corrected.coefficient().orElseThrow(), EXACT);
    assertEquals(
        "Gini coefficient of value returned per hour over the 6 people who gave time and whose"
            + " return is in the ledger (sample-corrected, so that 1 means one person got all of"
            + " it). 0 means everyone got the same for each hour.",
        corrected.explanation());

    ReturnInequality plain =
        Fairness.assess(
                CareLeavers.initiative(),
                CareLeavers.ledger(),
                FairnessSettings.builder().giniNormalisation(GiniNormalisation.PLAIN).build())
            .returnInequality();
    assertEquals(6.0 / 11, plain.coefficient().orElseThrow(), EXACT);
    assertEquals(
        "Gini coefficient of value returned per hour over the 6 people who gave time and whose"
            + " return is in the ledger (in the plain form, whose highest value for 6 people is"
            + " 5/6). 0 means everyone got the same for each hour.",
        plain.explanation());
    assertEquals(0.5455, plain.coefficient().orElseThrow(), 0.00005);
  }

  @Test
  void thereIsNoGiniCoefficientWhenNobodyWasPaid() {
    FairnessReport report =
        Fairness.assess(
            CareLeavers.initiative(), CareLeavers.ledgerBuilder().returns(List.of()).build());
    assertEquals(Optional.empty(), report.returnInequality().coefficient());
    assertEquals(
        "No Gini coefficient: nobody who gave time got any value back in money, so there is no"
            + " share to compare.",
        report.returnInequality().explanation());
  }

  @Test
  void timeCreditsCountAsValueOnlyWhenTheSettingsPriceThem() {
    ReciprocityLedger credits =
        CareLeavers.ledgerBuilder()
            .addReturns(
                Return.builder()
                    .id("r9")
                    .participantId("y2")
                    .date(CareLeavers.DAY)
                    .kind(ReturnKind.TIME_CREDITS)
                    .creditHours(Duration.ofMinutes(270))
                    .build())
            .build();
    PersonReciprocity unpriced =
        Fairness.assessUnderIds(CareLeavers.initiative(), credits, FairnessSettings.defaults())
            .people()
            .get(6);
    assertEquals("y2", unpriced.participantId());
    assertEquals(gbp(0), unpriced.valueReturned());
    assertEquals(Duration.ofMinutes(270), unpriced.creditsEarned());

    // 4.5 credit hours at 10.00 an hour = 45.00; over 6 hours that is 7.50 an hour.
    PersonReciprocity priced =
        Fairness.assessUnderIds(
                CareLeavers.initiative(),
                credits,
                FairnessSettings.builder().timeCreditValue(gbp(1000)).build())
            .people()
            .get(6);
    assertEquals(gbp(4500), priced.valueReturned());
    assertEquals(Optional.of(gbp(750)), priced.valueReturnedPerHour());
    assertEquals(Optional.of(gbp(0)), priced.feePerHour());
  }

  @Test
  void aLedgerOfAnotherInitiativeIsRefused() {
    ReciprocityLedger other = CareLeavers.ledgerBuilder().initiativeId("elsewhere").build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Fairness.assess(CareLeavers.initiative(), other));
    assertEquals(
        "ledger.initiativeId: this ledger is for initiative 'elsewhere', not 'care-leavers'",
        e.getMessage());
  }

  @Test
  void aLedgerNamingSomeoneOutsideTheInitiativeIsRefusedWithThePath() {
    ReciprocityLedger stranger =
        CareLeavers.ledgerBuilder()
            .participants(List.of("y1", "zz9", "y2", "y3", "w1", "w2", "w3", "m1", "f1"))
            .build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Fairness.assess(CareLeavers.initiative(), stranger));
    assertEquals("ledger.participants[1]: no participant with id 'zz9'", e.getMessage());
  }

  @Test
  void aTimeCreditValueInAnotherCurrencyIsRefused() {
    FairnessSettings euros =
        FairnessSettings.builder().timeCreditValue(Money.of(1000, "EUR")).build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger(), euros));
    assertEquals("settings.timeCreditValue: is in EUR but the ledger is in GBP", e.getMessage());
  }

  @Test
  void aGroupSizeBelowOneIsRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> FairnessSettings.builder().minGroupSize(0).build());
    assertEquals("minGroupSize: must be 1 or more, was 0", e.getMessage());
  }

  @Test
  void theDefaultsAreKThreeSampleCorrectedStaffPaidAndCreditsUnpriced() {
    FairnessSettings d = FairnessSettings.defaults();
    assertEquals(3, d.minGroupSize());
    assertEquals(GiniNormalisation.SAMPLE_CORRECTED, d.giniNormalisation());
    assertTrue(d.staffTimeIsPaid());
    assertEquals(Optional.empty(), d.timeCreditValue());
  }
}
