package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.json.JacksonAnnotations;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;

/**
 * The ladder of co-production as a questionnaire: for each stage of the work, everybody involved
 * says which rung describes what happened. An initiative declares a rung for each stage and its
 * records can show that a stage sat lower; this questionnaire adds what the people who took part
 * say, so a reader sees whether they agree with the claim. Sources: "Which rung on the ladder of
 * co-production are you on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018 (the rungs,
 * and the advice to say openly why a stage sits lower); "Co-production in social care: What it is
 * and how to do it", SCIE, October 2013, updated October 2015, section "Defining co-production"
 * (the stages).
 *
 * <p>It has one item for each {@link Stage}, answered on the {@link AnswerScales#LADDER} scale,
 * whose codes are the names of the {@link LadderRung}s. Its answers are ordinary {@link
 * ResponseSet}s naming this checklist; an evaluation carries them beside the main checklist's, and
 * {@code org.coproduction.scoring.ladder.LadderAnswers} says per stage which rung people chose.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class LadderQuestionnaire {
  /** The questionnaire's id. */
  public static final String ID = "ladder-questionnaire";

  /** The version this release ships. */
  public static final String VERSION = "1.0";

  private static final String RESOURCE = ID + "-" + VERSION + ".json";

  private LadderQuestionnaire() {}

  /**
   * The questionnaire.
   *
   * @return the checklist {@value #ID}, version {@value #VERSION}
   */
  public static Checklist get() {
    JacksonAnnotations.require();
    return Holder.QUESTIONNAIRE;
  }

  /**
   * The item that asks about a stage.
   *
   * @param stage a stage of the work
   * @return the item id, for example {@code co-decision-on-resources}
   */
  public static String itemId(Stage stage) {
    return stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The stage an item asks about.
   *
   * @param itemId an item id of the questionnaire
   * @return the stage, or empty when no item of the questionnaire has that id
   */
  public static Optional<Stage> stage(String itemId) {
    for (Stage s : Stage.values()) {
      if (itemId(s).equals(itemId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The rung an answer names.
   *
   * @param answerCode a code of the {@link AnswerScales#LADDER} scale
   * @return the rung, or empty for don't know, not applicable or a code the scale lacks
   */
  public static Optional<LadderRung> rung(String answerCode) {
    if (!AnswerScales.LADDER.isAnswer(answerCode)) {
      return Optional.empty();
    }
    return Optional.of(LadderRung.valueOf(answerCode));
  }

  /** Reads the resource on first use; class initialisation makes this thread-safe. */
  private static final class Holder {
    static final Checklist QUESTIONNAIRE = BuiltInChecklist.readResource(RESOURCE);
  }
}
