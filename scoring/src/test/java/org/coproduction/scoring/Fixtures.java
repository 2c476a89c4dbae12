package org.coproduction.scoring;

import java.util.ArrayList;
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

/** A small hand-made checklist and helpers to write raters' answers compactly. */
final class Fixtures {
  private Fixtures() {}

  static final String NOTICE = "notice-given";
  static final String EXPENSES = "expenses-and-fees";
  static final String IDEAS = "ideas-shape-result";
  static final String REVIEWS = "reviews-coproduced";

  static final InterestGroup USERS = InterestGroup.PEOPLE_WHO_USE_SERVICES;
  static final InterestGroup CARERS = InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE;
  static final InterestGroup PUBLIC = InterestGroup.MEMBERS_OF_THE_PUBLIC;
  static final InterestGroup MANAGERS = InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES;
  static final InterestGroup STAFF = InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES;

  static final Answer Y = Answer.YES;
  static final Answer P = Answer.PARTLY;
  static final Answer N = Answer.NO;
  static final Answer DK = Answer.DONT_KNOW;
  static final Answer NA = Answer.NOT_APPLICABLE;

  /**
   * Four items: notice (practice, serious, weight 1, accessibility), expenses (structure, critical,
   * weight 2, reciprocity and equality), ideas (practice, serious, weight 1, equality), reviews
   * (review, moderate, weight 1, equality).
   */
  static Checklist checklist() {
    return Checklist.builder()
        .id("test-checklist")
        .version("1.0")
        .title("A test checklist")
        .language("en")
        .addFrameworks(FrameworkRef.of("guide", "1"))
        .addItems(
            item(NOTICE, JigsawArea.PRACTICE, Severity.SERIOUS, 1, List.of("accessibility")),
            item(
                EXPENSES,
                JigsawArea.STRUCTURE,
                Severity.CRITICAL,
                2,
                List.of("reciprocity", "equality")),
            item(IDEAS, JigsawArea.PRACTICE, Severity.SERIOUS, 1, List.of("equality")),
            item(REVIEWS, JigsawArea.REVIEW, Severity.MODERATE, 1, List.of("equality")))
        .build();
  }

  private static ChecklistItem item(
      String id, JigsawArea area, Severity severity, double weight, List<String> principles) {
    return ChecklistItem.builder()
        .id(id)
        .statement("A good practice")
        .easyRead("We did this.")
        .principles(Map.of("guide", principles))
        .area(area)
        .severity(severity)
        .weight(weight)
        .recordBased(true)
        .sources(
            List.of(Source.of("police-post-2016", "The Co-production Police and accountability")))
        .build();
  }

  /** Raters added one by one, with answers to the checklist's items in order (null skips one). */
  static final class Round {
    private final String round;
    private final boolean everyAnswerCounts;
    private final List<ResponseSet> sets = new ArrayList<>();

    Round(String round, boolean everyAnswerCounts) {
      this.round = round;
      this.everyAnswerCounts = everyAnswerCounts;
    }

    Round rater(InterestGroup group, Answer... answers) {
      List<String> items = checklist().itemIds();
      List<ItemResponse> responses = new ArrayList<>();
      for (int i = 0; i < answers.length; i++) {
        if (answers[i] != null) {
          responses.add(ItemResponse.of(items.get(i), answers[i]));
        }
      }
      ResponseSet.Builder set =
          ResponseSet.builder()
              .id("rs-" + sets.size())
              .checklist(checklist().ref())
              .initiativeId("initiative-1")
              .raterRole(Role.COMMUNITY_MEMBER)
              .raterInterestGroup(group)
              .answers(responses);
      if (round != null) {
        set.reviewRoundId(round);
      }
      sets.add(set.build());
      return this;
    }

    /** Several raters of one group giving the same answers. */
    Round raters(int count, InterestGroup group, Answer... answers) {
      for (int i = 0; i < count; i++) {
        rater(group, answers);
      }
      return this;
    }

    List<ResponseSet> sets() {
      return List.copyOf(sets);
    }

    ScoreReport score() {
      return score(ScoringSettings.defaults());
    }

    ScoreReport score(List<RecordAnswer> records) {
      return Scoring.score(checklist(), sets(), records, settings(ScoringSettings.defaults()));
    }

    ScoreReport score(ScoringSettings settings) {
      return Scoring.score(checklist(), sets(), List.of(), settings(settings));
    }

    private ScoringSettings settings(ScoringSettings settings) {
      return everyAnswerCounts
          ? ScoringSettings.builder().from(settings).minimumGroupSize(1).build()
          : settings;
    }
  }

  /**
   * A round where every answer counts (k = 1), for tests of one scoring rule with a handful of
   * raters; the disclosure rule has its own tests, which use {@link #council()}.
   */
  static Round round() {
    return new Round("r1", true);
  }

  /** The settings {@link #round()} scores with: the defaults, with every answer counting. */
  static ScoringSettings everyAnswerCounts() {
    return ScoringSettings.builder().minimumGroupSize(1).build();
  }

  /** A round where every answer counts, with its own id (see {@link #round()}). */
  static Round round(String id) {
    return new Round(id, true);
  }

  /** A round scored with the disclosure rule as the settings say (k = 3 unless set). */
  static Round council() {
    return new Round("r1", false);
  }

  static RecordAnswer recordNo(String itemId, String ref, String finding) {
    return RecordAnswer.builder()
        .itemId(itemId)
        .answer(Answer.NO)
        .addEvidence(
            Evidence.builder().kind(Evidence.Kind.MEETING).ref(ref).finding(finding).build())
        .build();
  }

  static RecordAnswer recordYes(String itemId) {
    return RecordAnswer.builder().itemId(itemId).answer(Answer.YES).build();
  }
}
