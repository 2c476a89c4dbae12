package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The score of one principle of one framework, over the items the checklist maps to it, so one
 * round of ratings can be reported against whichever principles its readers use (the guide's
 * equality, diversity, accessibility and reciprocity, or another framework's).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrincipleScore.class)
@JsonDeserialize(as = ImmutablePrincipleScore.class)
@API(status = STABLE, since = "0.1")
public abstract class PrincipleScore {
  PrincipleScore() {}

  /**
   * The framework the principle belongs to.
   *
   * @return the framework id, for example {@code guide}
   */
  @JsonProperty("frameworkId")
  public abstract String frameworkId();

  /**
   * The principle.
   *
   * @return the principle id, for example {@code equality}
   */
  @JsonProperty("principleId")
  public abstract String principleId();

  /**
   * The score over the principle's items.
   *
   * @return the score
   */
  @JsonProperty("score")
  public abstract Score score();

  /**
   * Starts a new principle score.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrincipleScore}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePrincipleScore.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("frameworkId", frameworkId());
    Checks.id("principleId", principleId());
  }
}
