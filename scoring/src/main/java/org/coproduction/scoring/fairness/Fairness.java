package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.Balance;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.scoring.internal.stats.Gini;
import org.coproduction.scoring.internal.stats.SmallCellSuppression;

/**
 * Reads an initiative's reciprocity ledger for fairness: what each person and each interest group
 * put in and got back, who got nothing, who is out of pocket, who was paid less than the
 * professionals, and how evenly the return per hour is shared.
 *
 * <p>The rules, in plain words:
 *
 * <ul>
 *   <li><b>Value returned</b> is fees, plus time credits when {@link
 *       FairnessSettings#timeCreditValue()} gives a credit hour a price. Expenses and reimbursed
 *       claims only make good what people spent, so they are not value.
 *   <li><b>Salaried staff</b>: when {@link FairnessSettings#staffTimeIsPaid()} is on (the default),
 *       a person with a provider-side role and no fee in the ledger is taken to be paid by their
 *       salary, which the ledger does not hold. They are marked {@link
 *       PersonReciprocity#paidBySalary()} and left out of the people without return, of the Gini
 *       coefficient and of their group's value per hour, since their return is not zero but
 *       unknown.
 *   <li><b>Contributors without return</b> gave time and got no return of any kind (the ledger's
 *       own rule, {@link ReciprocityLedger#contributorsWithoutReturn()}), salaried staff aside.
 *   <li><b>Out of pocket</b>: expenses claimed and not yet paid back.
 *   <li><b>Pay gaps</b>: people who use services and carers (a role on that side and no
 *       provider-side role) who gave time are compared with professionals (anyone with a
 *       provider-side role). Professionals often have no fee in the ledger because their salary
 *       pays them, so: a person with no fee is flagged when any professional got a fee, or when a
 *       provider-side person attended a meeting or gave hours and {@link
 *       FairnessSettings#staffTimeIsPaid()} is on; a person with a fee is flagged when their fee
 *       per hour is below the lowest fee per hour of every professional who got a fee. Time credits
 *       and other returns are not pay for this comparison, though the flag counts them.
 *   <li><b>Inequality</b>: the Gini coefficient of value returned per hour over everyone in the
 *       ledger who gave time, salaried staff aside, in the form {@link
 *       FairnessSettings#giniNormalisation()} chooses (sample-corrected by default, so that one
 *       person getting everything scores 1 in a group of any size).
 *   <li><b>Privacy</b>: an interest group with fewer than {@link FairnessSettings#minGroupSize()}
 *       people in the ledger is suppressed, and when exactly one group is, the next-smallest is
 *       suppressed too so the hidden figures cannot be worked out from the totals; if the hidden
 *       group is the only one, the totals are hidden as well. No participant id and no figure of
 *       one person is published: the findings about people (pay gaps, out of pocket, nothing back,
 *       not in the ledger) are counts, and a count from 1 to k &minus; 1 is given only as "some
 *       people", with no number and no total beside it ({@link FairnessReport#figuresLeftOut()}
 *       then says so). Lists naming people come only when {@link FairnessSettings#personRows()} is
 *       on, and then under pseudonyms, the same for a person in every list of one report.
 * </ul>
 *
 * <p>Sources: "Co-production in social care: What it is and how to do it", SCIE, October 2013,
 * updated October 2015, sections "Reciprocity" and "Structures for valuing and rewarding people"
 * (time banks value everyone's hour the same; the Care Leavers example); "The Co-production Police
 * and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016 (no expenses or
 * fee).
 *
 * <p>Pure and thread-safe: the result depends only on the arguments, never on the order of
 * participants, meetings or ledger entries.
 */
@API(status = STABLE, since = "0.1")
public final class Fairness {
  private Fairness() {}

