package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What an organisation will do about the red flags of one review round: one or more actions per
 * flag, each following one of the guide's recommendations, with an owner, a due date, a status and
 * the round by which the flag should clear.
 *
 * <p>{@link ActionPlans#draft} drafts one from a report; people then edit it and keep it beside the
 * evaluation, or inside it ({@code actionPlan}), so that the next round's report says how it went.
 * Read it with {@code Documents.read(file, ActionPlan.class)}: the reader refuses a recommendation
 * that is not the guide's, word for word, and a flag cleared by the round that raised it.
 */
@Value.Immutable
@DocumentType(name = "action plan", schemaVersion = 1)
@JsonSerialize(as = ImmutableActionPlan.class)
@JsonDeserialize(as = ImmutableActionPlan.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ActionPlan implements Document {
  ActionPlan() {}

  /**
   * The evaluation whose report the plan answers.
   *
   * @return the evaluation's id
   */
  @JsonProperty("evaluationId")
  public abstract String evaluationId();

  /**
   * The review round whose red flags the plan answers.
   *
   * @return the round's id, or empty when the answers name no round
   */
  @JsonProperty("reviewRoundId")
  public abstract Optional<String> reviewRoundId();

  /**
   * The actions, in the order of the flags they answer, most severe first.
   *
   * @return the actions, with distinct ids; empty when the round raised no flag
   */
  @JsonProperty("actions")
  public abstract List<PlannedAction> actions();

  /**
   * Starts a new plan.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionPlan}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableActionPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("evaluationId", evaluationId());
    reviewRoundId().ifPresent(r -> Checks.id("reviewRoundId", r));
    Checks.uniqueIds("actions", "id", actions(), PlannedAction::id);
    for (int i = 0; i < actions().size(); i++) {
      if (reviewRoundId().equals(Optional.of(actions().get(i).clearByRoundId()))) {
        throw CoProductionException.at(
            "actions[" + i + "].clearByRoundId",
            "must be a later review round than the one whose flags the plan answers");
      }
    }
  }
}
