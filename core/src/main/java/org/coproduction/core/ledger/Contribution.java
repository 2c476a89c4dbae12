package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Time one person put into the initiative on one day: the "putting something in" half of
 * reciprocity ("Co-production in social care: What it is and how to do it", SCIE, October 2013,
 * updated October 2015, section "Reciprocity"). Everyone's hours are recorded the same way, whether
 * they are paid staff or people who use services, so that what each person gives can be set against
 * what they get back.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContribution.class)
@JsonDeserialize(as = ImmutableContribution.class)
@API(status = STABLE, since = "0.1")
public abstract class Contribution {
  Contribution() {}

  /**
   * An id, unique among the ledger's contributions, so a correction or a question can point at this
   * entry.
   *
   * @return the id, for example {@code c12}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The pseudonymous id of the person who gave the time.
   *
   * @return a participant id listed in the ledger
   */
  @JsonProperty("participantId")
  public abstract String participantId();

  /**
   * The day the time was given.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * How much time was given, written in JSON as ISO-8601 text such as {@code "PT2H30M"}.
   *
   * @return the hours, 0 or more
   */
  @JsonProperty("hours")
  public abstract Duration hours();

  /**
   * What the time went on.
   *
   * @return the kind of contribution
   */
  @JsonProperty("kind")
  public abstract ContributionKind kind();

  /**
   * A short note on what was done, for people reading the ledger.
   *
   * @return the note, or empty
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Starts a new contribution.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("participantId", participantId());
    Hours.notNegative("hours", hours());
    description().ifPresent(d -> Checks.notBlank("description", d));
  }
}
