package org.coproduction.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One item behind an aggregate score (overall, a principle or a piece of the jigsaw), with what a
 * reader needs to redo the sum: the aggregate is the sum of weight × value over the used items,
 * divided by the sum of their weights.
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableScoreInput.class)
@JsonDeserialize(as = ImmutableScoreInput.class)
public abstract class ScoreInput {
  ScoreInput() {}

  /**
   * The item.
   *
   * @return the item id
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * The item's weight in the checklist.
   *
   * @return a number above 0
   */
  @JsonProperty("weight")
  public abstract double weight();

  /**
   * The item's score, as shown in the item's own result.
   *
   * @return 0 to 100, or empty when nobody gave a scored answer
   */
  @JsonProperty("value")
  public abstract Optional<Double> value();

  /**
   * The item's status.
   *
   * @return the status
   */
  @JsonProperty("status")
  public abstract ScoreStatus status();

  /**
   * How many raters gave the item a scored answer.
   *
   * @return 0 or more
   */
  @JsonProperty("raters")
  public abstract int raters();

  /**
   * Whether the item went into the aggregate. Conclusive items are used; when there are none, the
   * items with any answers are used and the aggregate is inconclusive.
   *
   * @return true when the item counts
   */
  @JsonProperty("used")
  public abstract boolean used();

  /**
   * Starts a new input.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoreInput}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableScoreInput.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    ScoreChecks.weight("weight", weight());
    ScoreChecks.score("value", value());
    ScoreChecks.statusFits("value", status(), value());
    ScoreChecks.count("raters", raters());
  }
}