  /**
   * Reads a ledger for fairness with the default settings.
   *
   * @param initiative the initiative, for its participants' roles and interest groups and for who
   *     attended meetings
   * @param ledger the initiative's reciprocity ledger
   * @return the report
   * @throws CoProductionException when the ledger belongs to another initiative or lists someone
   *     who is not one of its participants
   */
  public static FairnessReport assess(Initiative initiative, ReciprocityLedger ledger) {
    return assess(initiative, ledger, FairnessSettings.defaults());
  }

  /**
   * Reads a ledger for fairness.
   *
   * @param initiative the initiative, for its participants' roles and interest groups and for who
   *     attended meetings
   * @param ledger the initiative's reciprocity ledger
   * @param settings the choices behind the rules
   * @return the report
   * @throws CoProductionException when the ledger belongs to another initiative (path {@code
   *     ledger.initiativeId}), lists someone who is not one of its participants (path {@code
   *     ledger.participants[i]}), or the time-credit value is in another currency (path {@code
   *     settings.timeCreditValue})
   */
  public static FairnessReport assess(
      Initiative initiative, ReciprocityLedger ledger, FairnessSettings settings) {
    return assess(
        initiative,
        ledger,
        settings,
        settings.personRows() ? PersonFigures.Naming.PSEUDONYMS : PersonFigures.Naming.NONE);
  }

  /**
   * The report with every person's row under their participant id, which no published report
   * carries: for the tests of the per-person arithmetic in this package only.
   */
  static FairnessReport assessUnderIds(
      Initiative initiative, ReciprocityLedger ledger, FairnessSettings settings) {
    return assess(initiative, ledger, settings, PersonFigures.Naming.IDS);
  }

  private static FairnessReport assess(
      Initiative initiative,
      ReciprocityLedger ledger,
      FairnessSettings settings,
      PersonFigures.Naming naming) {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(settings, "settings");
    checkInputs(initiative, ledger, settings);

    String currency = ledger.currency();
    Map<String, Balance> balances = ledger.balances();
    Map<String, Participant> who = new HashMap<>();
    initiative.participants().forEach(p -> who.put(p.id(), p));

    // People, in id order (balances are sorted by id).
    List<PersonReciprocity> people = new ArrayList<>();
    Map<String, Money> value = new HashMap<>();
    for (Balance b : balances.values()) {
      Money v = valueReturned(b, settings, currency);
      value.put(b.participantId(), v);
      people.add(
          PersonReciprocity.builder()
              .participantId(b.participantId())
              .paidBySalary(salaried(who.get(b.participantId()), b, settings))
              .hoursGiven(b.hoursGiven())
              .feesReceived(b.feesReceived())
              .creditsEarned(b.creditsEarned())
              .valueReturned(v)
              .valueReturnedPerHour(Rates.perHour(v, b.hoursGiven()))
              .feePerHour(Rates.perHour(b.feesReceived(), b.hoursGiven()))
              .returnsReceived(b.returnsReceived())
              .expensesUnreimbursed(b.expensesUnreimbursed())
              .build());
    }

    FairnessReport.Builder out =
        FairnessReport.builder()
            .initiativeId(initiative.id())
            .ledgerId(ledger.id())
            .currency(currency)
            .settings(settings);
    boolean groupCountLeftOut = groups(out, balances, who, value, settings, currency);

    List<String> withoutReturn = new ArrayList<>();
    for (String id : ledger.contributorsWithoutReturn()) {
      if (!salaried(who.get(id), balances.get(id), settings)) {
        withoutReturn.add(id);
      }
    }
    List<OutOfPocket> owed = new ArrayList<>();
    for (Balance b : balances.values()) {
      if (b.expensesUnreimbursed().minorUnits() > 0) {
        owed.add(OutOfPocket.of(b.participantId(), b.expensesUnreimbursed()));
      }
    }
    List<PayGap> gaps = PayGaps.find(out, initiative, balances, who, settings, currency);
    out.returnInequality(inequality(balances, who, value, settings));

    TreeSet<String> notInLedger = new TreeSet<>(initiative.participantIds());
    notInLedger.removeAll(ledger.participants());
    PersonFigures.publish(
        out,
        new PersonFigures.Found(people, withoutReturn, owed, gaps, List.copyOf(notInLedger)),
        groupCountLeftOut,
        naming,
        settings.minGroupSize(),
        currency);
    return out.build();
  }

