package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One round of reviewing the initiative together, such as a six-monthly review or a yearly
 * evaluation. Checklist responses and scores are grouped by round, so a round-on-round comparison
 * shows whether the initiative is learning. Sources: "Co-production in social care: What it is and
 * how to do it", SCIE, October 2013, updated October 2015, sections "Review" and "Regular reviews".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewRound.class)
@JsonDeserialize(as = ImmutableReviewRound.class)
@API(status = STABLE, since = "0.1")
public abstract class ReviewRound {
  ReviewRound() {}

  /**
   * An id, unique within the initiative, that checklist responses refer to.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The name people see, such as "Year 1 review".
   *
   * @return the label, never blank
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * When the round took place or closed.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * Starts a new review round.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewRound}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableReviewRound.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("label", label());
  }
}
