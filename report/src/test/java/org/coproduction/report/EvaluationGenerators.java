package org.coproduction.report;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecommendationsSelfAssessment;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.Severity;
import org.coproduction.core.Source;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.ledger.Contribution;
import org.coproduction.core.ledger.ContributionKind;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.ledger.Return;
import org.coproduction.core.ledger.ReturnKind;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.JigsawArea;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for valid evaluations, for reuse by the tests of the {@code evaluate}
 * command and its reports. Each evaluation's parts fit together: answers name the initiative, the
 * checklist in use and only its rounds and participants; the ledger names only its participants.
 */
public final class EvaluationGenerators {
  private EvaluationGenerators() {}

  private static final LocalDate START = LocalDate.of(2025, 1, 6);
  private static final List<String> TEXTS =
      List.of(
          "The Thursday club",
          "Café on Fridays – open to all",
          "She said \"nothing about us without us\" and meant it",
          "Lines one\nand two",
          "Ünïcödé naïve résumé ✓",
          "x");

  /**
   * Valid evaluations: one to six participants, up to two review rounds, an optional ledger, the
   * built-in checklist or a small one of their own, up to six response sets, and sometimes the
   * other built-in checklist as a second instrument with a few sets of answers of its own.
   *
   * @return the evaluations
   */
  public static Gen<Evaluation> evaluations() {
    return in -> {
      Checklist checklist = booleans().generate(in) ? BuiltInChecklist.get() : smallChecklist(in);
      List<Participant> people = new ArrayList<>();
      for (int i = 1, n = range(1, 6).generate(in); i <= n; i++) {
        people.add(participant("p" + i).generate(in));
      }
      Initiative.Builder initiative =
          Initiative.builder()
              .id(pick(List.of("club", "i-1", "fair.2025")).generate(in))
              .name(text(in))
              .purpose(text(in))
              .participants(people);
      List<String> rounds = new ArrayList<>();
      for (int i = 1, n = range(0, 2).generate(in); i <= n; i++) {
        rounds.add("round-" + i);
        initiative.addReviewRounds(
            ReviewRound.builder()
                .id("round-" + i)
                .label(text(in))
                .date(START.plusDays(200L * i))
                .build());
      }
      Initiative built = initiative.build();

      Evaluation.Builder evaluation =
          Evaluation.builder()
              .id(pick(List.of("dementia-club", "case-1", "x")).generate(in))
              .title(text(in))
              .description(text(in))
              .initiative(built);
      if (checklist != BuiltInChecklist.get()) {
        evaluation.checklist(checklist);
      }
      if (booleans().generate(in)) {
        evaluation.ledger(ledger(in, built));
      }
      List<String> answered = new ArrayList<>();
      for (int i = 1, n = range(0, 6).generate(in); i <= n; i++) {
        Optional<String> round =
            rounds.isEmpty() || booleans().generate(in)
                ? Optional.empty()
                : Optional.of(pick(rounds).generate(in));
        Participant rater = pick(people).generate(in);
        boolean named =
            booleans().generate(in) && !answered.contains(rater.id() + "/" + round.orElse(""));
        if (named) {
          answered.add(rater.id() + "/" + round.orElse(""));
        }
        evaluation.addResponses(
            responseSet("r" + i, checklist, built, round, rater, named).generate(in));
      }
      if (booleans().generate(in)) {
        // Another instrument answered by the same people: the one built-in checklist not in use.
        boolean police = checklist == BuiltInChecklist.get();
        Instrument.Builder other = Instrument.builder();
        Checklist otherChecklist =
            police ? RecommendationsSelfAssessment.get() : BuiltInChecklist.get();
        other.builtIn(otherChecklist.id());
        for (int i = 1, n = range(1, 3).generate(in); i <= n; i++) {
          Optional<String> round =
              rounds.isEmpty() || booleans().generate(in)
                  ? Optional.empty()
                  : Optional.of(pick(rounds).generate(in));
          other.addResponses(
              otherAnswers("o" + i, otherChecklist, built, round, pick(people).generate(in))
                  .generate(in));
        }
        evaluation.addOtherInstruments(other.build());
        if (booleans().generate(in)) {
          evaluation.crosswalkFramework("guide");
        }
      }
      return evaluation.build();
    };
  }

  private static String text(RandomnessSource in) {
    return pick(TEXTS).generate(in);
  }

