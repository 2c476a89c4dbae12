package org.coproduction.core.ledger;

import static org.coproduction.core.Rejections.BAD_ID;
import static org.coproduction.core.Rejections.ID_PROBLEM;
import static org.coproduction.core.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each ledger value built with one field made invalid, and the exact path and problem it is
 * rejected with. The values are built directly, not read from JSON, so each value's own check is
 * what must catch the problem.
 */
class LedgerValueChecksTest {
  private static final LocalDate DAY = LocalDate.parse("2026-02-03");

  private static Money gbp(long pence) {
    return Money.of(pence, "GBP");
  }

  private static Duration hours(long n) {
    return Duration.ofHours(n);
  }

  private static Contribution.Builder contribution() {
    Contribution.Builder b = Contribution.builder();
    b.id("c1").participantId("m01").date(DAY).hours(hours(2)).kind(ContributionKind.MEETING);
    return b;
  }

  private static Return.Builder timeCredits() {
    Return.Builder b = Return.builder();
    b.id("r1").participantId("m01").date(DAY).kind(ReturnKind.TIME_CREDITS).creditHours(hours(2));
    return b;
  }

  private static ExpenseClaim.Builder claim() {
    ExpenseClaim.Builder b = ExpenseClaim.builder();
    b.id("e1").participantId("m01").date(DAY).claimed(gbp(1200)).reimbursed(gbp(500));
    return b;
  }

  private static CreditTransfer.Builder transfer() {
    CreditTransfer.Builder b = CreditTransfer.builder();
    b.id("t1").fromParticipantId("m01").toParticipantId("m02").date(DAY).hours(hours(1));
    return b;
  }

  private static ImmutableBalance.Builder balance() {
    return ImmutableBalance.builder()
        .participantId("m01")
        .hoursGiven(hours(3))
        .putHoursByKind(ContributionKind.MEETING, hours(3))
        .feesReceived(gbp(0))
        .expensesPaid(gbp(0))
        .putReturnsByKind(ReturnKind.TIME_CREDITS, 1)
        .creditsEarned(hours(3))
        .creditsReceived(hours(0))
        .creditsGiven(hours(0))
        .creditsSpent(hours(0))
        .expensesClaimed(gbp(0))
        .expensesReimbursed(gbp(0));
  }

  private static ImmutableLedgerTotals.Builder totals() {
    return ImmutableLedgerTotals.builder()
        .participants(2)
        .hoursGiven(hours(3))
        .feesPaid(gbp(0))
        .expensesPaid(gbp(0))
        .creditsEarned(hours(3))
        .creditsGiven(hours(0))
        .creditsSpent(hours(0))
        .expensesClaimed(gbp(0))
        .expensesReimbursed(gbp(0));
  }

  @Test
  void theValidStartingPointsBuild() {
    // Every case below changes one field of these; they must be valid as they stand.
    contribution().build();
    timeCredits().build();
    claim().build();
    transfer().build();
    balance().build();
    totals().build();
  }

