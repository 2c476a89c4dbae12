package org.coproduction.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.internal.json.JsonSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ReciprocityLedgerProperties {
  /** Properties that edit JSON and read it back are slower; fewer examples keep the build quick. */
  private static final int JSON_EDITS = 200;

  private static ObjectNode tree(ReciprocityLedger ledger) {
    return (ObjectNode) JsonSupport.mapper().readTree(Documents.write(ledger));
  }

  private static CoProductionException readFails(ObjectNode tree) {
    return assertThrows(
        CoProductionException.class,
        () ->
            Documents.read(JsonSupport.mapper().writeValueAsString(tree), ReciprocityLedger.class));
  }

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static LocalDate lastDate(ReciprocityLedger l) {
    return Stream.of(
            l.contributions().stream().map(Contribution::date),
            l.returns().stream().map(Return::date),
            l.expenseClaims().stream().map(ExpenseClaim::date),
            l.creditTransfers().stream().map(CreditTransfer::date))
        .flatMap(s -> s)
        .max(LocalDate::compareTo)
        .orElse(LocalDate.of(2026, 1, 1));
  }

  /** A builder holding everything in the ledger, to add one more entry to. */
  private static ReciprocityLedger.Builder copy(ReciprocityLedger l) {
    ReciprocityLedger.Builder b = ReciprocityLedger.builder();
    b.id(l.id())
        .initiativeId(l.initiativeId())
        .currency(l.currency())
        .participants(l.participants())
        .contributions(l.contributions())
        .returns(l.returns())
        .expenseClaims(l.expenseClaims())
        .creditTransfers(l.creditTransfers());
    return b;
  }

  @Test
  void roundTripsThroughDocuments() {
    qt().forAll(LedgerGenerators.ledgers())
        .checkAssert(
            l -> assertEquals(l, Documents.read(Documents.write(l), ReciprocityLedger.class)));
  }

  @Test
  void busyLedgersHaveEveryKindOfEntry() {
    qt().forAll(LedgerGenerators.busyLedgers())
        .checkAssert(
            l -> {
              assertFalse(l.contributions().isEmpty());
              assertTrue(l.returns().stream().anyMatch(r -> r.kind() == ReturnKind.FEE));
              assertTrue(l.returns().stream().anyMatch(r -> r.kind() == ReturnKind.TIME_CREDITS));
              assertFalse(l.expenseClaims().isEmpty());
              assertFalse(l.creditTransfers().isEmpty());
            });
  }

  @Test
  void figuresDoNotDependOnEntryOrder() {
    qt().forAll(LedgerGenerators.ledgers(), longs().all())
        .checkAssert(
            (l, seed) -> {
              Random random = new Random(seed);
              ReciprocityLedger reordered =
                  ReciprocityLedger.builder()
                      .id(l.id())
                      .initiativeId(l.initiativeId())
                      .currency(l.currency())
                      .participants(shuffled(l.participants(), random))
                      .contributions(shuffled(l.contributions(), random))
                      .returns(shuffled(l.returns(), random))
                      .expenseClaims(shuffled(l.expenseClaims(), random))
                      .creditTransfers(shuffled(l.creditTransfers(), random))
                      .build();
              assertEquals(l.balances(), reordered.balances());
              assertEquals(l.totals(), reordered.totals());
              assertEquals(l.contributorsWithoutReturn(), reordered.contributorsWithoutReturn());
            });
  }

  @Test
  void everyListedParticipantHasABalanceInIdOrder() {
    qt().forAll(LedgerGenerators.ledgers())
        .checkAssert(
            l -> {
              List<String> sorted = new ArrayList<>(l.participants());
              Collections.sort(sorted);
              assertEquals(sorted, new ArrayList<>(l.balances().keySet()));
              l.balances().forEach((id, b) -> assertEquals(id, b.participantId()));
            });
  }

  @Test
  void totalsAreTheSumsOfTheBalances() {
    qt().forAll(LedgerGenerators.ledgers())
        .checkAssert(
            l -> {
              LedgerTotals t = l.totals();
              Duration hours = Duration.ZERO;
              long fees = 0;
              long claimed = 0;
              long reimbursed = 0;
              for (Balance b : l.balances().values()) {
                hours = hours.plus(b.hoursGiven());
                fees += b.feesReceived().minorUnits();
                claimed += b.expensesClaimed().minorUnits();
                reimbursed += b.expensesReimbursed().minorUnits();
              }
              assertEquals(l.participants().size(), t.participants());
              assertEquals(hours, t.hoursGiven());
              assertEquals(
                  l.contributions().stream()
                      .map(Contribution::hours)
                      .reduce(Duration.ZERO, Duration::plus),
                  t.hoursGiven());
              assertEquals(
                  t.hoursGiven(),
                  t.hoursByKind().values().stream().reduce(Duration.ZERO, Duration::plus));
              assertEquals(Money.of(fees, l.currency()), t.feesPaid());
              assertEquals(Money.of(claimed, l.currency()), t.expensesClaimed());
              assertEquals(Money.of(reimbursed, l.currency()), t.expensesReimbursed());
              assertEquals(Money.of(claimed - reimbursed, l.currency()), t.expensesUnreimbursed());
              assertEquals(
                  l.returns().size(),
                  t.returnsByKind().values().stream().mapToInt(Integer::intValue).sum());
            });
  }

  @Test
  void creditsAreZeroSum() {
    qt().forAll(LedgerGenerators.ledgers())
        .checkAssert(
            l -> {
              Duration received = Duration.ZERO;
              Duration given = Duration.ZERO;
              Duration held = Duration.ZERO;
              for (Balance b : l.balances().values()) {
                received = received.plus(b.creditsReceived());
                given = given.plus(b.creditsGiven());
                held = held.plus(b.creditBalance());
                assertFalse(b.creditBalance().isNegative(), b.participantId());
                assertTrue(b.creditsEarned().compareTo(b.hoursGiven()) <= 0, b.participantId());
              }
              assertEquals(received, given);
              assertEquals(given, l.totals().creditsGiven());
              assertEquals(l.totals().creditsEarned().minus(l.totals().creditsSpent()), held);
              assertEquals(held, l.totals().creditsHeld());
            });
  }

  @Test
  void negatingOneContributionsHoursIsRejectedWithItsPath() {
    qt().withExamples(JSON_EDITS)
        .forAll(LedgerGenerators.busyLedgers(), integers().between(0, 1000))
        .checkAssert(
            (l, k) -> {
              int i = k % l.contributions().size();
              Duration negated = l.contributions().get(i).hours().negated();
              ObjectNode tree = tree(l);
              ((ObjectNode) tree.get("contributions").get(i)).put("hours", negated.toString());
              CoProductionException e = readFails(tree);
              assertEquals("contributions[" + i + "].hours", e.path());
              assertEquals("must be 0 hours or more, was " + Hours.words(negated), e.problem());
            });
  }

  @Test
  void aTransferBeyondTheCreditHeldIsRejectedWithItsPath() {
    qt().forAll(LedgerGenerators.ledgers(), integers().between(0, 1000))
        .checkAssert(
            (l, k) -> {
              String p = l.participants().get(k % l.participants().size());
              Duration held = l.balance(p).orElseThrow().creditBalance();
              Duration tooMuch = held.plusMinutes(15);
              LocalDate day = lastDate(l).plusDays(1);
              CreditTransfer over =
                  CreditTransfer.builder()
                      .id("t-over")
                      .fromParticipantId(p)
                      .date(day)
                      .hours(tooMuch)
                      .build();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class, () -> copy(l).addCreditTransfers(over).build());
              assertEquals("creditTransfers[" + l.creditTransfers().size() + "].hours", e.path());
              assertEquals(
                  p
                      + " would spend "
                      + Hours.words(tooMuch)
                      + " of time credit on "
                      + day
                      + " but has "
                      + (held.isZero() ? "none" : "only " + Hours.words(held))
                      + " earned or received by then",
                  e.problem());
            });
  }

  @Test
  void aTransferOfExactlyTheCreditHeldIsAccepted() {
    qt().forAll(LedgerGenerators.ledgers(), integers().between(0, 1000))
        .checkAssert(
            (l, k) -> {
              String p = l.participants().get(k % l.participants().size());
              Duration held = l.balance(p).orElseThrow().creditBalance();
              ReciprocityLedger after =
                  copy(l)
                      .addCreditTransfers(
                          CreditTransfer.builder()
                              .id("t-all")
                              .fromParticipantId(p)
                              .date(lastDate(l).plusDays(1))
                              .hours(held)
                              .build())
                      .build();
              assertEquals(Duration.ZERO, after.balance(p).orElseThrow().creditBalance());
            });
  }

  @Test
  void earningMoreCreditThanHoursGivenIsRejectedWithItsPath() {
    qt().forAll(LedgerGenerators.ledgers(), integers().between(0, 1000))
        .checkAssert(
            (l, k) -> {
              String p = l.participants().get(k % l.participants().size());
              Balance b = l.balance(p).orElseThrow();
              Duration extra = b.hoursGiven().minus(b.creditsEarned()).plusMinutes(15);
              Return r =
                  Return.builder()
                      .id("r-extra")
                      .participantId(p)
                      .date(lastDate(l).plusDays(1))
                      .kind(ReturnKind.TIME_CREDITS)
                      .creditHours(extra)
                      .build();
              CoProductionException e =
                  assertThrows(CoProductionException.class, () -> copy(l).addReturns(r).build());
              assertEquals("returns[" + l.returns().size() + "].creditHours", e.path());
              Duration gave = b.hoursGiven();
              assertEquals(
                  p
                      + " would earn "
                      + Hours.words(b.creditsEarned().plus(extra))
                      + " of time credit in all but "
                      + (gave.isZero() ? "gave no time" : "gave only " + Hours.words(gave))
                      + "; a time bank gives one credit for each hour given",
                  e.problem());
            });
  }

  @Test
  void anAmountInAnotherCurrencyIsRejectedWithItsPath() {
    qt().withExamples(JSON_EDITS)
        .forAll(
            LedgerGenerators.busyLedgers(), integers().between(0, 1000), integers().between(1, 3))
        .checkAssert(
            (l, k, shift) -> {
              List<String> codes = List.of("GBP", "EUR", "USD", "JPY");
              String other = codes.get((codes.indexOf(l.currency()) + shift) % codes.size());
              List<Integer> paid = new ArrayList<>();
              for (int i = 0; i < l.returns().size(); i++) {
                if (l.returns().get(i).amount().isPresent()) {
                  paid.add(i);
                }
              }
              int i = paid.get(k % paid.size());
              ObjectNode tree = tree(l);
              ((ObjectNode) tree.get("returns").get(i).get("amount")).put("currency", other);
              CoProductionException e = readFails(tree);
              assertEquals("returns[" + i + "].amount", e.path());
              assertEquals(
                  "is in " + other + " but this ledger is in " + l.currency(), e.problem());
            });
  }

  @Test
  void anUnknownParticipantIsRejectedWithItsPath() {
    String[][] lists = {
      {"contributions", "participantId"},
      {"returns", "participantId"},
      {"expenseClaims", "participantId"},
      {"creditTransfers", "fromParticipantId"}
    };
    qt().withExamples(JSON_EDITS)
        .forAll(
            LedgerGenerators.busyLedgers(), integers().between(0, 3), integers().between(0, 1000))
        .checkAssert(
            (l, which, k) -> {
              ObjectNode tree = tree(l);
              String list = lists[which][0];
              String field = lists[which][1];
              int i = k % tree.get(list).size();
              ((ObjectNode) tree.get(list).get(i)).put(field, "nobody");
              CoProductionException e = readFails(tree);
              assertEquals(list + "[" + i + "]." + field, e.path());
              assertEquals("no participant with id 'nobody'", e.problem());
            });
  }

  @Test
  void aRepeatedIdIsRejectedWithItsPath() {
    qt().forAll(LedgerGenerators.busyLedgers(), integers().between(0, 1000))
        .checkAssert(
            (l, k) -> {
              int i = k % l.expenseClaims().size();
              ExpenseClaim again = l.expenseClaims().get(i);
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class, () -> copy(l).addExpenseClaims(again).build());
              int at = l.expenseClaims().size();
              assertEquals("expenseClaims[" + at + "].id", e.path());
              assertEquals(
                  "duplicate id '" + again.id() + "', already used at index " + i + " of this list",
                  e.problem());
            });
  }

  @Test
  void aReimbursementAboveItsClaimIsRejectedWithItsPath() {
    qt().withExamples(JSON_EDITS)
        .forAll(LedgerGenerators.busyLedgers(), integers().between(0, 1000))
        .checkAssert(
            (l, k) -> {
              int i = k % l.expenseClaims().size();
              Money claimed = l.expenseClaims().get(i).claimed();
              ObjectNode tree = tree(l);
              ((ObjectNode) tree.get("expenseClaims").get(i).get("reimbursed"))
                  .put("minorUnits", claimed.minorUnits() + 1);
              CoProductionException e = readFails(tree);
              assertEquals("expenseClaims[" + i + "].reimbursed", e.path());
              assertEquals(
                  Money.of(claimed.minorUnits() + 1, claimed.currency())
                      + " is more than the "
                      + claimed
                      + " claimed",
                  e.problem());
            });
  }

  @Test
  void unreimbursedIsClaimedMinusReimbursedForEveryone() {
    qt().forAll(LedgerGenerators.ledgers())
        .checkAssert(
            l ->
                l.balances()
                    .values()
                    .forEach(
                        b -> {
                          long claimed = 0;
                          long back = 0;
                          for (ExpenseClaim e : l.expenseClaims()) {
                            if (e.participantId().equals(b.participantId())) {
                              claimed += e.claimed().minorUnits();
                              back += e.reimbursed().minorUnits();
                            }
                          }
                          assertEquals(
                              Money.of(claimed - back, l.currency()), b.expensesUnreimbursed());
                        }));
  }

  @Test
  void contributorsWithoutReturnGaveTimeAndGotNothing() {
    qt().forAll(LedgerGenerators.ledgers())
        .checkAssert(
            l -> {
              for (String p : l.participants()) {
                boolean gave =
                    l.contributions().stream()
                        .anyMatch(c -> c.participantId().equals(p) && !c.hours().isZero());
                boolean got = l.returns().stream().anyMatch(r -> r.participantId().equals(p));
                assertEquals(gave && !got, l.contributorsWithoutReturn().contains(p), p);
              }
            });
  }
}
