package org.coproduction.scoring.trend;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** How one item changed between two review rounds: its score and its red flag. */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableItemTrend.class)
@JsonDeserialize(as = ImmutableItemTrend.class)
public abstract class ItemTrend {
  ItemTrend() {}

  /**
   * The item.
   *
   * @return the item id
   */
  @Value.Parameter
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * How the item's score moved.
   *
   * @return the change
   */
  @Value.Parameter
  @JsonProperty("score")
  public abstract ScoreChange score();

  /**
   * How the item's red flag changed.
   *
   * @return the flag change
   */
  @Value.Parameter
  @JsonProperty("flag")
  public abstract FlagChange flag();

  /**
   * An item's trend.
   *
   * @param itemId the item
   * @param score how its score moved
   * @param flag how its red flag changed
   * @return the trend
   */
  public static ItemTrend of(String itemId, ScoreChange score, FlagChange flag) {
    return ImmutableItemTrend.of(itemId, score, flag);
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
  }
}
