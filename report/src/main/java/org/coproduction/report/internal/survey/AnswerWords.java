package org.coproduction.report.internal.survey;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.AnswerOption;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.report.survey.SurveyMapping;

/**
 * Turns what a respondent wrote into a code on the item's answer scale: the one place where survey
 * words become answers.
 *
 * <p>In this order: the mapping's own answer words (its {@code answerWords}), when the answer they
 * name is on the item's scale; then, on a scale other than yes/partly/no, the scale's own words,
 * its labels, easy-read labels and codes, with case and outer spaces ignored ({@code "Strongly
 * agree"}, {@code "strongly_agree"}), and a whole number counting the answers from the bottom of
 * the scale, as survey tools export them ({@code 1} is strongly disagree and {@code 5} strongly
 * agree on the agreement scale). On yes/partly/no only the mapping's words count, as they always
 * have.
 */
@API(status = INTERNAL)
public final class AnswerWords {
  private AnswerWords() {}

  /**
   * The code a cell means on a scale.
   *
   * @param scale the item's scale
   * @param mapping the survey mapping, whose answer words come first
   * @param cell the cell as the export has it, not blank
   * @return the code, or empty when the cell means nothing on this scale
   */
  public static Optional<String> code(AnswerScale scale, SurveyMapping mapping, String cell) {
    Optional<String> mapped =
        mapping.answer(cell).map(Enum::name).filter(code -> scale.option(code).isPresent());
    if (mapped.isPresent() || scale.id().equals(AnswerScales.YES_PARTLY_NO_ID)) {
      return mapped;
    }
    String wanted = SurveyMapping.normalise(cell);
    for (AnswerOption o : all(scale)) {
      if (SurveyMapping.normalise(o.label()).equals(wanted)
          || SurveyMapping.normalise(o.easyRead()).equals(wanted)
          || SurveyMapping.normalise(o.code()).equals(wanted)) {
        return Optional.of(o.code());
      }
    }
    if (wanted.matches("[0-9]{1,2}")) {
      int place = Integer.parseInt(wanted);
      if (place >= 1 && place <= scale.options().size()) {
        return Optional.of(scale.ascending().get(place - 1).code());
      }
    }
    return Optional.empty();
  }

  /**
   * What a respondent may write on a scale other than yes/partly/no, for the message when a cell
   * means nothing: the labels, and the numbers.
   *
   * @param scale the item's scale
   * @return for example {@code Strongly disagree, Disagree, … or 1 to 5}
   */
  public static String accepted(AnswerScale scale) {
    List<String> labels = new ArrayList<>();
    all(scale).forEach(o -> labels.add(o.label()));
    return String.join(", ", labels) + ", or 1 to " + scale.options().size();
  }

  private static List<AnswerOption> all(AnswerScale scale) {
    List<AnswerOption> all = new ArrayList<>(scale.options());
    all.addAll(scale.notAnswers());
    return all;
  }
}
