package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.LadderRung;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One piece of evidence that limits how high a stage can honestly be placed on the ladder: which
 * rule applied, the highest rung it leaves, the records behind it and the reason in plain words.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLadderCap.class)
@JsonDeserialize(as = ImmutableLadderCap.class)
@API(status = STABLE, since = "0.1")
public abstract class LadderCap {
  LadderCap() {}

  /**
   * The rule that applied.
   *
   * @return the rule
   */
  @JsonProperty("rule")
  public abstract LadderRule rule();

  /**
   * The highest rung the stage can reach once this evidence is taken into account.
   *
   * @return the cap
   */
  @JsonProperty("cap")
  public abstract LadderRung cap();

  /**
   * The records the rule found, so a reader can look them up: decision ids for a settled decision,
   * suggestion ids for suggestions never fed back; empty when the evidence is the stage plan's own
   * dates.
   *
   * @return record ids, sorted
   */
  @JsonProperty("evidence")
  public abstract List<String> evidence();

  /**
   * Why the cap applies, in one or two plain sentences naming dates and record ids but never free
   * text from the records.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Starts a new cap.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LadderCap}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableLadderCap.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.idList("evidence", evidence());
    Checks.notBlank("reason", reason());
  }
}