  private static Gen<Participant> participant(String id) {
    return in -> {
      Role role = enumValues(Role.class).generate(in);
      Set<Role> roles = EnumSet.of(role);
      if (booleans().generate(in)) {
        roles.add(enumValues(Role.class).generate(in));
      }
      return Participant.builder()
          .id(id)
          .roles(roles)
          .interestGroup(
              role.usualInterestGroup().orElse(enumValues(InterestGroup.class).generate(in)))
          .livedExperience(role.isPersonWithLivedExperienceSide())
          .build();
    };
  }

  private static ReciprocityLedger ledger(RandomnessSource in, Initiative initiative) {
    List<String> ids = new ArrayList<>(initiative.participantIds());
    ReciprocityLedger.Builder ledger =
        ReciprocityLedger.builder()
            .id("ledger")
            .initiativeId(initiative.id())
            .currency("GBP")
            .participants(ids);
    for (int i = 1, n = range(0, 4).generate(in); i <= n; i++) {
      String who = pick(ids).generate(in);
      int hours = range(1, 6).generate(in);
      ledger.addContributions(
          Contribution.builder()
              .id("c" + i)
              .participantId(who)
              .date(START.plusDays(7L * i))
              .hours(Duration.ofHours(hours))
              .kind(enumValues(ContributionKind.class).generate(in))
              .build());
      if (booleans().generate(in)) {
        ledger.addReturns(
            Return.builder()
                .id("r" + i)
                .participantId(who)
                .date(START.plusDays(7L * i))
                .kind(ReturnKind.FEE)
                .amount(Money.of(1250L * hours, "GBP"))
                .build());
      }
    }
    return ledger.build();
  }

  private static Gen<ResponseSet> responseSet(
      String id,
      Checklist checklist,
      Initiative initiative,
      Optional<String> round,
      Participant rater,
      boolean named) {
    return in -> {
      List<ItemResponse> answers = new ArrayList<>();
      for (String itemId : checklist.itemIds()) {
        if (answers.isEmpty() || booleans().generate(in)) {
          Answer answer = enumValues(Answer.class).generate(in);
          answers.add(
              booleans().generate(in)
                  ? ItemResponse.of(itemId, answer)
                  : ItemResponse.builder().itemId(itemId).answer(answer).comment(text(in)).build());
        }
      }
      ResponseSet.Builder set =
          ResponseSet.builder()
              .id(id)
              .checklist(checklist.ref())
              .initiativeId(initiative.id())
              .reviewRoundId(round)
              .raterRole(pick(List.copyOf(rater.roles())).generate(in))
              .raterInterestGroup(rater.interestGroup())
              .answers(answers);
      if (named) {
        set.participantId(rater.id());
      }
      return set.build();
    };
  }

  /** Unnamed answers to some items of another instrument, in that instrument's own codes. */
  private static Gen<ResponseSet> otherAnswers(
      String id,
      Checklist checklist,
      Initiative initiative,
      Optional<String> round,
      Participant rater) {
    return in -> {
      List<ItemResponse> answers = new ArrayList<>();
      for (ChecklistItem item : checklist.items()) {
        if (answers.isEmpty() || range(0, 3).generate(in) == 0) {
          answers.add(
              ItemResponse.of(item.id(), pick(checklist.scaleOf(item).codes()).generate(in)));
        }
      }
      return ResponseSet.builder()
          .id(id)
          .checklist(checklist.ref())
          .initiativeId(initiative.id())
          .reviewRoundId(round)
          .raterRole(pick(List.copyOf(rater.roles())).generate(in))
          .raterInterestGroup(rater.interestGroup())
          .answers(answers)
          .build();
    };
  }

  private static Checklist smallChecklist(RandomnessSource in) {
    Checklist.Builder checklist =
        Checklist.builder().id("our-checklist").version("2").title(text(in)).language("en-GB");
    for (int i = 1, n = range(1, 3).generate(in); i <= n; i++) {
      checklist.addItems(
          ChecklistItem.builder()
              .id("item-" + i)
              .statement(text(in))
              .easyRead(text(in))
              .area(enumValues(JigsawArea.class).generate(in))
              .severity(enumValues(Severity.class).generate(in))
              .weight(1)
              .recordBased(false)
              .addSources(
                  Source.of("police-post-2016", "The Co-production Police and accountability"))
              .build());
    }
    return checklist.build();
  }
}
