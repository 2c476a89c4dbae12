package org.coproduction.scoring.perspectives;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One interest group's part of a breakdown: its score from the answers that count, or that it has
 * none. Each of the five groups of "nothing about any of us without all of us" ("Nothing about us
 * without us", Anne Collis, SCIE Co-production Week blog, 23 May 2017) always appears, so a group's
 * absence is seen rather than silently dropped.
 *
 * <p>For an item, the score is the mean over the group's raters, with their answer counts. For an
 * aggregate, it is the weighted mean of the group's <em>shown</em> item scores only, so it can be
 * recomputed from what is shown.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupScore.class)
@JsonDeserialize(as = ImmutableGroupScore.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class GroupScore {
  GroupScore() {}

  /**
   * The interest group.
   *
   * @return the group
   */
  @JsonProperty("group")
  public abstract InterestGroup group();

  /**
   * Whether the group's score is shown.
   *
   * @return shown or no raters
   */
  @JsonProperty("visibility")
  public abstract Visibility visibility();

  /**
   * The group's score, to one decimal.
   *
   * @return 0 to 100, present exactly when the group is shown
   */
  @JsonProperty("value")
  public abstract Optional<Double> value();

  /**
   * How many of the group's raters gave a scored answer (for an aggregate: to at least one of the
   * items used).
   *
   * @return 1 or more, present exactly when the group is shown
   */
  @JsonProperty("raters")
  public abstract Optional<Integer> raters();

  /**
   * What the group's raters said, for an item's breakdown.
   *
   * @return the counts when an item's group is shown; empty otherwise
   */
  @JsonProperty("answers")
  public abstract Optional<AnswerCounts> answers();

  /**
   * The group's result in one sentence, with the sum that gives it.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Starts a new group score.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupScore}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableGroupScore.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean shown = visibility() == Visibility.SHOWN;
    if (shown != value().isPresent() || shown != raters().isPresent()) {
      throw CoProductionException.at(
          "value", "a group has a value and raters exactly when it is shown");
    }
    if (!shown && answers().isPresent()) {
      throw CoProductionException.at("answers", "a group that is not shown shows no answers");
    }
    ScoreChecks.score("value", value());
    raters().ifPresent(r -> ScoreChecks.count("raters", r));
    ScoreChecks.reason("reason", reason());
  }
}
