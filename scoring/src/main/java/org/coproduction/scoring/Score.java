package org.coproduction.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.coproduction.scoring.perspectives.Breakdown;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A score over several items: the whole checklist, the items of one principle, or the items of one
 * piece of the jigsaw. It is the mean of the item scores weighted by item weight, over the
 * conclusive items (or, when no item is conclusive, over the items with any answers, and then the
 * score is inconclusive). The items and numbers behind it are listed in {@link #inputs()}, so a
 * reader can redo the sum by hand.
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableScore.class)
@JsonDeserialize(as = ImmutableScore.class)
public abstract class Score {
  Score() {}

  /**
   * Whether the score rests on conclusive items.
   *
   * @return the status
   */
  @JsonProperty("status")
  public abstract ScoreStatus status();

  /**
   * The score, to one decimal, computed from the item scores as shown (each to one decimal).
   *
   * @return 0 to 100, or empty when no item has a scored answer
   */
  @JsonProperty("value")
  public abstract Optional<Double> value();

  /**
   * The score in words.
   *
   * @return the band, present exactly when the score is conclusive
   */
  @JsonProperty("band")
  public abstract Optional<Band> band();

  /**
   * How many raters gave a scored answer to at least one of the items used.
   *
   * @return 0 or more
   */
  @JsonProperty("raters")
  public abstract int raters();

  /**
   * Every item in scope, used or not, in checklist order.
   *
   * @return the items behind the score
   */
  @JsonProperty("inputs")
  public abstract List<ScoreInput> inputs();

  /**
   * How far the raters agree on the items used.
   *
   * @return Krippendorff's alpha on three scales
   */
  @JsonProperty("agreement")
  public abstract Agreement agreement();

  /**
   * The same score by interest group, and the gap between the sides.
   *
   * @return the breakdown
   */
  @JsonProperty("byGroup")
  public abstract Breakdown byGroup();

  /**
   * The score in one sentence: what it is the mean of, and what was left out.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * What a reader should keep in mind, such as raters disagreeing; empty when nothing.
   *
   * @return the warnings, one sentence each
   */
  @JsonProperty("warnings")
  public abstract List<String> warnings();

  /**
   * Starts a new score.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Score}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableScore.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ScoreChecks.score("value", value());
    ScoreChecks.statusFits("value", status(), value());
    if (band().isPresent() != (status() == ScoreStatus.CONCLUSIVE)) {
      throw CoProductionException.at("band", "a score has a band exactly when it is conclusive");
    }
    ScoreChecks.count("raters", raters());
    ScoreChecks.reason("reason", reason());
    for (int i = 0; i < warnings().size(); i++) {
      ScoreChecks.reason("warnings[" + i + "]", warnings().get(i));
    }
  }
}
