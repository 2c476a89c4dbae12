package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;

/**
 * The numbers behind answers: {@code YES} is worth 1, {@code PARTLY} 0.5 and {@code NO} 0. {@code
 * DONT_KNOW} and {@code NOT_APPLICABLE} have no value: they are left out of every mean, so they can
 * neither raise nor lower a score. These are the values of the yes/partly/no scale as shares of 1;
 * for any answer scale, {@link org.coproduction.checklist.AnswerScale#valueOf(String)} gives an
 * answer's value on the 0 to 100 score.
 */
@API(status = STABLE, since = "0.1")
public final class AnswerValues {
  private AnswerValues() {}

  /**
   * The value an answer contributes to a score.
   *
   * @param answer a rater's answer
   * @return 1, 0.5 or 0, or empty for an answer that is not scored
   */
  public static OptionalDouble valueOf(Answer answer) {
    switch (answer) {
      case YES:
        return OptionalDouble.of(1.0);
      case PARTLY:
        return OptionalDouble.of(0.5);
      case NO:
        return OptionalDouble.of(0.0);
      default:
        return OptionalDouble.empty();
    }
  }
}
