package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A decision taken in an initiative, by named participants, by a body, or both.
 *
 * <p>Deciding together is one of the ground rules of co-production, and a solution settled before
 * people who use services were involved is one of the failures the "co-production police" list.
 * Recording who decided, and whether it was settled beforehand, lets a checklist test both.
 * Sources: "Co-production and mental health: the ‘ideal ward round’ in acute settings", James
 * Shutt, SCIE Co-production Week blog, 31 May 2017 (we decide together); "The Co-production Police
 * and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
@API(status = STABLE, since = "0.1")
public abstract class Decision {
  Decision() {}

  /**
   * An id, unique within the initiative.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * What was decided, in a few plain words.
   *
   * @return the decision, never blank
   */
  @JsonProperty("what")
  public abstract String what();

  /**
   * When it was decided.
   *
   * @return the date
   */
  @JsonProperty("decidedOn")
  public abstract LocalDate decidedOn();

  /**
   * The stage of the work the decision belongs to.
   *
   * @return the stage, or empty when it concerns no one stage
   */
  @JsonProperty("stage")
  public abstract Optional<Stage> stage();

  /**
   * The participants who took the decision.
   *
   * @return participant ids, each at most once; may be empty when a body decided
   */
  @JsonProperty("decidedBy")
  public abstract List<String> decidedBy();

  /**
   * The body that took the decision.
   *
   * @return a body id, or empty when named participants decided
   */
  @JsonProperty("bodyId")
  public abstract Optional<String> bodyId();

  /**
   * Whether the matter was in effect settled before people who use services and carers were
   * involved, so that their part could only confirm it.
   *
   * @return true when it was settled beforehand
   */
  @JsonProperty("settledBeforeUsersInvolved")
  public abstract boolean settledBeforeUsersInvolved();

  /**
   * Starts a new decision.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("what", what());
    Checks.idList("decidedBy", decidedBy());
    bodyId().ifPresent(b -> Checks.id("bodyId", b));
    if (decidedBy().isEmpty() && bodyId().isEmpty()) {
      throw CoProductionException.at(
          "decidedBy", "must name at least one participant when no bodyId says which body decided");
    }
  }
}
