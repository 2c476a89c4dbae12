package org.coproduction.report.questionnaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One answer a rater can pick for a question: the code a response set stores and the words people
 * see. The ordinary label is also the word a survey tool exports, so {@link SurveyTemplate}'s
 * mapping reads it back.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AnswerOption {
  AnswerOption() {}

  /**
   * The answer as a response set stores it.
   *
   * @return for example {@code DONT_KNOW}
   */
  public abstract String code();

  /**
   * The answer as the form, the paper copy and a survey tool show it.
   *
   * @return for example {@code Don't know}
   */
  public abstract String label();

  /**
   * The answer in easy read, shown in the form's easy-read mode.
   *
   * @return for example {@code I do not know}
   */
  public abstract String easyReadLabel();

  /**
   * Starts a new option.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnswerOption}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableAnswerOption.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("code", code());
    Checks.notBlank("label", label());
    Checks.notBlank("easyReadLabel", easyReadLabel());
  }
}
