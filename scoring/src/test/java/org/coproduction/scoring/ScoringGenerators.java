package org.coproduction.scoring;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.Severity;
import org.coproduction.core.Source;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.agreement.MeasurementScale;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.scoring.trend.Trends;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for scoring: small checklists, one round of answers to them, record
 * answers and settings, and the reports made from them. Groups are kept small so suppression,
 * inconclusive scores and missing answers all turn up often.
 */
public final class ScoringGenerators {
  private ScoringGenerators() {}

  private static final List<String> FRAMEWORKS = List.of("guide", "own");
  private static final List<String> PRINCIPLES = List.of("equality", "diversity", "reciprocity");
  private static final List<Double> WEIGHTS = List.of(0.5, 1.0, 1.0, 2.0, 3.0);

  /** What {@link Scoring#score} takes. */
  public static final class Input {
    /** The checklist answered. */
    public final Checklist checklist;

    /** One round of answers. */
    public final List<ResponseSet> responses;

    /** What the records say. */
    public final List<RecordAnswer> records;

    /** The settings. */
    public final ScoringSettings settings;

    Input(
        Checklist checklist,
        List<ResponseSet> responses,
        List<RecordAnswer> records,
        ScoringSettings settings) {
      this.checklist = checklist;
      this.responses = responses;
      this.records = records;
      this.settings = settings;
    }

    /**
     * The same input with other answers.
     *
     * @param responses the new answers
     * @return the changed input
     */
    public Input withResponses(List<ResponseSet> responses) {
      return new Input(checklist, responses, records, settings);
    }

    /**
     * The same input with every answer counted (k = 1), for rules that the disclosure rule would
     * otherwise change on purpose: a "don't know" can bring a group up to k.
     *
     * @return the changed input
     */
    public Input everyAnswerCounting() {
      return new Input(
          checklist,
          responses,
          records,
          ScoringSettings.builder().from(settings).minimumGroupSize(1).build());
    }

    /**
     * Scores the input.
     *
     * @return the report
     */
    public ScoreReport score() {
      return Scoring.score(checklist, responses, records, settings);
    }

    @Override
    public String toString() {
      return checklist.itemIds() + " " + responses + " " + records + " " + settings;
    }
  }

