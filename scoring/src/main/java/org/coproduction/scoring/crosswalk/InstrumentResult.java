package org.coproduction.scoring.crosswalk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.scoring.Band;
import org.coproduction.scoring.ScoreInput;
import org.coproduction.scoring.ScoreStatus;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What one instrument says about one principle: its principle score, as its own score report gives
 * it, and the items behind it, so a reader can see which questions the figure rests on. An
 * instrument that maps no item to the principle says nothing about it: {@link #asked()} is false
 * and there is no score.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstrumentResult.class)
@JsonDeserialize(as = ImmutableInstrumentResult.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class InstrumentResult {
  InstrumentResult() {}

  /**
   * The instrument.
   *
   * @return the checklist's id and version
   */
  @JsonProperty("checklist")
  public abstract ChecklistRef checklist();

  /**
   * Whether the instrument maps at least one item to the principle.
   *
   * @return true when it asks about the principle
   */
  @JsonProperty("asked")
  public abstract boolean asked();

  /**
   * Whether the principle score rests on enough raters.
   *
   * @return the status, or empty when the instrument does not ask about the principle
   */
  @JsonProperty("status")
  public abstract Optional<ScoreStatus> status();

  /**
   * The principle score, 0 to 100, to one decimal.
   *
   * @return the score, or empty when there is none
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
   * The items behind the score, used or not, in the instrument's order, with their own scores.
   *
   * @return the items; empty when the instrument does not ask about the principle
   */
  @JsonProperty("items")
  public abstract List<ScoreInput> items();

  /**
   * What each item behind the score asks, in the instrument's own words, so a report can name the
   * items of every instrument and not only those of the evaluation's checklist.
   *
   * @return the statement of each item by item id; empty when the crosswalk was made without the
   *     instruments' checklists ({@link Crosswalk#compare(List, PrincipleFramework)})
   */
  // Left out of the document when empty, so crosswalks made before statements read unchanged.
  @JsonProperty("statements")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> statements();

  /**
   * Starts a new result; {@link Crosswalk#compare} is the usual way to make one.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstrumentResult}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableInstrumentResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (asked() != status().isPresent()) {
      throw CoProductionException.at(
          "status", "an instrument has a status for a principle exactly when it asks about it");
    }
    if (!asked() && (value().isPresent() || !items().isEmpty() || raters() != 0)) {
      throw CoProductionException.at(
          "asked", "an instrument that does not ask about a principle has no score and no items");
    }
    if (band().isPresent() != status().equals(Optional.of(ScoreStatus.CONCLUSIVE))) {
      throw CoProductionException.at("band", "a score has a band exactly when it is conclusive");
    }
    for (String itemId : statements().keySet()) {
      if (items().stream().noneMatch(i -> i.itemId().equals(itemId))) {
        throw CoProductionException.at(
            "statements." + itemId, "a statement is only given for an item behind the score");
      }
    }
    if (raters() < 0) {
      throw CoProductionException.at("raters", "must be 0 or more, was " + raters());
    }
  }
}