  private static void checkInputs(
      Initiative initiative, ReciprocityLedger ledger, FairnessSettings settings) {
    if (!ledger.initiativeId().equals(initiative.id())) {
      throw CoProductionException.at(
          "ledger.initiativeId",
          "this ledger is for initiative '"
              + ledger.initiativeId()
              + "', not '"
              + initiative.id()
              + "'");
    }
    try {
      ledger.checkParticipantsAgainst(initiative.participantIds());
    } catch (CoProductionException e) {
      throw e.within("ledger");
    }
    if (settings.timeCreditValue().isPresent()
        && !settings.timeCreditValue().get().currency().equals(ledger.currency())) {
      throw CoProductionException.at(
          "settings.timeCreditValue",
          "is in "
              + settings.timeCreditValue().get().currency()
              + " but the ledger is in "
              + ledger.currency());
    }
  }

  private static Money valueReturned(Balance b, FairnessSettings settings, String currency) {
    Money credits =
        settings.timeCreditValue().isPresent()
            ? Rates.valueOf(b.creditsEarned(), settings.timeCreditValue().get())
            : Money.zero(currency);
    return b.feesReceived().plus(credits);
  }

  /**
   * Adds the group rows and totals; true when a group's count of people without return is left out.
   */
  private static boolean groups(
      FairnessReport.Builder out,
      Map<String, Balance> balances,
      Map<String, Participant> who,
      Map<String, Money> value,
      FairnessSettings settings,
      String currency) {
    Map<InterestGroup, List<Balance>> byGroup = new EnumMap<>(InterestGroup.class);
    for (InterestGroup g : InterestGroup.values()) {
      byGroup.put(g, new ArrayList<>());
    }
    balances.values().forEach(b -> byGroup.get(who.get(b.participantId()).interestGroup()).add(b));

    Map<String, Integer> counts = new HashMap<>();
    byGroup.forEach((g, members) -> counts.put(g.name(), members.size()));
    int k = settings.minGroupSize();
    SmallCellSuppression.Result hide = SmallCellSuppression.apply(counts, true, k);
    boolean countLeftOut = false;

    for (InterestGroup g : InterestGroup.values()) {
      List<Balance> members = byGroup.get(g);
      if (members.isEmpty()) {
        out.addGroupsNotInLedger(g);
        continue;
      }
      GroupReciprocity.Builder row = GroupReciprocity.builder().group(g);
      SmallCellSuppression.Reason reason = hide.suppressed().get(g.name());
      if (reason != null) {
        row.suppressed(Suppressions.words(reason, k));
      } else {
        Sums sums =
            Sums.of(
                members, value, currency, id -> salaried(who.get(id), balances.get(id), settings));
        row.people(members.size())
            .hoursGiven(sums.hours)
            .feesReceived(sums.fees)
            .valueReturned(sums.value)
            .valueReturnedPerHour(Rates.perHour(sums.value, sums.hoursWithKnownReturn))
            .contributorsWithoutReturn(PersonFigures.shown(sums.withoutReturn, k))
            .expensesUnreimbursed(sums.unreimbursed);
        countLeftOut |= PersonFigures.shown(sums.withoutReturn, k).isEmpty();
      }
      out.addGroups(row.build());
    }

    if (hide.totalRevealsSuppressedGroup()) {
      out.totalsSuppressed(Suppressions.totals(k));
    } else {
      Sums all = Sums.of(balances.values(), value, currency, id -> false);
      out.totals(
          FairnessTotals.builder()
              .people(balances.size())
              .hoursGiven(all.hours)
              .feesReceived(all.fees)
              .valueReturned(all.value)
              .expensesUnreimbursed(all.unreimbursed)
              .build());
    }
    return countLeftOut;
  }