  /**
   * Checklists of 1 to 6 items mapped to up to two frameworks.
   *
   * @return the generator
   */
  public static Gen<Checklist> checklists() {
    return in -> {
      int frameworks = integers().between(0, 2).generate(in);
      List<FrameworkRef> refs = new ArrayList<>();
      for (int f = 0; f < frameworks; f++) {
        refs.add(FrameworkRef.of(FRAMEWORKS.get(f), "1"));
      }
      int count = integers().between(1, 6).generate(in);
      List<ChecklistItem> items = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Map<String, List<String>> principles = new LinkedHashMap<>();
        for (FrameworkRef ref : refs) {
          int p = integers().between(0, PRINCIPLES.size()).generate(in);
          if (p > 0) {
            principles.put(ref.id(), PRINCIPLES.subList(0, p));
          }
        }
        items.add(
            ChecklistItem.builder()
                .id("item-" + i)
                .statement("A good practice")
                .easyRead("We did this.")
                .principles(principles)
                .area(arbitrary().enumValues(JigsawArea.class).generate(in))
                .severity(arbitrary().enumValues(Severity.class).generate(in))
                .weight(arbitrary().pick(WEIGHTS).generate(in))
                .recordBased(integers().between(0, 1).generate(in) == 1)
                .sources(
                    List.of(
                        Source.of(
                            "police-post-2016", "The Co-production Police and accountability")))
                .build());
      }
      return Checklist.builder()
          .id("test-checklist")
          .version("1.0")
          .title("A test checklist")
          .language("en")
          .frameworks(refs)
          .items(items)
          .build();
    };
  }

  /**
   * Answers, mostly scored ones, with some that do not count.
   *
   * @return the generator
   */
  public static Gen<Answer> answers() {
    return arbitrary()
        .pick(
            List.of(
                Answer.YES,
                Answer.YES,
                Answer.PARTLY,
                Answer.NO,
                Answer.NO,
                Answer.DONT_KNOW,
                Answer.NOT_APPLICABLE));
  }

  /**
   * One round of 1 to 14 raters answering some of a checklist's items.
   *
   * @param checklist the checklist answered
   * @param round the review round, or null for none
   * @return the generator
   */
  public static Gen<List<ResponseSet>> round(Checklist checklist, String round) {
    return in -> {
      int raters = integers().between(1, 14).generate(in);
      List<ResponseSet> sets = new ArrayList<>();
      for (int r = 0; r < raters; r++) {
        InterestGroup group = arbitrary().enumValues(InterestGroup.class).generate(in);
        List<ItemResponse> answers = new ArrayList<>();
        for (String itemId : checklist.itemIds()) {
          if (integers().between(0, 4).generate(in) > 0) {
            answers.add(ItemResponse.of(itemId, answers().generate(in)));
          }
        }
        if (answers.isEmpty()) {
          answers.add(ItemResponse.of(checklist.itemIds().get(0), answers().generate(in)));
        }
        ResponseSet.Builder set =
            ResponseSet.builder()
                .id("rs-" + r)
                .checklist(checklist.ref())
                .initiativeId("initiative-1")
                .raterRole(role(group))
                .raterInterestGroup(group)
                .answers(answers);
        if (round != null) {
          set.reviewRoundId(round);
        }
        if (integers().between(0, 1).generate(in) == 1) {
          set.participantId("p-" + r);
        }
        sets.add(set.build());
      }
      return sets;
    };
  }

  /**
   * What the records say about some items, with evidence where the answer falls short.
   *
   * @param checklist the checklist
   * @return the generator
   */
  public static Gen<List<RecordAnswer>> records(Checklist checklist) {
    return in -> {
      List<RecordAnswer> records = new ArrayList<>();
      for (String itemId : checklist.itemIds()) {
        if (integers().between(0, 2).generate(in) == 0) {
          Answer answer = answers().generate(in);
          RecordAnswer.Builder record = RecordAnswer.builder().itemId(itemId).answer(answer);
          if (answer == Answer.NO || answer == Answer.PARTLY) {
            record.addEvidence(
                Evidence.builder()
                    .kind(Evidence.Kind.MEETING)
                    .ref("m-1")
                    .finding("2 days' notice, 14 needed")
                    .build());
          }
          records.add(record.build());
        }
      }
      return records;
    };
  }

  /**
   * Settings with small thresholds, including k of 1 (nothing hidden).
   *
   * @return the generator
   */
  public static Gen<ScoringSettings> settings() {
    return in ->
        ScoringSettings.builder()
            .minimumRaters(integers().between(1, 4).generate(in))
            .minimumGroupSize(integers().between(1, 4).generate(in))
            .redFlagShare(arbitrary().pick(List.of(0.25, 1.0 / 3, 0.5, 1.0)).generate(in))
            .minimumMeaningfulChange(arbitrary().pick(List.of(5.0, 10.0, 20.0)).generate(in))
            .agreementScale(arbitrary().enumValues(MeasurementScale.class).generate(in))
            .build();
  }

  /**
   * Everything {@link Scoring#score} takes, for one round named {@code r1}.
   *
   * @return the generator
   */
  public static Gen<Input> inputs() {
    return in -> {
      Checklist checklist = checklists().generate(in);
      return new Input(
          checklist,
          round(checklist, "r1").generate(in),
          records(checklist).generate(in),
          settings().generate(in));
    };
  }

  /**
   * Score reports.
   *
   * @return the generator
   */
  public static Gen<ScoreReport> reports() {
    return inputs().map(Input::score);
  }

  /**
   * Trend reports between two rounds of answers to one checklist.
   *
   * @return the generator
   */
  public static Gen<TrendReport> trends() {
    return in -> {
      Input first = inputs().generate(in);
      List<ResponseSet> second = round(first.checklist, "r2").generate(in);
      return Trends.compare(first.score(), first.withResponses(second).score());
    };
  }

  private static Role role(InterestGroup group) {
    switch (group) {
      case PEOPLE_WHO_USE_SERVICES:
        return Role.PERSON_WHO_USES_SERVICES;
      case FAMILY_AND_FRIENDS_WHO_CARE:
        return Role.CARER_OR_FAMILY;
      case PEOPLE_WHO_WORK_IN_SERVICES:
        return Role.FRONTLINE_STAFF;
      case PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES:
        return Role.MANAGER;
      default:
        return Role.COMMUNITY_MEMBER;
    }
  }
}
