package org.coproduction.core.ledger;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for reciprocity ledgers, for this package's properties and for other
 * modules' tests (scoring) that need realistic ledgers.
 *
 * <p>Every generated ledger is valid: entries name listed participants, amounts are in the ledger's
 * currency, reimbursements do not exceed claims, nobody earns more credit than the hours they gave,
 * and every transfer is affordable when the ledger applies it. Hours come in quarter hours, amounts
 * in whole minor units; dates fall within half a year so the same day is shared often.
 */
public final class LedgerGenerators {
  private LedgerGenerators() {}

  private static final List<String> CURRENCIES = List.of("GBP", "EUR", "USD", "JPY");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  /**
   * A currency a ledger might use, including one without a minor unit (JPY).
   *
   * @return ISO 4217 codes
   */
  public static Gen<String> currencies() {
    return integers().between(0, CURRENCIES.size() - 1).map(CURRENCIES::get);
  }

  /**
   * Amounts of money up to 500.00 in a currency.
   *
   * @param currency the ISO 4217 code
   * @return amounts, including zero
   */
  public static Gen<Money> money(String currency) {
    return longs().between(0, 50_000).map(n -> Money.of(n, currency));
  }

  /**
   * Hours from a quarter of an hour to 8 hours, in quarter hours.
   *
   * @return positive hours
   */
  public static Gen<Duration> hours() {
    return integers().between(1, 32).map(q -> Duration.ofMinutes(15L * q));
  }

  /**
   * Valid ledgers with one to six participants and up to a dozen entries in each list; half of them
   * are {@link #busyLedgers()}, the rest may have empty lists.
   *
   * @return ledgers
   */
  public static Gen<ReciprocityLedger> ledgers() {
    return in -> ledger(in, coin(in));
  }

  /**
   * Valid ledgers with at least one contribution, one fee, one time-credits return, one expense
   * claim and one credit transfer, for properties that change or copy one such entry. (Filtering
   * {@link #ledgers()} instead can starve QuickTheories, whose first examples have empty lists.)
   *
   * @return ledgers with every kind of entry
   */
  public static Gen<ReciprocityLedger> busyLedgers() {
    return in -> ledger(in, true);
  }

  private static int pick(RandomnessSource in, int from, int to) {
    return integers().between(from, to).generate(in);
  }

