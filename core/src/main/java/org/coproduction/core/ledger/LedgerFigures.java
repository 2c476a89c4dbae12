package org.coproduction.core.ledger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.coproduction.core.CoProductionException;

/**
 * Sums a ledger into per-person balances and totals, and checks the time-bank rules. Everything
 * here depends only on the set of entries, never on their order in the lists.
 */
final class LedgerFigures {
  private LedgerFigures() {}

  /** One person's running sums. */
  private static final class Sums {
    Duration hours = Duration.ZERO;
    final Map<ContributionKind, Duration> hoursByKind = new EnumMap<>(ContributionKind.class);
    Money fees;
    Money expensesPaid;
    final Map<ReturnKind, Integer> returnsByKind = new EnumMap<>(ReturnKind.class);
    Duration earned = Duration.ZERO;
    Duration received = Duration.ZERO;
    Duration given = Duration.ZERO;
    Duration spent = Duration.ZERO;
    Money claimed;
    Money reimbursed;

    Sums(String currency) {
      fees = Money.zero(currency);
      expensesPaid = fees;
      claimed = fees;
      reimbursed = fees;
    }
  }

  static SortedMap<String, Balance> balances(ReciprocityLedger ledger) {
    Map<String, Sums> sums = new HashMap<>();
    for (String p : ledger.participants()) {
      sums.put(p, new Sums(ledger.currency()));
    }
    for (Contribution c : ledger.contributions()) {
      Sums s = sums.get(c.participantId());
      s.hours = Hours.plus(s.hours, c.hours());
      s.hoursByKind.merge(c.kind(), c.hours(), Hours::plus);
    }
    for (Return r : ledger.returns()) {
      Sums s = sums.get(r.participantId());
      s.returnsByKind.merge(r.kind(), 1, Integer::sum);
      switch (r.kind()) {
        case FEE:
          s.fees = s.fees.plus(r.amount().orElseThrow());
          break;
        case EXPENSES:
          s.expensesPaid = s.expensesPaid.plus(r.amount().orElseThrow());
          break;
        case TIME_CREDITS:
          s.earned = Hours.plus(s.earned, r.creditHours().orElseThrow());
          break;
        default:
          break;
      }
    }
    for (ExpenseClaim e : ledger.expenseClaims()) {
      Sums s = sums.get(e.participantId());
      s.claimed = s.claimed.plus(e.claimed());
      s.reimbursed = s.reimbursed.plus(e.reimbursed());
    }
    for (CreditTransfer t : ledger.creditTransfers()) {
      Sums from = sums.get(t.fromParticipantId());
      if (t.spentWithTimeBank()) {
        from.spent = Hours.plus(from.spent, t.hours());
      } else {
        from.given = Hours.plus(from.given, t.hours());
        Sums to = sums.get(t.toParticipantId().get());
        to.received = Hours.plus(to.received, t.hours());
      }
    }
    SortedMap<String, Balance> out = new TreeMap<>();
    sums.forEach(
        (p, s) ->
            out.put(
                p,
                ImmutableBalance.builder()
                    .participantId(p)
                    .hoursGiven(s.hours)
                    .hoursByKind(s.hoursByKind)
                    .feesReceived(s.fees)
                    .expensesPaid(s.expensesPaid)
                    .returnsByKind(s.returnsByKind)
                    .creditsEarned(s.earned)
                    .creditsReceived(s.received)
                    .creditsGiven(s.given)
                    .creditsSpent(s.spent)
                    .expensesClaimed(s.claimed)
                    .expensesReimbursed(s.reimbursed)
                    .build()));
    return Collections.unmodifiableSortedMap(out);
  }

  static LedgerTotals totals(String currency, Collection<Balance> balances) {
    Map<ContributionKind, Duration> hoursByKind = new EnumMap<>(ContributionKind.class);
    Map<ReturnKind, Integer> returnsByKind = new EnumMap<>(ReturnKind.class);
    for (Balance b : balances) {
      b.hoursByKind().forEach((k, h) -> hoursByKind.merge(k, h, Hours::plus));
      b.returnsByKind().forEach((k, n) -> returnsByKind.merge(k, n, Integer::sum));
    }
    return ImmutableLedgerTotals.builder()
        .participants(balances.size())
        .hoursGiven(sumHours(balances, Balance::hoursGiven))
        .hoursByKind(hoursByKind)
        .feesPaid(sumMoney(currency, balances, Balance::feesReceived))
        .expensesPaid(sumMoney(currency, balances, Balance::expensesPaid))
        .returnsByKind(returnsByKind)
        .creditsEarned(sumHours(balances, Balance::creditsEarned))
        .creditsGiven(sumHours(balances, Balance::creditsGiven))
        .creditsSpent(sumHours(balances, Balance::creditsSpent))
        .expensesClaimed(sumMoney(currency, balances, Balance::expensesClaimed))
        .expensesReimbursed(sumMoney(currency, balances, Balance::expensesReimbursed))
        .build();
  }

