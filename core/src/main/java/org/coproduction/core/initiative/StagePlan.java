package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How far up the ladder of co-production an initiative says one stage of its work goes, and when
 * people who use services and carers came in.
 *
 * <p>The ladder's advice is to start at the top rung and step down for a part of the work only for
 * a genuine reason, stated openly; so a plan below {@link LadderRung#CO_PRODUCTION} must say why.
 * Bringing people in only at the end to rubber-stamp a finished plan is the first failure the
 * "co-production police" list, which is why the date they joined is recorded. Sources: "Which rung
 * on the ladder of co-production are you on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July
 * 2018; "The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival
 * blog, 16 June 2016.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStagePlan.class)
@JsonDeserialize(as = ImmutableStagePlan.class)
@API(status = STABLE, since = "0.1")
public abstract class StagePlan {
  StagePlan() {}

  /**
   * The stage of the work the plan is for.
   *
   * @return the stage
   */
  @JsonProperty("stage")
  public abstract Stage stage();

  /**
   * The rung the initiative declares for this stage.
   *
   * @return the rung
   */
  @JsonProperty("declaredRung")
  public abstract LadderRung declaredRung();

  /**
   * Why the stage sits below co-production, in words the participants were given, for example a
   * statutory decision that cannot be shared.
   *
   * @return the reason; present whenever {@link #declaredRung()} is below co-production
   */
  @JsonProperty("reasonForLowerRung")
  public abstract Optional<String> reasonForLowerRung();

  /**
   * When people who use services and carers joined this stage.
   *
   * @return the date, or empty when they never did
   */
  @JsonProperty("usersAndCarersJoined")
  public abstract Optional<LocalDate> usersAndCarersJoined();

  /**
   * When the stage started.
   *
   * @return the date, or empty when it has not started or was not recorded
   */
  @JsonProperty("started")
  public abstract Optional<LocalDate> started();

  /**
   * Whether the stage is declared below the top rung, so the initiative owes a reason.
   *
   * @return true for every rung but co-production
   */
  public boolean belowCoProduction() {
    return declaredRung().needsReason();
  }

  /**
   * Whether people who use services and carers joined the stage only after it had started, so that
   * some of it was done without them. Unknown when either date is missing.
   *
   * @return true when both dates are known and they joined after the start
   */
  public boolean usersAndCarersJoinedAfterStart() {
    return started().isPresent()
        && usersAndCarersJoined().isPresent()
        && usersAndCarersJoined().get().isAfter(started().get());
  }

  /**
   * Starts a new stage plan.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StagePlan}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableStagePlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    reasonForLowerRung().ifPresent(r -> Checks.notBlank("reasonForLowerRung", r));
    if (declaredRung().needsReason() && reasonForLowerRung().isEmpty()) {
      throw CoProductionException.at(
          "reasonForLowerRung",
          "required because the declared rung "
              + declaredRung()
              + " is below "
              + LadderRung.CO_PRODUCTION
              + "; say openly why this stage cannot go higher");
    }
  }
}
