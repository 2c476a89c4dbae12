package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How many raters gave each answer, so a reader can check a score by hand: the score is the mean of
 * the answers' values, such as (100 × yes + 50 × partly) / (yes + partly + no) on the yes/partly/no
 * scale. On that scale the counts are in {@link #yes()} to {@link #notApplicable()}; on any other
 * scale they are in {@link #byAnswer()} and {@link #byNotAnswer()}, by the scale's codes, and the
 * five fields are 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswerCounts.class)
@JsonDeserialize(as = ImmutableAnswerCounts.class)
@API(status = STABLE, since = "0.1")
public abstract class AnswerCounts {
  AnswerCounts() {}

  /**
   * Raters who said {@code YES}.
   *
   * @return 0 or more
   */
  @JsonProperty("yes")
  public abstract int yes();

  /**
   * Raters who said {@code PARTLY}.
   *
   * @return 0 or more
   */
  @JsonProperty("partly")
  public abstract int partly();

  /**
   * Raters who said {@code NO}.
   *
   * @return 0 or more
   */
  @JsonProperty("no")
  public abstract int no();

  /**
   * Raters who said {@code DONT_KNOW}; they do not count towards the score.
   *
   * @return 0 or more
   */
  @JsonProperty("dontKnow")
  public abstract int dontKnow();

  /**
   * Raters who said {@code NOT_APPLICABLE}; they do not count towards the score.
   *
   * @return 0 or more
   */
  @JsonProperty("notApplicable")
  public abstract int notApplicable();

  /**
   * On a scale other than yes/partly/no, how many raters gave each answer, by the answer's code,
   * from the bottom of the scale up, answers nobody gave included. Empty on the yes/partly/no
   * scale.
   *
   * @return code to raters; may be empty (and is then left out of the document)
   */
  @JsonProperty("byAnswer")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @API(status = EXPERIMENTAL, since = "0.3")
  public abstract Map<String, Integer> byAnswer();

  /**
   * On a scale other than yes/partly/no, how many raters gave each option that is not an answer
   * (such as don't know), by its code. They do not count towards the score.
   *
   * @return code to raters; may be empty (and is then left out of the document)
   */
  @JsonProperty("byNotAnswer")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @API(status = EXPERIMENTAL, since = "0.3")
  public abstract Map<String, Integer> byNotAnswer();

  /**
   * Raters whose answer counts towards the score.
   *
   * @return yes + partly + no, or the sum of {@link #byAnswer()}
   */
  public int scored() {
    int scored = yes() + partly() + no();
    for (int n : byAnswer().values()) {
      scored += n;
    }
    return scored;
  }

  /**
   * Raters who gave an option that is not an answer.
   *
   * @return dontKnow + notApplicable, or the sum of {@link #byNotAnswer()}
   */
  @API(status = EXPERIMENTAL, since = "0.3")
  public int notAnswered() {
    int n = dontKnow() + notApplicable();
    for (int k : byNotAnswer().values()) {
      n += k;
    }
    return n;
  }

  /**
   * Starts new counts.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnswerCounts}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableAnswerCounts.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ScoreChecks.count("yes", yes());
    ScoreChecks.count("partly", partly());
    ScoreChecks.count("no", no());
    ScoreChecks.count("dontKnow", dontKnow());
    ScoreChecks.count("notApplicable", notApplicable());
    byAnswer().forEach((code, n) -> ScoreChecks.count("byAnswer." + code, n));
    byNotAnswer().forEach((code, n) -> ScoreChecks.count("byNotAnswer." + code, n));
    if (!byAnswer().isEmpty() && yes() + partly() + no() + dontKnow() + notApplicable() > 0) {
      throw CoProductionException.at(
          "byAnswer",
          "counts are either by yes, partly and no or by the codes of another scale, not both");
    }
  }
}