  private static Duration sumHours(Collection<Balance> balances, Function<Balance, Duration> f) {
    Duration total = Duration.ZERO;
    for (Balance b : balances) {
      total = Hours.plus(total, f.apply(b));
    }
    return total;
  }

  private static Money sumMoney(
      String currency, Collection<Balance> balances, Function<Balance, Money> f) {
    List<Money> amounts = new ArrayList<>();
    for (Balance b : balances) {
      amounts.add(f.apply(b));
    }
    return Money.sum(currency, amounts);
  }

  /** Indexes of {@code items} in date order, then id order: the order the ledger applies them. */
  private static <T> List<Integer> inLedgerOrder(
      List<T> items, Function<T, LocalDate> date, Function<T, String> id) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> date.apply(items.get(i)))
            .thenComparing(i -> id.apply(items.get(i))));
    return order;
  }

  /**
   * One hour given earns one credit, so nobody can earn more credit hours in all than the hours
   * they gave. Reports the first time-credits return, in date then id order, that goes over.
   */
  static void checkCreditsEarnedAgainstHoursGiven(ReciprocityLedger ledger) {
    Map<String, Duration> given = new HashMap<>();
    for (Contribution c : ledger.contributions()) {
      given.merge(c.participantId(), c.hours(), Hours::plus);
    }
    List<Return> returns = ledger.returns();
    Map<String, Duration> earned = new HashMap<>();
    for (int i : inLedgerOrder(returns, Return::date, Return::id)) {
      Return r = returns.get(i);
      if (r.creditHours().isEmpty()) {
        continue;
      }
      String p = r.participantId();
      Duration total = earned.merge(p, r.creditHours().get(), Hours::plus);
      Duration gave = given.getOrDefault(p, Duration.ZERO);
      if (total.compareTo(gave) > 0) {
        throw CoProductionException.at(
            "returns[" + i + "].creditHours",
            p
                + " would earn "
                + Hours.words(total)
                + " of time credit in all but "
                + (gave.isZero() ? "gave no time" : "gave only " + Hours.words(gave))
                + "; a time bank gives one credit for each hour given");
      }
    }
  }

  /**
   * Applies the transfers in date order, then id order, and fails at the first one that uses more
   * credit than the person holds on that day: credits earned on or before the day, plus credits
   * received, minus credits already given or spent.
   */
  static void checkTransfersAffordable(ReciprocityLedger ledger) {
    List<Return> returns = ledger.returns();
    List<Integer> earnings = new ArrayList<>();
    for (int i : inLedgerOrder(returns, Return::date, Return::id)) {
      if (returns.get(i).creditHours().isPresent()) {
        earnings.add(i);
      }
    }
    Map<String, Duration> held = new HashMap<>();
    int next = 0;
    List<CreditTransfer> transfers = ledger.creditTransfers();
    for (int i : inLedgerOrder(transfers, CreditTransfer::date, CreditTransfer::id)) {
      CreditTransfer t = transfers.get(i);
      while (next < earnings.size() && !returns.get(earnings.get(next)).date().isAfter(t.date())) {
        Return r = returns.get(earnings.get(next++));
        held.merge(r.participantId(), r.creditHours().get(), Hours::plus);
      }
      String from = t.fromParticipantId();
      Duration has = held.getOrDefault(from, Duration.ZERO);
      if (t.hours().compareTo(has) > 0) {
        String verb = t.spentWithTimeBank() ? "spend " : "give " + t.toParticipantId().get() + " ";
        throw CoProductionException.at(
            "creditTransfers[" + i + "].hours",
            from
                + " would "
                + verb
                + Hours.words(t.hours())
                + " of time credit on "
                + t.date()
                + " but has "
                + (has.isZero() ? "none" : "only " + Hours.words(has))
                + " earned or received by then");
      }
      held.put(from, Hours.minus(has, t.hours()));
      t.toParticipantId().ifPresent(to -> held.merge(to, t.hours(), Hours::plus));
    }
  }
}
