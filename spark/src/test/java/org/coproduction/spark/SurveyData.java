package org.coproduction.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;

/**
 * A small made-up national survey for the tests: a few initiatives, some in two review rounds, each
 * rater in one of three interest groups answering every item of a checklist. The answers are drawn
 * from a fixed seed, so every run sees the same data; they stand for no real initiative.
 */
final class SurveyData {
  private static final Role[] ROLES = {
    Role.PERSON_WHO_USES_SERVICES, Role.CARER_OR_FAMILY, Role.FRONTLINE_STAFF
  };
  private static final InterestGroup[] GROUPS = {
    InterestGroup.PEOPLE_WHO_USE_SERVICES,
    InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
    InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES
  };

  /** Mostly yes or partly, now and then no, don't know or not applicable. */
  private static final Answer[] WELL = {
    Answer.YES,
    Answer.YES,
    Answer.YES,
    Answer.YES,
    Answer.PARTLY,
    Answer.PARTLY,
    Answer.PARTLY,
    Answer.NO,
    Answer.DONT_KNOW,
    Answer.NOT_APPLICABLE
  };

  /** Mostly no. */
  private static final Answer[] BADLY = {
    Answer.NO, Answer.NO, Answer.NO, Answer.PARTLY, Answer.YES
  };

  private SurveyData() {}

  /**
   * Response sets for {@code initiatives} initiatives; every second one has two rounds.
   *
   * @param checklist the checklist answered
   * @param initiatives how many initiatives
   * @param raters how many raters per initiative and round
   * @return the response sets
   */
  static List<ResponseSet> responseSets(Checklist checklist, int initiatives, int raters) {
    List<ResponseSet> sets = new ArrayList<>();
    forEach(checklist, initiatives, raters, sets::add);
    return sets;
  }

  /**
   * The same response sets as {@link #responseSets}, handed over one at a time, so that a benchmark
   * can write a million of them without holding them all.
   *
   * @param checklist the checklist answered
   * @param initiatives how many initiatives
   * @param raters how many raters per initiative and round
   * @param each what to do with each response set, in order
   */
  static void forEach(
      Checklist checklist, int initiatives, int raters, Consumer<ResponseSet> each) {
    SplittableRandom random = new SplittableRandom(20261207L);
    for (int i = 0; i < initiatives; i++) {
      List<Optional<String>> rounds =
          i % 2 == 0
              ? List.of(Optional.empty())
              : List.of(Optional.of("year-1"), Optional.of("year-2"));
      for (Optional<String> round : rounds) {
        for (int r = 0; r < raters; r++) {
          List<ItemResponse> responses = new ArrayList<>();
          List<ChecklistItem> items = checklist.items();
          for (int j = 0; j < items.size(); j++) {
            // Every fourth item of an initiative goes badly, so that some red flags are raised.
            Answer[] draw = (i + j) % 4 == 0 ? BADLY : WELL;
            responses.add(ItemResponse.of(items.get(j).id(), draw[random.nextInt(draw.length)]));
          }
          each.accept(
              ResponseSet.builder()
                  .id("initiative-" + i + "-" + round.orElse("once") + "-rater-" + r)
                  .checklist(checklist.ref())
                  .initiativeId("initiative-" + i)
                  .reviewRoundId(round)
                  .raterRole(ROLES[r % ROLES.length])
                  .raterInterestGroup(GROUPS[r % GROUPS.length])
                  .answers(responses)
                  .build());
        }
      }
    }
  }
}
