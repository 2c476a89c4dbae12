package org.coproduction.scoring.fairness;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.ledger.Contribution;
import org.coproduction.core.ledger.ContributionKind;
import org.coproduction.core.ledger.ExpenseClaim;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.ledger.Return;
import org.coproduction.core.ledger.ReturnKind;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for fairness reports: an initiative, a ledger that belongs to it and
 * settings in the ledger's currency. Participants mix people who use services, carers, staff and
 * others, so every rule (pay gaps, salaried staff, suppression) has something to find; amounts are
 * whole minor units and hours quarter hours.
 */
public final class FairnessGenerators {
  private FairnessGenerators() {}

  /**
   * An initiative, its ledger and the settings to read it with.
   *
   * @param initiative the initiative
   * @param ledger its ledger, listing some or all of its participants
   * @param settings settings whose time-credit value, if any, is in the ledger's currency
   */
  public record Case(Initiative initiative, ReciprocityLedger ledger, FairnessSettings settings) {
    /**
     * The report for this case.
     *
     * @return the report
     */
    public FairnessReport report() {
      return Fairness.assessUnderIds(initiative, ledger, settings);
    }
  }

  private static final List<String> CURRENCIES = List.of("GBP", "EUR", "JPY");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final List<Role> ROLES =
      List.of(
          Role.PERSON_WHO_USES_SERVICES,
          Role.CARER_OR_FAMILY,
          Role.FRONTLINE_STAFF,
          Role.MANAGER,
          Role.OTHER_PROFESSIONAL,
          Role.FACILITATOR,
          Role.VOLUNTEER);

  /**
   * Cases with one to nine participants and up to fifteen contributions, twelve returns and four
   * expense claims.
   *
   * @return cases
   */
  public static Gen<Case> cases() {
    return FairnessGenerators::make;
  }

  /**
   * Reports made from {@link #cases()}.
   *
   * @return reports
   */
  public static Gen<FairnessReport> reports() {
    return cases().map(Case::report);
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

  private static Case make(RandomnessSource in) {
    String currency = oneOf(in, CURRENCIES);
    List<Participant> people = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1, n = pick(in, 1, 9); i <= n; i++) {
      Role role = oneOf(in, ROLES);
      Participant.Builder p =
          Participant.builder()
              .id("p" + i)
              .addRoles(role)
              .interestGroup(
                  pick(in, 0, 3) > 0 && role.usualInterestGroup().isPresent()
                      ? role.usualInterestGroup().get()
                      : InterestGroup.values()[pick(in, 0, 4)])
              .livedExperience(role.isPersonWithLivedExperienceSide() || pick(in, 0, 4) == 0);
      if (pick(in, 0, 5) == 0) {
        p.addRoles(Role.CARER_OR_FAMILY);
      }
      people.add(p.build());
      ids.add("p" + i);
    }
    Initiative.Builder initiative =
        Initiative.builder()
            .id("care-leavers")
            .name("Support for care leavers")
            .purpose("Redesign support for young people leaving care")
            .participants(people);
    for (int i = 1, n = pick(in, 0, 3); i <= n; i++) {
      List<String> came = new ArrayList<>();
      ids.forEach(
          id -> {
            if (coin(in)) {
              came.add(id);
            }
          });
      initiative.addMeetings(
          Meeting.builder()
              .id("m" + i)
              .date(START.plusDays(7L * i))
              .noticeDays(14)
              .start(LocalTime.of(10, 0))
              .end(LocalTime.of(12, 0))
              .refreshments(true)
              .expensesOffered(true)
              .feesOffered(coin(in))
              .invited(ids)
              .attended(came)
              .minutesKept(true)
              .build());
    }

    List<String> listed = new ArrayList<>();
    ids.forEach(
        id -> {
          if (pick(in, 0, 5) > 0) {
            listed.add(id);
          }
        });
    ReciprocityLedger.Builder ledger =
        ReciprocityLedger.builder()
            .id("ledger-1")
            .initiativeId("care-leavers")
            .currency(currency)
            .participants(listed);
    Map<String, Duration> given = new HashMap<>();
    Map<String, Duration> earned = new HashMap<>();
    if (!listed.isEmpty()) {
      for (int i = 1, n = pick(in, 0, 15); i <= n; i++) {
        String who = oneOf(in, listed);
        Duration h = Duration.ofMinutes(15L * pick(in, 1, 32));
        given.merge(who, h, Duration::plus);
        ledger.addContributions(
            Contribution.builder()
                .id("c" + i)
                .participantId(who)
                .date(START.plusDays(pick(in, 0, 60)))
                .hours(h)
                .kind(ContributionKind.values()[pick(in, 0, ContributionKind.values().length - 1)])
                .build());
      }
      for (int i = 1, n = pick(in, 0, 12); i <= n; i++) {
        String who = oneOf(in, listed);
        ReturnKind kind = ReturnKind.values()[pick(in, 0, ReturnKind.values().length - 1)];
        Return.Builder r =
            Return.builder()
                .id("r" + i)
                .participantId(who)
                .date(START.plusDays(pick(in, 0, 60)))
                .kind(kind);
        if (kind == ReturnKind.FEE || kind == ReturnKind.EXPENSES) {
          r.amount(Money.of(pick(in, 0, 40_000), currency));
        } else if (kind == ReturnKind.TIME_CREDITS) {
          long room =
              (given.getOrDefault(who, Duration.ZERO).toMinutes()
                      - earned.getOrDefault(who, Duration.ZERO).toMinutes())
                  / 15;
          Duration credit = Duration.ofMinutes(15L * pick(in, 0, (int) Math.min(room, 16)));
          earned.merge(who, credit, Duration::plus);
          r.creditHours(credit);
        }
        ledger.addReturns(r.build());
      }
      for (int i = 1, n = pick(in, 0, 4); i <= n; i++) {
        long claimed = pick(in, 1, 5_000);
        ledger.addExpenseClaims(
            ExpenseClaim.builder()
                .id("e" + i)
                .participantId(oneOf(in, listed))
                .date(START.plusDays(pick(in, 0, 60)))
                .claimed(Money.of(claimed, currency))
                .reimbursed(Money.of(coin(in) ? claimed : pick(in, 0, (int) claimed), currency))
                .build());
      }
    }

    FairnessSettings.Builder settings =
        FairnessSettings.builder()
            .minGroupSize(pick(in, 1, 4))
            .giniNormalisation(
                coin(in) ? GiniNormalisation.PLAIN : GiniNormalisation.SAMPLE_CORRECTED)
            .staffTimeIsPaid(pick(in, 0, 3) > 0);
    if (coin(in)) {
      settings.timeCreditValue(Money.of(pick(in, 0, 2_000), currency));
    }
    return new Case(initiative.build(), ledger.build(), settings.build());
  }
}
