package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.people.InterestGroup;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who put time into an initiative and what they got back: the reciprocity ledger read person by
 * person and group by group, with the failures the sources name picked out. Made by {@link
 * Fairness#assess}; a document that can be stored and read back through {@link
 * org.coproduction.core.Documents}.
 *
 * <p>Read first: {@link #peoplePaidLess()} (people who use services and carers paid less than
 * professionals), {@link #peopleWithoutReturn()} (time given for nothing) and {@link
 * #peopleOutOfPocket()} (expenses not paid back). No participant id and no figure of one person is
 * in the report: findings about people are counts, a count from 1 to k &minus; 1 is left out
 * ({@link #figuresLeftOut()}), and the lists naming people come only when {@link
 * FairnessSettings#personRows()} asks for them, under pseudonyms. Every amount is in the ledger's
 * currency, in minor units. Sources: "Co-production in social care: What it is and how to do it",
 * SCIE, October 2013, updated October 2015, sections "Reciprocity" and "Structures for valuing and
 * rewarding people"; "The Co-production Police and accountability", Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016.
 */
@Value.Immutable
@DocumentType(name = "fairness report", schemaVersion = 1)
@JsonSerialize(as = ImmutableFairnessReport.class)
@JsonDeserialize(as = ImmutableFairnessReport.class)
@API(status = STABLE, since = "0.1")
public abstract class FairnessReport implements Document {
  FairnessReport() {}

  /**
   * The initiative reported on.
   *
   * @return the initiative's id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The ledger read.
   *
   * @return the ledger's id
   */
  @JsonProperty("ledgerId")
  public abstract String ledgerId();

  /**
   * The ledger's currency, which every amount in the report is in.
   *
   * @return an ISO 4217 code such as {@code GBP}
   */
  @JsonProperty("currency")
  public abstract String currency();

  /**
   * The settings the report was made with.
   *
   * @return the settings
   */
  @JsonProperty("settings")
  public abstract FairnessSettings settings();

  /**
   * What each person in the ledger put in and got back, under pseudonyms; only when {@link
   * FairnessSettings#personRows()} asks for it.
   *
   * @return one row per person, in pseudonym order; empty unless the setting is on
   */
  @JsonProperty("people")
  public abstract List<PersonReciprocity> people();

  /**
   * What each interest group put in and got back, with small groups suppressed.
   *
   * @return one row for each group with people in the ledger, in the order of {@link InterestGroup}
   */
  @JsonProperty("groups")
  public abstract List<GroupReciprocity> groups();

  /**
   * The interest groups nobody in the ledger speaks for.
   *
   * @return groups in the order of {@link InterestGroup}
   */
  @JsonProperty("groupsNotInLedger")
  public abstract List<InterestGroup> groupsNotInLedger();

  /**
   * Everyone added up.
   *
   * @return the totals, or empty when they would give away the figures of a suppressed group (when
   *     it is the only group in the ledger)
   */
  @JsonProperty("totals")
  public abstract Optional<FairnessTotals> totals();

  /**
   * Why the totals are hidden.
   *
   * @return the reason, or empty when the totals are shown
   */
  @JsonProperty("totalsSuppressed")
  public abstract Optional<String> totalsSuppressed();

  /**
   * How many people gave time and got no return of any kind: no fee, expenses, time credits,
   * training, recognition or benefit in kind. Staff taken to be paid by their salary (see {@link
   * FairnessSettings#staffTimeIsPaid()}) are not counted.
   *
   * @return the count, none or k or more; empty when there were from 1 to k &minus; 1, a number
   *     that could point at them
   */
  @JsonProperty("peopleWithoutReturn")
  public abstract Optional<Integer> peopleWithoutReturn();

  /**
   * The people counted in {@link #peopleWithoutReturn()}, only when {@link
   * FairnessSettings#personRows()} asks for them.
   *
   * @return pseudonyms, sorted; empty unless the setting is on
   */
  @JsonProperty("contributorsWithoutReturn")
  public abstract List<String> contributorsWithoutReturn();

  /**
   * How many people are still out of pocket: they claimed expenses that have not all been paid
   * back.
   *
   * @return the count, none or k or more; empty when there were from 1 to k &minus; 1
   */
  @JsonProperty("peopleOutOfPocket")
  public abstract Optional<Integer> peopleOutOfPocket();

  /**
   * What the people out of pocket are owed in all.
   *
   * @return the amount, given exactly when {@link #peopleOutOfPocket()} is, so no amount is tied to
   *     a count below k; the same sum is in {@link #totals()}, over everyone in the ledger
   */
  @JsonProperty("outOfPocketTotal")
  public abstract Optional<Money> outOfPocketTotal();

  /**
   * What each person counted in {@link #peopleOutOfPocket()} is owed, only when {@link
   * FairnessSettings#personRows()} asks for it.
   *
   * @return one entry per person, in pseudonym order; empty unless the setting is on
   */
  @JsonProperty("outOfPocket")
  public abstract List<OutOfPocket> outOfPocket();

  /**
   * What people who use services and carers were compared with.
   *
   * @return the basis of the pay comparison
   */
  @JsonProperty("payComparison")
  public abstract PayComparison payComparison();

  /**
   * How many people who use services or carers were paid less than the professionals, or not at
   * all.
   *
   * @return the count, none or k or more; empty when there were from 1 to k &minus; 1
   */
  @JsonProperty("peoplePaidLess")
  public abstract Optional<Integer> peoplePaidLess();

  /**
   * The pay gap of each person counted in {@link #peoplePaidLess()}, only when {@link
   * FairnessSettings#personRows()} asks for it.
   *
   * @return one entry per person, in pseudonym order; empty unless the setting is on
   */
  @JsonProperty("payGaps")
  public abstract List<PayGap> payGaps();

  /**
   * How unequally value per hour is shared.
   *
   * @return the Gini coefficient and what it means
   */
  @JsonProperty("returnInequality")
  public abstract ReturnInequality returnInequality();

  /**
   * How many participants of the initiative the ledger does not list, so nothing they put in or got
   * back is known; a gap in the records worth closing.
   *
   * @return the count, none or k or more; empty when there were from 1 to k &minus; 1
   */
  @JsonProperty("peopleNotInLedger")
  public abstract Optional<Integer> peopleNotInLedger();

  /**
   * The participants counted in {@link #peopleNotInLedger()}, only when {@link
   * FairnessSettings#personRows()} asks for them; their pseudonyms follow those of the people in
   * the ledger.
   *
   * @return pseudonyms, sorted; empty unless the setting is on
   */
  @JsonProperty("notInLedger")
  public abstract List<String> notInLedger();

  /**
   * Whether a count of people was left out because it was from 1 to k &minus; 1: people paid less,
   * out of pocket, without return or not in the ledger. It never says which.
   *
   * @return true when at least one count was left out
   */
  @JsonProperty("figuresLeftOut")
  public abstract boolean figuresLeftOut();

  /**
   * Starts a new report.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FairnessReport}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableFairnessReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("initiativeId", initiativeId());
    Checks.id("ledgerId", ledgerId());
    try {
      Money.zero(currency());
    } catch (CoProductionException e) {
      throw e.within("currency");
    }
    sortedIds("contributorsWithoutReturn", "", contributorsWithoutReturn());
    sortedIds("notInLedger", "", notInLedger());
    List<String> ids = new ArrayList<>();
    people().forEach(p -> ids.add(p.participantId()));
    sortedIds("people", ".participantId", ids);
    List<String> owed = new ArrayList<>();
    outOfPocket().forEach(o -> owed.add(o.participantId()));
    sortedIds("outOfPocket", ".participantId", owed);
    List<String> gaps = new ArrayList<>();
    payGaps().forEach(g -> gaps.add(g.participantId()));
    sortedIds("payGaps", ".participantId", gaps);
    checkCounts(groupCountsLeftOut());

    boolean[] seen = new boolean[InterestGroup.values().length];
    int last = -1;
    int suppressed = 0;
    for (int i = 0; i < groups().size(); i++) {
      GroupReciprocity g = groups().get(i);
      if (g.group().ordinal() <= last) {
        throw CoProductionException.at(
            "groups[" + i + "].group", "groups must be in group order, each at most once");
      }
      last = g.group().ordinal();
      seen[last] = true;
      if (g.suppressed().isPresent()) {
        suppressed++;
      } else if (g.people().get() < settings().minGroupSize()) {
        throw CoProductionException.at(
            "groups[" + i + "].people",
            "a group of fewer than " + settings().minGroupSize() + " people must be suppressed");
      }
    }
    List<InterestGroup> missing = new ArrayList<>();
    for (InterestGroup g : InterestGroup.values()) {
      if (!seen[g.ordinal()]) {
        missing.add(g);
      }
    }
    if (!groupsNotInLedger().equals(missing)) {
      throw CoProductionException.at(
          "groupsNotInLedger", "must be the groups without a row, in group order, " + missing);
    }
    if (totals().isPresent() == totalsSuppressed().isPresent()) {
      throw CoProductionException.at(
          "totalsSuppressed", "is given exactly when the totals are left out");
    }
    if (totals().isPresent() && suppressed == 1) {
      throw CoProductionException.at(
          "totals",
          "cannot be shown next to exactly one suppressed group, whose figures they would give"
              + " away");
    }
  }

  /** Checks each group's count of people without return against k; true when one is left out. */
  private boolean groupCountsLeftOut() {
    int k = settings().minGroupSize();
    boolean leftOut = false;
    for (int i = 0; i < groups().size(); i++) {
      GroupReciprocity g = groups().get(i);
      if (g.suppressed().isPresent()) {
        continue;
      }
      if (g.contributorsWithoutReturn().isEmpty()) {
        leftOut = true;
      } else if (g.contributorsWithoutReturn().get() > 0
          && g.contributorsWithoutReturn().get() < k) {
        throw CoProductionException.at(
            "groups[" + i + "].contributorsWithoutReturn",
            "a count from 1 to "
                + (k - 1)
                + " people must be left out, was "
                + g.contributorsWithoutReturn().get());
      }
    }
    if (leftOut && peopleWithoutReturn().isPresent()) {
      throw CoProductionException.at(
          "peopleWithoutReturn",
          "is left out when a group's count is, which it would give away by subtraction");
    }
    return leftOut;
  }

  private void checkCounts(boolean groupCountLeftOut) {
    int k = settings().minGroupSize();
    boolean leftOut = groupCountLeftOut;
    leftOut |= counted("peoplePaidLess", peoplePaidLess(), "payGaps", payGaps().size(), k);
    leftOut |=
        counted(
            "peopleWithoutReturn",
            peopleWithoutReturn(),
            "contributorsWithoutReturn",
            contributorsWithoutReturn().size(),
            k);
    leftOut |=
        counted("peopleOutOfPocket", peopleOutOfPocket(), "outOfPocket", outOfPocket().size(), k);
    leftOut |=
        counted("peopleNotInLedger", peopleNotInLedger(), "notInLedger", notInLedger().size(), k);
    if (outOfPocketTotal().isPresent() != peopleOutOfPocket().isPresent()) {
      throw CoProductionException.at(
          "outOfPocketTotal", "is given exactly when the number of people out of pocket is");
    }
    if (outOfPocketTotal().isPresent()
        && (outOfPocketTotal().get().minorUnits() == 0) != (peopleOutOfPocket().get() == 0)) {
      throw CoProductionException.at(
          "outOfPocketTotal", "is zero exactly when nobody is out of pocket");
    }
    if (outOfPocketTotal().isPresent() && !outOfPocketTotal().get().currency().equals(currency())) {
      throw CoProductionException.at("outOfPocketTotal", "must be in " + currency());
    }
    if (figuresLeftOut() != leftOut) {
      throw CoProductionException.at(
          "figuresLeftOut", "must be true exactly when a count of people is left out");
    }
  }

  /** Checks a count against its list; true when the count is left out. */
  private static boolean counted(
      String field, Optional<Integer> count, String list, int listed, int k) {
    // A count may be left out beside a long list: the per-group counts can force it out.
    if (count.isPresent()) {
      int n = count.get();
      if (n < 0 || (n > 0 && n < k)) {
        throw CoProductionException.at(
            field, "a count from 1 to " + (k - 1) + " people must be left out, was " + n);
      }
      if (listed != 0 && listed != n) {
        throw CoProductionException.at(list, "must list the " + n + " people counted, or nobody");
      }
      return false;
    }
    return true;
  }

  private static void sortedIds(String list, String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      String path = list + "[" + i + "]" + field;
      Checks.id(path, ids.get(i));
      if (i > 0 && ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
        throw CoProductionException.at(path, "must be in id order, each person at most once");
      }
    }
  }
}
