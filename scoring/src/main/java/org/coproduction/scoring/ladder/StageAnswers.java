package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the people who took part say about one stage of the work: the rung they chose in the ladder
 * questionnaire and how far apart their answers were. A report sets it beside the rung the
 * initiative declares and the rung its records support ({@link StagePlacement}). Made by {@link
 * LadderAnswers#tally}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageAnswers.class)
@JsonDeserialize(as = ImmutableStageAnswers.class)
@API(status = EXPERIMENTAL, since = "0.3")
public abstract class StageAnswers {
  StageAnswers() {}

  /**
   * The stage of the work asked about.
   *
   * @return the stage
   */
  @JsonProperty("stage")
  public abstract Stage stage();

  /**
   * How many people named a rung for the stage and count under the disclosure rule. Don't know and
   * not applicable are not counted here.
   *
   * @return the number of rungs behind {@link #chosenRung()}
   */
  @JsonProperty("counted")
  public abstract int counted();

  /**
   * The rung people chose: the median of the rungs counted, the lower middle one when their number
   * is even, so that at least half of them put the stage on this rung or lower.
   *
   * @return the rung, or empty when no answer counts
   */
  @JsonProperty("chosenRung")
  public abstract Optional<LadderRung> chosenRung();

  /**
   * The lowest rung anybody counted chose: with {@link #highestRung()}, how far apart people are.
   *
   * @return the rung, or empty when no answer counts
   */
  @JsonProperty("lowestRung")
  public abstract Optional<LadderRung> lowestRung();

  /**
   * The highest rung anybody counted chose.
   *
   * @return the rung, or empty when no answer counts
   */
  @JsonProperty("highestRung")
  public abstract Optional<LadderRung> highestRung();

  /**
   * Whether some answers about the stage were left out because fewer people of their interest group
   * answered it than the disclosure rule needs. Which group is not said.
   *
   * @return true when at least one answer was left out
   */
  @JsonProperty("answersLeftOut")
  public abstract boolean answersLeftOut();

  /**
   * How many rungs lie between the lowest and highest rung chosen.
   *
   * @return 0 when everybody counted agrees or nobody counts
   */
  public int spread() {
    return lowestRung().isEmpty()
        ? 0
        : highestRung().orElseThrow().ordinal() - lowestRung().get().ordinal();
  }

  /**
   * Starts a new summary.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageAnswers}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.3")
  public static final class Builder extends ImmutableStageAnswers.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (counted() < 0) {
      throw CoProductionException.at("counted", "cannot be negative, was " + counted());
    }
    boolean any = counted() > 0;
    if (chosenRung().isPresent() != any
        || lowestRung().isPresent() != any
        || highestRung().isPresent() != any) {
      throw CoProductionException.at(
          "chosenRung",
          "the chosen, lowest and highest rungs are given exactly when at least one answer counts");
    }
    if (any
        && (lowestRung().get().isAbove(chosenRung().get())
            || chosenRung().get().isAbove(highestRung().get()))) {
      throw CoProductionException.at(
          "chosenRung",
          "the chosen rung must lie between the lowest and the highest rung chosen, was "
              + chosenRung().get()
              + " outside "
              + lowestRung().get()
              + " to "
              + highestRung().get());
    }
  }
}
