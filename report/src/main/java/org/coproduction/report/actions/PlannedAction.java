package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.Recommendation;
import org.coproduction.core.practice.Recommendations;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One thing an organisation will do about one red flag: which of the guide's twenty recommendations
 * it follows, written out in the guide's words so that everyone can read the plan without a
 * catalogue beside it; who answers for it; by when; where it has got to; and the review round by
 * which the flag should have cleared.
 *
 * <p>Source of the recommendations: "Co-production in social care: What it is and how to do it",
 * SCIE, October 2013, updated October 2015, the lists headed "Recommendations" at the end of each
 * part of "How to do co-production".
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlannedAction.class)
@JsonDeserialize(as = ImmutablePlannedAction.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class PlannedAction {
  PlannedAction() {}

  /**
   * A stable id, unique within the plan.
   *
   * @return the id, for example {@code a01}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The checklist item whose red flag the action answers.
   *
   * @return the item's id, for example {@code expenses-and-fees}
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * The recommendation the action follows, in the words of the built-in catalogue ({@link
   * Recommendations#all()}), word for word.
   *
   * @return the recommendation's text
   */
  @JsonProperty("recommendation")
  public abstract String recommendation();

  /**
   * What exactly will be done, in the words of the people who own the plan; a fresh draft has none.
   * Write it in short, plain sentences: the report for the people who took part shows it.
   *
   * @return the note, or empty
   */
  @JsonProperty("note")
  public abstract Optional<String> note();

  /**
   * Who answers for the action.
   *
   * @return the owner
   */
  @JsonProperty("owner")
  public abstract Owner owner();

  /**
   * The day by which the action should be done.
   *
   * @return the due date
   */
  @JsonProperty("dueBy")
  public abstract LocalDate dueBy();

  /**
   * Where the action has got to.
   *
   * @return the status
   */
  @JsonProperty("status")
  public abstract ActionStatus status();

  /**
   * The review round by which the item should no longer be flagged.
   *
   * @return a review round id of the initiative
   */
  @JsonProperty("clearByRoundId")
  public abstract String clearByRoundId();

  /**
   * The recommendation as the built-in catalogue holds it.
   *
   * @return the recommendation whose text this action quotes
   */
  public Recommendation guideRecommendation() {
    return Recommendations.all().stream()
        .filter(r -> r.text().equals(recommendation()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Starts a new action.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlannedAction}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutablePlannedAction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("itemId", itemId());
    Checks.id("clearByRoundId", clearByRoundId());
    note().ifPresent(n -> Checks.notBlank("note", n));
    if (Recommendations.all().stream().noneMatch(r -> r.text().equals(recommendation()))) {
      throw CoProductionException.at(
          "recommendation",
          "must be one of the guide's 20 recommendations, word for word as the library's"
              + " catalogue gives it; say what exactly you will do in the note");
    }
  }
}
