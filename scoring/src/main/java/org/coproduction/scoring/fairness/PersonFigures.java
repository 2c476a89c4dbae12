package org.coproduction.scoring.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.coproduction.core.ledger.Money;

/**
 * Publishes the fairness findings about people (pay gaps, out of pocket, nothing back, not in the
 * ledger) so that nobody is picked out: always as counts, and a count from 1 to k &minus; 1 only as
 * "some people", with no number and no total beside it; the lists naming people only when {@link
 * FairnessSettings#personRows()} asks for them, and then under the same pseudonyms as the report's
 * person rows. One rule of {@link Fairness}, kept apart so the rule reads on its own.
 */
final class PersonFigures {
  private PersonFigures() {}

  /** How people are named in the lists. */
  enum Naming {
    /** No list names anyone: the default. */
    NONE,
    /** The lists carry pseudonyms, one set per report. */
    PSEUDONYMS,
    /** The lists carry participant ids: for this package's tests of the arithmetic only. */
    IDS
  }

  /** Everything found about people, under participant ids, each list in id order. */
  static final class Found {
    final List<PersonReciprocity> people;
    final List<String> withoutReturn;
    final List<OutOfPocket> outOfPocket;
    final List<PayGap> payGaps;
    final List<String> notInLedger;

    Found(
        List<PersonReciprocity> people,
        List<String> withoutReturn,
        List<OutOfPocket> outOfPocket,
        List<PayGap> payGaps,
        List<String> notInLedger) {
      this.people = people;
      this.withoutReturn = withoutReturn;
      this.outOfPocket = outOfPocket;
      this.payGaps = payGaps;
      this.notInLedger = notInLedger;
    }
  }

  /**
   * Adds the counts, and the lists when the naming allows them, to the report.
   *
   * @param out the report being built
   * @param found the findings under participant ids
   * @param groupCountLeftOut whether a group row's count of people without return was left out, in
   *     which case the count over everyone is left out too, lest it give the hidden one away by
   *     subtraction
   * @param naming how the lists name people
   * @param k the smallest count of people that is given as a number
   * @param currency the ledger's currency, for a total of nothing
   */
  static void publish(
      FairnessReport.Builder out,
      Found found,
      boolean groupCountLeftOut,
      Naming naming,
      int k,
      String currency) {
    Optional<Integer> owed = shown(found.outOfPocket.size(), k);
    Optional<Integer> withoutReturn =
        groupCountLeftOut ? Optional.empty() : shown(found.withoutReturn.size(), k);
    Money total = Money.zero(currency);
    for (OutOfPocket o : found.outOfPocket) {
      total = total.plus(o.unreimbursed());
    }
    out.peoplePaidLess(shown(found.payGaps.size(), k))
        .peopleWithoutReturn(withoutReturn)
        .peopleOutOfPocket(owed)
        .outOfPocketTotal(owed.isPresent() ? Optional.of(total) : Optional.empty())
        .peopleNotInLedger(shown(found.notInLedger.size(), k))
        .figuresLeftOut(
            shown(found.payGaps.size(), k).isEmpty()
                || withoutReturn.isEmpty()
                || owed.isEmpty()
                || shown(found.notInLedger.size(), k).isEmpty());
    if (naming == Naming.NONE) {
      return;
    }
    UnaryOperator<String> name = UnaryOperator.identity();
    if (naming == Naming.PSEUDONYMS) {
      List<String> inLedger = new ArrayList<>();
      found.people.forEach(p -> inLedger.add(p.participantId()));
      Map<String, String> names = Pseudonyms.of(inLedger, found.notInLedger);
      name = names::get;
    }
    List<PersonReciprocity> people = new ArrayList<>();
    for (PersonReciprocity p : found.people) {
      people.add(
          PersonReciprocity.builder().from(p).participantId(name.apply(p.participantId())).build());
    }
    people.sort(Comparator.comparing(PersonReciprocity::participantId));
    List<OutOfPocket> owedList = new ArrayList<>();
    for (OutOfPocket o : found.outOfPocket) {
      owedList.add(OutOfPocket.of(name.apply(o.participantId()), o.unreimbursed()));
    }
    owedList.sort(Comparator.comparing(OutOfPocket::participantId));
    List<PayGap> gaps = new ArrayList<>();
    for (PayGap g : found.payGaps) {
      gaps.add(PayGap.builder().from(g).participantId(name.apply(g.participantId())).build());
    }
    gaps.sort(Comparator.comparing(PayGap::participantId));
    out.people(people)
        .outOfPocket(owedList)
        .payGaps(gaps)
        .contributorsWithoutReturn(renamed(found.withoutReturn, name))
        .notInLedger(renamed(found.notInLedger, name));
  }

  /**
   * A count of people as it may be published: none, or k or more; a count from 1 to k &minus; 1 is
   * left out, so a reader knows only that there were some.
   */
  static Optional<Integer> shown(int count, int k) {
    return count == 0 || count >= k ? Optional.of(count) : Optional.empty();
  }

  private static List<String> renamed(List<String> ids, UnaryOperator<String> name) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(name.apply(id)));
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
