package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.LadderQuestionnaire;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;

/**
 * Which rung people chose for each stage of the work in the ladder questionnaire ({@link
 * LadderQuestionnaire}): a pure function of their answers and the disclosure rule.
 *
 * <p>The disclosure rule is the one every score keeps: an answer about a stage counts only when at
 * least k people of the rater's interest group answered that stage (don't know and not applicable
 * included, so what a left-out person said never changes who is left out). The rung people chose is
 * the median of the rungs that count; the lowest and highest show how far apart they are. Read the
 * result beside {@link Ladders#assess}: the rung the initiative declares, the rung its records
 * support, and now the rung its people say.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class LadderAnswers {
  private LadderAnswers() {}

  /**
   * Tallies the answers to the ladder questionnaire.
   *
   * @param answers response sets to the ladder questionnaire, for example those of one review round
   * @param minimumGroupSize k: the fewest people of one interest group who must answer a stage for
   *     their answers to count
   * @return one summary per stage, in the order of {@link Stage}; empty when there are no answers
   * @throws CoProductionException when a set of answers is not to the ladder questionnaire, or k is
   *     below 1
   */
  public static List<StageAnswers> tally(List<ResponseSet> answers, int minimumGroupSize) {
    if (minimumGroupSize < 1) {
      throw CoProductionException.at(
          "minimumGroupSize", "must be 1 or more, was " + minimumGroupSize);
    }
    if (answers.isEmpty()) {
      return List.of();
    }
    Checklist questionnaire = LadderQuestionnaire.get();
    for (int i = 0; i < answers.size(); i++) {
      try {
        answers.get(i).validateAgainst(questionnaire);
      } catch (CoProductionException e) {
        throw e.within("answers[" + i + "]");
      }
    }
    List<StageAnswers> out = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      out.add(stage(stage, answers, minimumGroupSize));
    }
    return List.copyOf(out);
  }

  private static StageAnswers stage(Stage stage, List<ResponseSet> answers, int k) {
    String itemId = LadderQuestionnaire.itemId(stage);
    Map<InterestGroup, Integer> answered = new EnumMap<>(InterestGroup.class);
    List<ResponseSet> raters = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (ResponseSet r : answers) {
      for (ItemResponse a : r.answers()) {
        if (a.itemId().equals(itemId)) {
          answered.merge(r.raterInterestGroup(), 1, Integer::sum);
          raters.add(r);
          codes.add(a.answerCode());
        }
      }
    }
    boolean leftOut = false;
    List<LadderRung> rungs = new ArrayList<>();
    for (int i = 0; i < raters.size(); i++) {
      if (answered.get(raters.get(i).raterInterestGroup()) < k) {
        leftOut = true;
      } else {
        LadderQuestionnaire.rung(codes.get(i)).ifPresent(rungs::add);
      }
    }
    StageAnswers.Builder b =
        StageAnswers.builder().stage(stage).counted(rungs.size()).answersLeftOut(leftOut);
    if (!rungs.isEmpty()) {
      Collections.sort(rungs);
      b.chosenRung(rungs.get((rungs.size() - 1) / 2))
          .lowestRung(rungs.get(0))
          .highestRung(rungs.get(rungs.size() - 1));
    }
    return b.build();
  }
}
