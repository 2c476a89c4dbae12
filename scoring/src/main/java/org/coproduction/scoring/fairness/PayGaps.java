package org.coproduction.scoring.fairness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.ledger.Balance;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.ReturnKind;
import org.coproduction.core.people.Participant;

/**
 * Pay gaps: people who use services or carers who gave their time for less than the lowest fee paid
 * to a professional in the same initiative, or for nothing while staff were there in paid time. One
 * rule of {@link Fairness}, kept apart so the rule reads on its own.
 */
final class PayGaps {
  private PayGaps() {}

  /**
   * Sets the report's pay comparison and finds the gaps.
   *
   * @return the gaps under participant ids, in id order, for {@link PersonFigures} to publish
   */
  static List<PayGap> find(
      FairnessReport.Builder out,
      Initiative initiative,
      Map<String, Balance> balances,
      Map<String, Participant> who,
      FairnessSettings settings,
      String currency) {
    boolean professionalsPaidFees = false;
    Balance lowest = null;
    for (Balance b : balances.values()) {
      if (!who.get(b.participantId()).onProviderSide() || b.feesReceived().minorUnits() == 0) {
        continue;
      }
      professionalsPaidFees = true;
      if (!b.hoursGiven().isZero()
          && (lowest == null
              || Rates.compare(
                      b.feesReceived(), b.hoursGiven(), lowest.feesReceived(), lowest.hoursGiven())
                  < 0)) {
        lowest = b;
      }
    }
    boolean staffInPaidTime = settings.staffTimeIsPaid() && staffTookPart(initiative, balances);
    Optional<Money> lowestRate =
        lowest == null
            ? Optional.empty()
            : Rates.perHour(lowest.feesReceived(), lowest.hoursGiven());

    out.payComparison(
        PayComparison.builder()
            .professionalsPaidFees(professionalsPaidFees)
            .staffTookPartInPaidTime(staffInPaidTime)
            .lowestProfessionalFeePerHour(lowestRate)
            .explanation(comparisonWords(professionalsPaidFees, staffInPaidTime, lowestRate))
            .build());

    List<PayGap> gaps = new ArrayList<>();
    for (Balance b : balances.values()) {
      if (!Fairness.livedExperienceSide(who.get(b.participantId())) || b.hoursGiven().isZero()) {
        continue;
      }
      int otherReturns = b.returnsReceived() - b.returnsByKind().getOrDefault(ReturnKind.FEE, 0);
      PayGap.Builder gap =
          PayGap.builder()
              .participantId(b.participantId())
              .hoursGiven(b.hoursGiven())
              .lowestProfessionalFeePerHour(lowestRate)
              .otherReturns(otherReturns);
      if (b.feesReceived().minorUnits() == 0) {
        if (!(professionalsPaidFees || staffInPaidTime)) {
          continue;
        }
        gaps.add(
            gap.kind(PayGapKind.UNPAID_WHILE_PROFESSIONALS_PAID)
                .feePerHour(Money.zero(currency))
                .explanation(
                    "Gave "
                        + Rates.words(b.hoursGiven())
                        + " and received no fee, while "
                        + paidWords(professionalsPaidFees, staffInPaidTime)
                        + "."
                        + (otherReturns == 0
                            ? ""
                            : " Got "
                                + otherReturns
                                + (otherReturns == 1 ? " other return" : " other returns")
                                + ", such as time credits or training, but no pay."))
                .build());
      } else if (lowest != null
          && Rates.compare(
                  b.feesReceived(), b.hoursGiven(), lowest.feesReceived(), lowest.hoursGiven())
              < 0) {
        Money rate = Rates.perHour(b.feesReceived(), b.hoursGiven()).get();
        gaps.add(
            gap.kind(PayGapKind.PAID_LESS_PER_HOUR)
                .feePerHour(rate)
                .explanation(
                    "Paid "
                        + rate
                        + " an hour, less than the "
                        + lowestRate.get()
                        + " an hour of the lowest-paid professional who received a fee.")
                .build());
      }
    }
    return gaps;
  }

  /** Whether a provider-side person attended a meeting or gave hours in the ledger. */
  private static boolean staffTookPart(Initiative initiative, Map<String, Balance> balances) {
    Set<String> attended = new HashSet<>();
    for (Meeting m : initiative.meetings()) {
      attended.addAll(m.attended());
    }
    for (Participant p : initiative.participants()) {
      if (!p.onProviderSide()) {
        continue;
      }
      Balance b = balances.get(p.id());
      if (attended.contains(p.id()) || (b != null && !b.hoursGiven().isZero())) {
        return true;
      }
    }
    return false;
  }

  private static String paidWords(boolean fees, boolean staff) {
    if (fees && staff) {
      return "professionals were paid fees and staff took part in paid time";
    }
    return fees ? "professionals were paid fees" : "staff took part in paid time";
  }

  private static String comparisonWords(boolean fees, boolean staff, Optional<Money> lowest) {
    String basis =
        fees || staff
            ? "In this initiative " + paidWords(fees, staff) + "."
            : "No professional was paid a fee and no staff took part in paid time, so nobody is"
                + " flagged for being unpaid.";
    String rate =
        lowest.isPresent()
            ? " The lowest fee per hour a professional received was " + lowest.get() + "."
            : " No professional received a fee for time given, so fees per hour are not compared.";
    return basis + rate;
  }
}