  /** Figures added up over some people. */
  private static final class Sums {
    Duration hours = Duration.ZERO;
    Duration hoursWithKnownReturn = Duration.ZERO;
    Money fees;
    Money value;
    Money unreimbursed;
    int withoutReturn;

    static Sums of(
        Iterable<Balance> members,
        Map<String, Money> value,
        String currency,
        Predicate<String> salaried) {
      Sums s = new Sums();
      s.fees = Money.zero(currency);
      s.value = Money.zero(currency);
      s.unreimbursed = Money.zero(currency);
      for (Balance b : members) {
        try {
          s.hours = s.hours.plus(b.hoursGiven());
          if (!salaried.test(b.participantId())) {
            s.hoursWithKnownReturn = s.hoursWithKnownReturn.plus(b.hoursGiven());
          }
        } catch (ArithmeticException e) {
          throw CoProductionException.of("the hours add up to more than can be held");
        }
        s.fees = s.fees.plus(b.feesReceived());
        s.value = s.value.plus(value.get(b.participantId()));
        s.unreimbursed = s.unreimbursed.plus(b.expensesUnreimbursed());
        if (b.contributedWithoutReturn() && !salaried.test(b.participantId())) {
          s.withoutReturn++;
        }
      }
      return s;
    }
  }

  /**
   * Whether a person is taken to be paid by their salary rather than through the ledger: a
   * provider-side person with no fee, when staff time counts as paid. Nothing they got back is in
   * the ledger, so they are neither "without return" nor part of the Gini coefficient.
   */
  static boolean salaried(Participant p, Balance b, FairnessSettings settings) {
    return settings.staffTimeIsPaid() && p.onProviderSide() && b.feesReceived().minorUnits() == 0;
  }

  static boolean livedExperienceSide(Participant p) {
    return p.onLivedExperienceSide() && !p.onProviderSide();
  }

  private static ReturnInequality inequality(
      Map<String, Balance> balances,
      Map<String, Participant> who,
      Map<String, Money> value,
      FairnessSettings settings) {
    List<Double> perHour = new ArrayList<>();
    for (Balance b : balances.values()) {
      if (!b.hoursGiven().isZero() && !salaried(who.get(b.participantId()), b, settings)) {
        perHour.add(Rates.perHourValue(value.get(b.participantId()), b.hoursGiven()));
      }
    }
    double[] values = perHour.stream().mapToDouble(Double::doubleValue).toArray();
    GiniNormalisation form = settings.giniNormalisation();
    OptionalDouble g =
        Gini.of(
            values, form == GiniNormalisation.PLAIN ? Gini.Form.PLAIN : Gini.Form.SAMPLE_CORRECTED);
    ReturnInequality.Builder r =
        ReturnInequality.builder().normalisation(form).contributors(values.length);
    if (g.isPresent()) {
      String formWords =
          form == GiniNormalisation.PLAIN
              ? "in the plain form, whose highest value for "
                  + values.length
                  + " people is "
                  + (values.length - 1)
                  + "/"
                  + values.length
              : "sample-corrected, so that 1 means one person got all of it";
      // Rounding error can leave a hair outside [0, 1]; the coefficient is clamped to its range.
      double c = Math.min(1.0, Math.max(0.0, g.getAsDouble()));
      r.coefficient(c)
          .explanation(
              "Gini coefficient of value returned per hour over the "
                  + values.length
                  + " people who gave time and whose return is in the ledger ("
                  + formWords
                  + "). 0 means everyone got the same for each hour.");
    } else if (values.length < 2) {
      r.explanation(
          "No Gini coefficient: fewer than two people gave time, so there is nobody to compare.");
    } else {
      r.explanation(
          "No Gini coefficient: nobody who gave time got any value back in money, so there is no"
              + " share to compare.");
    }
    return r.build();
  }
}
