package org.coproduction.report.questionnaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a questionnaire is about: the initiative and, when it is reviewed more than once, the review
 * round. Every response set the questionnaire saves names both, so answers from the form, from
 * paper and from a survey tool pool into one evaluation.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class QuestionnaireSettings {
  QuestionnaireSettings() {}

  /**
   * The initiative people are asked about.
   *
   * @return the initiative's id, for example {@code day-centre-redesign}
   */
  public abstract String initiativeId();

  /**
   * The review round the answers belong to.
   *
   * @return the round's id, or empty when the initiative is reviewed once
   */
  public abstract Optional<String> reviewRoundId();

  /**
   * The id of the survey mapping that {@link SurveyTemplate} writes: by default the initiative's id
   * with {@code -questionnaire} after it, shortened to the 64 characters an id may have.
   *
   * @return the mapping's id
   */
  @Value.Default
  public String surveyId() {
    String id = initiativeId() + "-questionnaire";
    return id.length() <= 64 ? id : id.substring(0, 64);
  }

  /**
   * Settings for a questionnaire about one initiative.
   *
   * @param initiativeId the initiative's id
   * @param reviewRoundId the review round's id, or empty
   * @return the settings
   */
  public static QuestionnaireSettings of(String initiativeId, Optional<String> reviewRoundId) {
    return ImmutableQuestionnaireSettings.builder()
        .initiativeId(initiativeId)
        .reviewRoundId(reviewRoundId)
        .build();
  }

  @Value.Check
  void check() {
    Checks.id("initiativeId", initiativeId());
    reviewRoundId().ifPresent(r -> Checks.id("reviewRoundId", r));
    Checks.id("surveyId", surveyId());
  }
}