  private static boolean coin(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  private static <T> T oneOf(RandomnessSource in, List<T> items) {
    return items.get(pick(in, 0, items.size() - 1));
  }

  private static <E extends Enum<E>> E oneOf(RandomnessSource in, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[pick(in, 0, values.length - 1)];
  }

  private static LocalDate date(RandomnessSource in) {
    return START.plusDays(pick(in, 0, 180));
  }

  private static Optional<String> note(RandomnessSource in, String text) {
    return coin(in) ? Optional.of(text) : Optional.empty();
  }

  private static ReciprocityLedger ledger(RandomnessSource in, boolean busy) {
    String currency = currencies().generate(in);
    List<String> people = new ArrayList<>();
    int n = pick(in, 1, 6);
    for (int i = 1; i <= n; i++) {
      people.add("p" + i);
    }

    List<Contribution> contributions = new ArrayList<>();
    Map<String, Duration> given = new HashMap<>();
    for (int i = 1, count = pick(in, busy ? 1 : 0, 12); i <= count; i++) {
      // A busy ledger's first contribution is p1's, so p1 can earn credit.
      String p = busy && i == 1 ? people.get(0) : oneOf(in, people);
      Duration h = hours().generate(in);
      given.merge(p, h, Duration::plus);
      contributions.add(
          Contribution.builder()
              .id("c" + i)
              .participantId(p)
              .date(date(in))
              .hours(h)
              .kind(oneOf(in, ContributionKind.class))
              .description(note(in, "Workshop on the new support plan"))
              .build());
    }

    List<Return> returns = new ArrayList<>();
    Map<String, Duration> earned = new HashMap<>();
    for (int i = 1, count = pick(in, busy ? 2 : 0, 12); i <= count; i++) {
      // A busy ledger starts with p1 earning credit on the first day, then a fee.
      boolean firstCredit = busy && i == 1;
      String p = firstCredit ? people.get(0) : oneOf(in, people);
      ReturnKind kind =
          firstCredit
              ? ReturnKind.TIME_CREDITS
              : busy && i == 2 ? ReturnKind.FEE : oneOf(in, ReturnKind.class);
      LocalDate day = firstCredit ? START : date(in);
      Return.Builder r = Return.builder().id("r" + i).participantId(p).date(day).kind(kind);
      switch (kind) {
        case FEE:
        case EXPENSES:
          r.amount(money(currency).generate(in));
          break;
        case TIME_CREDITS:
          // One credit per hour given: never more credit in all than the hours given.
          long room =
              given
                      .getOrDefault(p, Duration.ZERO)
                      .minus(earned.getOrDefault(p, Duration.ZERO))
                      .toMinutes()
                  / 15;
          Duration credit =
              Duration.ofMinutes(15L * pick(in, firstCredit ? 1 : 0, (int) Math.min(room, 32)));
          earned.merge(p, credit, Duration::plus);
          r.creditHours(credit);
          break;
        default:
          break;
      }
      returns.add(r.description(note(in, "Thank-you lunch")).build());
    }

    List<ExpenseClaim> claims = new ArrayList<>();
    for (int i = 1, count = pick(in, busy ? 1 : 0, 8); i <= count; i++) {
      Money claimed = money(currency).generate(in);
      long back = longs().between(0, claimed.minorUnits()).generate(in);
      claims.add(
          ExpenseClaim.builder()
              .id("e" + i)
              .participantId(oneOf(in, people))
              .date(date(in))
              .claimed(claimed)
              .reimbursed(Money.of(coin(in) ? claimed.minorUnits() : back, currency))
              .description(note(in, "Bus fares"))
              .build());
    }

    List<CreditTransfer> transfers = affordable(in, people, returns, busy);

    return ReciprocityLedger.builder()
        .id("ledger-" + pick(in, 1, 99))
        .initiativeId("initiative-" + pick(in, 1, 9))
        .currency(currency)
        .participants(people)
        .contributions(contributions)
        .returns(returns)
        .expenseClaims(claims)
        .creditTransfers(transfers)
        .build();
  }

  /** Draws transfers, then trims each one, in the ledger's order, to what its giver holds. */
  private static List<CreditTransfer> affordable(
      RandomnessSource in, List<String> people, List<Return> returns, boolean busy) {
    List<CreditTransfer> drafts = new ArrayList<>();
    for (int i = 1, count = pick(in, busy ? 1 : 0, 8); i <= count; i++) {
      // p1 holds credit from the first day, so in a busy ledger its first transfer is kept.
      String from = busy && i == 1 ? people.get(0) : oneOf(in, people);
      String to = oneOf(in, people);
      drafts.add(
          CreditTransfer.builder()
              .id("t" + i)
              .fromParticipantId(from)
              .toParticipantId(to.equals(from) ? Optional.empty() : Optional.of(to))
              .date(date(in))
              .hours(hours().generate(in))
              .description(note(in, "Theatre tickets"))
              .build());
    }
    List<CreditTransfer> inOrder = new ArrayList<>(drafts);
    inOrder.sort(Comparator.comparing(CreditTransfer::date).thenComparing(CreditTransfer::id));
    Map<String, CreditTransfer> kept = new HashMap<>();
    Map<String, Duration> held = new HashMap<>();
    for (CreditTransfer t : inOrder) {
      Duration has = heldOn(t.date(), t.fromParticipantId(), returns, held);
      Duration use = t.hours().compareTo(has) > 0 ? has : t.hours();
      if (use.isZero()) {
        continue;
      }
      held.merge(t.fromParticipantId(), use.negated(), Duration::plus);
      t.toParticipantId().ifPresent(to -> held.merge(to, use, Duration::plus));
      kept.put(
          t.id(),
          CreditTransfer.builder()
              .id(t.id())
              .fromParticipantId(t.fromParticipantId())
              .toParticipantId(t.toParticipantId())
              .date(t.date())
              .hours(use)
              .description(t.description())
              .build());
    }
    List<CreditTransfer> out = new ArrayList<>();
    for (CreditTransfer t : drafts) {
      if (kept.containsKey(t.id())) {
        out.add(kept.get(t.id()));
      }
    }
    return out;
  }

  /**
   * Credit earned on or before {@code day}, plus what earlier transfers moved in or out; worked out
   * from scratch each time so the generator is plainly right rather than fast.
   */
  private static Duration heldOn(
      LocalDate day, String person, List<Return> returns, Map<String, Duration> moved) {
    Duration has = moved.getOrDefault(person, Duration.ZERO);
    for (Return r : returns) {
      if (r.participantId().equals(person)
          && !r.date().isAfter(day)
          && r.creditHours().isPresent()) {
        has = has.plus(r.creditHours().get());
      }
    }
    return has;
  }
}
