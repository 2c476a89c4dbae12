package org.coproduction.scoring.trend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How one item changed between two review rounds: its score, its red flag and, for a record-based
 * item, what each round's own records answered, so a reader can see an initiative clear a flag its
 * records earned.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemTrend.class)
@JsonDeserialize(as = ImmutableItemTrend.class)
@API(status = EXPERIMENTAL, since = "0.1")
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
   * What the earlier round's own records answered, for a record-based item.
   *
   * @return the records' answer, or empty when the records do not answer the item
   */
  @JsonProperty("recordsEarlier")
  public abstract Optional<Answer> recordsEarlier();

  /**
   * What the later round's own records answered, for a record-based item.
   *
   * @return the records' answer, or empty when the records do not answer the item
   */
  @JsonProperty("recordsLater")
  public abstract Optional<Answer> recordsLater();

  /**
   * The same trend with what each round's records answered.
   *
   * @param earlier the earlier round's records' answer, if any
   * @param later the later round's records' answer, if any
   * @return the new trend
   */
  public ItemTrend withRecords(Optional<Answer> earlier, Optional<Answer> later) {
    return ImmutableItemTrend.builder()
        .from(this)
        .recordsEarlier(earlier)
        .recordsLater(later)
        .build();
  }

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
