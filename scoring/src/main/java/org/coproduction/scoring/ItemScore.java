package org.coproduction.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.Severity;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.coproduction.scoring.perspectives.Breakdown;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The score of one checklist item: the mean of the raters' answers ({@code YES} 100, {@code PARTLY}
 * 50, {@code NO} 0; {@code DONT_KNOW} and {@code NOT_APPLICABLE} left out), with the counts behind
 * it, how far raters agree, what the records say, and the view of each interest group.
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableItemScore.class)
@JsonDeserialize(as = ImmutableItemScore.class)
public abstract class ItemScore {
  ItemScore() {}

  /**
   * The item.
   *
   * @return the item id
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * The piece of the jigsaw the item belongs to.
   *
   * @return the area
   */
  @JsonProperty("area")
  public abstract JigsawArea area();

  /**
   * What failing the item costs people.
   *
   * @return the severity
   */
  @JsonProperty("severity")
  public abstract Severity severity();

  /**
   * The item's weight in aggregate scores.
   *
   * @return a number above 0
   */
  @JsonProperty("weight")
  public abstract double weight();

  /**
   * Whether enough raters answered.
   *
   * @return the status
   */
  @JsonProperty("status")
  public abstract ScoreStatus status();

  /**
   * The score, to one decimal: (100 × yes + 50 × partly) / (yes + partly + no).
   *
   * @return 0 to 100, or empty when nobody gave a scored answer
   */
  @JsonProperty("value")
  public abstract Optional<Double> value();

  /**
   * How many raters gave a scored answer.
   *
   * @return yes + partly + no
   */
  @JsonProperty("raters")
  public abstract int raters();

  /**
   * What raters said, including the answers that do not count.
   *
   * @return the counts
   */
  @JsonProperty("answers")
  public abstract AnswerCounts answers();

  /**
   * How far the raters agree.
   *
   * @return the spread, or empty when nobody gave a scored answer
   */
  @JsonProperty("spread")
  public abstract Optional<AnswerSpread> spread();

  /**
   * What the initiative's records say about the item. It sits beside the raters' score and never
   * changes it.
   *
   * @return the records' answer with its evidence, or empty when records were not checked
   */
  @JsonProperty("record")
  public abstract Optional<RecordAnswer> record();

  /**
   * The item's score by interest group, and the gap between the sides.
   *
   * @return the breakdown
   */
  @JsonProperty("byGroup")
  public abstract Breakdown byGroup();

  /**
   * The score in one sentence, with the sum that gives it.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Starts a new item score.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemScore}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableItemScore.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    ScoreChecks.weight("weight", weight());
    ScoreChecks.score("value", value());
    ScoreChecks.statusFits("value", status(), value());
    if (raters() != answers().scored()) {
      throw CoProductionException.at(
          "raters", "must equal yes + partly + no (" + answers().scored() + "), was " + raters());
    }
    if (spread().isPresent() != value().isPresent()) {
      throw CoProductionException.at("spread", "an item has a spread exactly when it has a value");
    }
    record()
        .ifPresent(
            r -> {
              if (!r.itemId().equals(itemId())) {
                throw CoProductionException.at(
                    "record.itemId", "must be the item's own id '" + itemId() + "'");
              }
            });
    ScoreChecks.reason("reason", reason());
  }
}