  @TestFactory
  Stream<DynamicTest> aContributionChecksEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> contribution().id(BAD_ID).build()),
        rejects("participantId", ID_PROBLEM, () -> contribution().participantId(BAD_ID).build()),
        rejects(
            "hours",
            "must be 0 hours or more, was -1 hour 30 minutes",
            () -> contribution().hours(Duration.ofMinutes(-90)).build()),
        rejects("description", "must not be blank", () -> contribution().description(" ").build()));
  }

  @TestFactory
  Stream<DynamicTest> aReturnChecksEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> timeCredits().id(BAD_ID).build()),
        rejects("participantId", ID_PROBLEM, () -> timeCredits().participantId(BAD_ID).build()),
        rejects(
            "creditHours",
            "must be 0 hours or more, was -2 hours",
            () -> timeCredits().creditHours(hours(-2)).build()),
        rejects("description", "must not be blank", () -> timeCredits().description("\t").build()),
        rejects(
            "creditHours",
            "only a TIME_CREDITS return carries credit hours; this one is TRAINING",
            () -> timeCredits().kind(ReturnKind.TRAINING).build()),
        rejects(
            "amount",
            "a FEE return needs an amount",
            () -> timeCredits().kind(ReturnKind.FEE).build()));
  }

  @TestFactory
  Stream<DynamicTest> anExpenseClaimChecksEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> claim().id(BAD_ID).build()),
        rejects("participantId", ID_PROBLEM, () -> claim().participantId(BAD_ID).build()),
        rejects("description", "must not be blank", () -> claim().description("").build()),
        rejects(
            "reimbursed",
            "is in EUR but the claim is in GBP",
            () -> claim().reimbursed(Money.of(500, "EUR")).build()),
        rejects(
            "reimbursed",
            "12.01 GBP is more than the 12.00 GBP claimed",
            () -> claim().reimbursed(gbp(1201)).build()));
  }

  @TestFactory
  Stream<DynamicTest> aCreditTransferChecksEachField() {
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> transfer().id(BAD_ID).build()),
        rejects(
            "fromParticipantId", ID_PROBLEM, () -> transfer().fromParticipantId(BAD_ID).build()),
        rejects("toParticipantId", ID_PROBLEM, () -> transfer().toParticipantId(BAD_ID).build()),
        rejects(
            "hours",
            "must be 0 hours or more, was -1 hour",
            () -> transfer().hours(hours(-1)).build()),
        rejects("description", "must not be blank", () -> transfer().description(" ").build()));
  }

  @TestFactory
  Stream<DynamicTest> aBalanceChecksEachFigure() {
    return Stream.of(
        rejects("participantId", ID_PROBLEM, () -> balance().participantId(BAD_ID).build()),
        rejects(
            "hoursGiven",
            "must be 0 hours or more, was -3 hours",
            () -> balance().hoursGiven(hours(-3)).build()),
        rejects(
            "hoursByKind.TRAVEL",
            "must be 0 hours or more, was -1 hour",
            () -> balance().putHoursByKind(ContributionKind.TRAVEL, hours(-1)).build()),
        rejects(
            "returnsByKind.FEE",
            "must be 0 or more, was -1",
            () -> balance().putReturnsByKind(ReturnKind.FEE, -1).build()),
        rejects(
            "creditsEarned",
            "must be 0 hours or more, was -1 hour",
            () -> balance().creditsEarned(hours(-1)).build()),
        rejects(
            "creditsReceived",
            "must be 0 hours or more, was -4 hours",
            () -> balance().creditsReceived(hours(-4)).build()),
        rejects(
            "creditsGiven",
            "must be 0 hours or more, was -1 hour",
            () -> balance().creditsGiven(hours(-1)).build()),
        rejects(
            "creditsSpent",
            "must be 0 hours or more, was -1 hour",
            () -> balance().creditsSpent(hours(-1)).build()),
        rejects(
            "creditsSpent",
            "more credit given and spent than earned and received",
            () -> balance().creditsGiven(hours(2)).creditsSpent(hours(2)).build()));
  }

  @TestFactory
  Stream<DynamicTest> ledgerTotalsCheckEachFigure() {
    return Stream.of(
        rejects(
            "participants", "must be 0 or more, was -1", () -> totals().participants(-1).build()),
        rejects(
            "hoursGiven",
            "must be 0 hours or more, was -1 hour",
            () -> totals().hoursGiven(hours(-1)).build()),
        rejects(
            "creditsEarned",
            "must be 0 hours or more, was -1 hour",
            () -> totals().creditsEarned(hours(-1)).build()),
        rejects(
            "creditsGiven",
            "must be 0 hours or more, was -1 hour",
            () -> totals().creditsGiven(hours(-1)).build()),
        rejects(
            "creditsSpent",
            "must be 0 hours or more, was -1 hour",
            () -> totals().creditsSpent(hours(-1)).build()),
        rejects(
            "creditsSpent",
            "more credit spent than earned",
            () -> totals().creditsSpent(hours(4)).build()));
  }

  @TestFactory
  Stream<DynamicTest> aLedgerChecksItsOwnIdsAndLists() {
    ReciprocityLedger club = ReciprocityLedgerTest.club();
    CreditTransfer t1 = club.creditTransfers().get(0);
    return Stream.of(
        rejects("id", ID_PROBLEM, () -> ReciprocityLedger.builder().from(club).id(BAD_ID).build()),
        rejects(
            "initiativeId",
            ID_PROBLEM,
            () -> ReciprocityLedger.builder().from(club).initiativeId(BAD_ID).build()),
        rejects(
            "participants[4]",
            ID_PROBLEM,
            () -> ReciprocityLedger.builder().from(club).addParticipants(BAD_ID).build()),
        rejects(
            "contributions[6].id",
            "duplicate id 'c1', already used at index 0 of this list",
            () ->
                ReciprocityLedger.builder()
                    .from(club)
                    .addContributions(contribution().participantId("m02").build())
                    .build()),
        rejects(
            "expenseClaims[2].id",
            "duplicate id 'e1', already used at index 0 of this list",
            () ->
                ReciprocityLedger.builder()
                    .from(club)
                    .addExpenseClaims(claim().participantId("m02").build())
                    .build()),
        rejects(
            "creditTransfers[2].id",
            "duplicate id 't1', already used at index 0 of this list",
            () ->
                ReciprocityLedger.builder()
                    .from(club)
                    .addCreditTransfers(
                        CreditTransfer.builder().from(t1).hours(Duration.ZERO).build())
                    .build()));
  }

  @Test
  void moneyInAnotherCurrencyCannotBeTakenAwayOrCompared() {
    CoProductionException minus =
        assertThrows(CoProductionException.class, () -> gbp(1000).minus(Money.of(100, "EUR")));
    assertEquals("cannot take EUR from GBP", minus.getMessage());
    assertEquals("", minus.path());
    CoProductionException exceeds =
        assertThrows(CoProductionException.class, () -> gbp(1000).exceeds(Money.of(100, "EUR")));
    assertEquals("cannot compare GBP with EUR", exceeds.getMessage());
  }

  @Test
  void aClaimIsOutOfPocketByWhatWasNotPaidBack() {
    assertEquals(gbp(700), claim().build().unreimbursed());
    assertEquals(gbp(0), claim().reimbursed(gbp(1200)).build().unreimbursed());
  }

  @Test
  void aBalanceAddsUpWhatThePersonHoldsAndReceived() {
    Balance b =
        balance()
            .creditsReceived(hours(2))
            .creditsGiven(hours(1))
            .creditsSpent(hours(1))
            .feesReceived(gbp(2000))
            .expensesPaid(gbp(300))
            .expensesClaimed(gbp(900))
            .expensesReimbursed(gbp(400))
            .putReturnsByKind(ReturnKind.FEE, 2)
            .build();
    assertEquals(hours(3), b.creditBalance());
    assertEquals(gbp(500), b.expensesUnreimbursed());
    assertEquals(gbp(2700), b.moneyReceived());
    assertEquals(3, b.returnsReceived());
    assertEquals(Map.of(ReturnKind.TIME_CREDITS, 1, ReturnKind.FEE, 2), b.returnsByKind());
    assertEquals(List.of(ContributionKind.MEETING), List.copyOf(b.hoursByKind().keySet()));
  }
}
