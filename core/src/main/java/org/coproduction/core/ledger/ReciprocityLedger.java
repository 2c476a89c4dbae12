package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the people in one initiative put into co-production and what they got back: the record
 * behind the principle of reciprocity, that people receive something in return for what they put in
 * ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, section "Reciprocity").
 *
 * <p>The ledger holds four lists: {@link #contributions()} (hours given), {@link #returns()} (fees,
 * expenses paid, time credits earned, training, recognition, benefits in kind), {@link
 * #expenseClaims()} (costs people paid themselves and how much was paid back) and {@link
 * #creditTransfers()} (time credits given to someone else or spent with the time bank). From these
 * it works out each person's {@link Balance} and the ledger's {@link LedgerTotals}, so an
 * evaluation can see who gave time and got nothing back, whether some people were paid while others
 * in the same room were not (the Care Leavers example, "Co-production in social care: What it is
 * and how to do it", SCIE, October 2013, updated October 2015, section "Structures for valuing and
 * rewarding people"), and who is still out of pocket.
 *
 * <p>Time credits follow the time-bank rule that one hour of anyone's time is worth the same
 * ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, section "Structures for valuing and rewarding people"): a credit is an hour, nobody earns
 * more credit hours in all than the hours they gave, and credits move only by zero-sum transfers. A
 * transfer with no receiving participant is credit spent with the time bank itself, on goods or
 * services from outside the ledger, as the Healthy Living Club's volunteers do ("Co-production in
 * social care: What it is and how to do it", SCIE, October 2013, updated October 2015, section "The
 * Healthy Living Club").
 *
 * <p>Building a ledger (or reading one with {@link org.coproduction.core.Documents}) checks, with
 * paths relative to the ledger: well-formed ids, unique within each list; a real currency, and
 * every amount in it ({@code returns[1].amount: is in EUR but this ledger is in GBP}); no negative
 * hours or amounts; no reimbursement above its claim; every entry naming a listed participant
 * ({@code contributions[0].participantId: no participant with id 'p9'}); no more credit earned than
 * hours given; and, applying transfers in date order and then id order, no transfer using more
 * credit than the person holds that day ({@code creditTransfers[3].hours: p2 would spend 3 hours of
 * time credit on 2026-03-14 but has only 1 hour earned or received by then}).
 *
 * <p>Participants are named only by pseudonymous ids, listed in {@link #participants()} so the
 * ledger can be checked on its own; {@link #checkParticipantsAgainst(Set)} checks them against the
 * participants of an initiative.
 */
@Value.Immutable
@DocumentType(name = "reciprocity ledger", schemaVersion = 1)
@JsonSerialize(as = ImmutableReciprocityLedger.class)
@JsonDeserialize(as = ImmutableReciprocityLedger.class)
@API(status = STABLE, since = "0.1")
public abstract class ReciprocityLedger implements Document {
  ReciprocityLedger() {}

  /**
   * A stable id for the ledger.
   *
   * @return the id, for example {@code club-ledger-2026}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The id of the initiative whose co-production the ledger records.
   *
   * @return the initiative id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The ledger's one currency; every amount in it must be in this currency, since amounts in
   * different currencies cannot be added up.
   *
   * @return an ISO 4217 code such as {@code GBP}
   */
  @JsonProperty("currency")
  public abstract String currency();

  /**
   * The pseudonymous ids of the people the ledger may name. Everyone listed gets a {@link Balance},
   * even with no entries, so that a person who gave nothing and got nothing still shows.
   *
   * @return distinct participant ids, in the order given
   */
  @JsonProperty("participants")
  public abstract List<String> participants();

  /**
   * The time people gave.
   *
   * @return the contributions, with distinct ids
   */
  @JsonProperty("contributions")
  public abstract List<Contribution> contributions();

  /**
   * What people got back.
   *
   * @return the returns, with distinct ids
   */
  @JsonProperty("returns")
  public abstract List<Return> returns();

  /**
   * Costs people paid themselves and asked to be paid back.
   *
   * @return the claims, with distinct ids
   */
  @JsonProperty("expenseClaims")
  public abstract List<ExpenseClaim> expenseClaims();

  /**
   * Time credits given to another person or spent with the time bank.
   *
   * @return the transfers, with distinct ids
   */
  @JsonProperty("creditTransfers")
  public abstract List<CreditTransfer> creditTransfers();

  /**
   * Each listed person's balance of what they put in and got back.
   *
   * @return one balance per participant, keyed and sorted by participant id
   */
  @Value.Lazy
  public SortedMap<String, Balance> balances() {
    return LedgerFigures.balances(this);
  }

  /**
   * One person's balance.
   *
   * @param participantId a participant id
   * @return the balance, or empty when the ledger does not list that participant
   */
  public Optional<Balance> balance(String participantId) {
    return Optional.ofNullable(balances().get(participantId));
  }

  /**
   * Everyone's figures added up.
   *
   * @return the totals
   */
  @Value.Lazy
  public LedgerTotals totals() {
    return LedgerFigures.totals(currency(), balances().values());
  }

  /**
   * The people who gave time and got no return of any kind, the failure reciprocity is meant to
   * prevent ("Co-production in social care: What it is and how to do it", SCIE, October 2013,
   * updated October 2015, section "Reciprocity").
   *
   * @return participant ids, sorted
   * @see Balance#contributedWithoutReturn()
   */
  public List<String> contributorsWithoutReturn() {
    List<String> ids = new ArrayList<>();
    balances()
        .forEach(
            (id, b) -> {
              if (b.contributedWithoutReturn()) {
                ids.add(id);
              }
            });
    return List.copyOf(ids);
  }

  /**
   * The listed participants that are not among a set of known ids, such as the participants of the
   * initiative the ledger belongs to.
   *
   * @param knownIds the ids the ledger may name
   * @return the listed ids not in {@code knownIds}, in the order of {@link #participants()}
   */
  public List<String> unknownParticipants(Set<String> knownIds) {
    List<String> unknown = new ArrayList<>();
    for (String p : participants()) {
      if (!knownIds.contains(p)) {
        unknown.add(p);
      }
    }
    return List.copyOf(unknown);
  }

  /**
   * Checks the listed participants against a set of known ids, such as the participants of the
   * initiative the ledger belongs to, so a ledger cannot name people the initiative does not have.
   *
   * @param knownIds the ids the ledger may name
   * @throws CoProductionException at the first listed id that is not known, for example {@code
   *     participants[2]: no participant with id 'p9'}
   */
  public void checkParticipantsAgainst(Set<String> knownIds) {
    Checks.allReferTo("participants", participants(), knownIds, "participant");
  }

  /**
   * Starts a new ledger.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReciprocityLedger}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableReciprocityLedger.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("initiativeId", initiativeId());
    Money.checkCurrency("currency", currency());
    for (int i = 0; i < participants().size(); i++) {
      Checks.id("participants[" + i + "]", participants().get(i));
    }
    Checks.noRepeats("participants", participants());
    Checks.uniqueIds("contributions", "id", contributions(), Contribution::id);
    Checks.uniqueIds("returns", "id", returns(), Return::id);
    Checks.uniqueIds("expenseClaims", "id", expenseClaims(), ExpenseClaim::id);
    Checks.uniqueIds("creditTransfers", "id", creditTransfers(), CreditTransfer::id);

    Set<String> known = new HashSet<>(participants());
    for (int i = 0; i < contributions().size(); i++) {
      Contribution c = contributions().get(i);
      Checks.refersTo(
          at("contributions", i, "participantId"), c.participantId(), known, "participant");
    }
    for (int i = 0; i < returns().size(); i++) {
      Return r = returns().get(i);
      Checks.refersTo(at("returns", i, "participantId"), r.participantId(), known, "participant");
      if (r.amount().isPresent()) {
        inLedgerCurrency(at("returns", i, "amount"), r.amount().get());
      }
    }
    for (int i = 0; i < expenseClaims().size(); i++) {
      ExpenseClaim e = expenseClaims().get(i);
      Checks.refersTo(
          at("expenseClaims", i, "participantId"), e.participantId(), known, "participant");
      // The claim itself ensures reimbursed is in the claimed currency.
      inLedgerCurrency(at("expenseClaims", i, "claimed"), e.claimed());
    }
    for (int i = 0; i < creditTransfers().size(); i++) {
      CreditTransfer t = creditTransfers().get(i);
      Checks.refersTo(
          at("creditTransfers", i, "fromParticipantId"),
          t.fromParticipantId(),
          known,
          "participant");
      if (t.toParticipantId().isPresent()) {
        Checks.refersTo(
            at("creditTransfers", i, "toParticipantId"),
            t.toParticipantId().get(),
            known,
            "participant");
      }
    }
    LedgerFigures.checkCreditsEarnedAgainstHoursGiven(this);
    LedgerFigures.checkTransfersAffordable(this);
    // Fails now, in domain words, if the figures are too large to add up.
    totals();
  }

  private static String at(String list, int index, String field) {
    return list + "[" + index + "]." + field;
  }

  private void inLedgerCurrency(String path, Money amount) {
    if (!amount.currency().equals(currency())) {
      throw CoProductionException.at(
          path, "is in " + amount.currency() + " but this ledger is in " + currency());
    }
  }
}
