package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An evaluation's action plan as its report sees it: each action checked against the latest round
 * scored. When that round is later than the one the plan answers, the report says which actions
 * were due, which were done and whether their flags cleared; when it is the same round, the plan
 * has only just been made and the report lists it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionReview.class)
@JsonDeserialize(as = ImmutableActionReview.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ActionReview {
  ActionReview() {}

  /**
   * The review round whose red flags the plan answers.
   *
   * @return the round's id, or empty when the plan names none
   */
  @JsonProperty("planRoundId")
  public abstract Optional<String> planRoundId();

  /**
   * The round the actions are checked against: the latest round scored.
   *
   * @return the round's id, or empty when the latest answers name no round
   */
  @JsonProperty("checkedRoundId")
  public abstract Optional<String> checkedRoundId();

  /**
   * The date of the round checked, against which due dates are judged.
   *
   * @return the date, or empty when the latest answers name no round
   */
  @JsonProperty("checkedOn")
  public abstract Optional<LocalDate> checkedOn();

  /**
   * Every action of the plan, in the plan's order.
   *
   * @return the checks
   */
  @JsonProperty("actions")
  public abstract List<ActionCheck> actions();

  /**
   * Whether the round checked is a later one than the plan answers, so that the report can say how
   * the plan went.
   *
   * @return true for a follow-up, false for a plan just made
   */
  public boolean followUp() {
    return checkedRoundId().isPresent() && !checkedRoundId().equals(planRoundId());
  }

  /**
   * Starts a new review.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionReview}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableActionReview.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (checkedRoundId().isPresent() != checkedOn().isPresent()) {
      throw CoProductionException.at(
          "checkedOn", "must be given exactly when checkedRoundId is given");
    }
  }
}
