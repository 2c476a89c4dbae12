package org.coproduction.scoring.perspectives;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One side's view of an item or an aggregate: people who use services and carers, or the people who
 * commission, run and work in services. Only the side's groups that are shown in the breakdown are
 * pooled, so a hidden group cannot be worked out by subtracting a shown group from its side.
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableSideScore.class)
@JsonDeserialize(as = ImmutableSideScore.class)
public abstract class SideScore {
  SideScore() {}

  /**
   * The side.
   *
   * @return the side
   */
  @JsonProperty("side")
  public abstract Side side();

  /**
   * The side's score, to one decimal. For an item, the mean over the raters of the side's shown
   * groups; for an aggregate, the weighted mean of the side's item scores over the items both sides
   * have a score for, so the two sides are compared on the same items.
   *
   * @return 0 to 100, or empty when none of the side's groups is shown
   */
  @JsonProperty("value")
  public abstract Optional<Double> value();

  /**
   * How many raters of the side's shown groups gave a scored answer.
   *
   * @return 0 or more
   */
  @JsonProperty("raters")
  public abstract int raters();

  /**
   * The side's groups that were pooled.
   *
   * @return shown groups of this side, in the order of {@link InterestGroup}
   */
  @JsonProperty("groups")
  public abstract List<InterestGroup> groups();

  /**
   * The side's result in one sentence.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Starts a new side score.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SideScore}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableSideScore.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ScoreChecks.score("value", value());
    ScoreChecks.count("raters", raters());
    for (int i = 0; i < groups().size(); i++) {
      if (!side().includes(groups().get(i))) {
        throw CoProductionException.at(
            "groups[" + i + "]", groups().get(i) + " is not on the " + side() + " side");
      }
    }
    ScoreChecks.noRepeats("groups", groups());
    ScoreChecks.reason("reason", reason());
  }
}
