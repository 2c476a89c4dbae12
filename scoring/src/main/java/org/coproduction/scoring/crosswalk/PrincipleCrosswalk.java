package org.coproduction.scoring.crosswalk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One principle with what each instrument says about it, side by side, and whether they agree. */
@Value.Immutable
@JsonSerialize(as = ImmutablePrincipleCrosswalk.class)
@JsonDeserialize(as = ImmutablePrincipleCrosswalk.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class PrincipleCrosswalk {
  PrincipleCrosswalk() {}

  /**
   * The principle, in the framework the crosswalk was made for.
   *
   * @return the principle id, for example {@code equality}
   */
  @JsonProperty("principleId")
  public abstract String principleId();

  /**
   * What each instrument says, in the order of {@link CrosswalkReport#instruments()}.
   *
   * @return one result per instrument
   */
  @JsonProperty("results")
  public abstract List<InstrumentResult> results();

  /**
   * Whether the instruments agree.
   *
   * @return the verdict
   */
  @JsonProperty("verdict")
  public abstract CrosswalkVerdict verdict();

  /**
   * How far apart the highest and lowest scores are, when every instrument that asks about the
   * principle has a conclusive score and at least two do.
   *
   * @return 0 to 100 points, to one decimal; empty otherwise
   */
  @JsonProperty("gap")
  public abstract Optional<Double> gap();

  /**
   * Starts a new row; {@link Crosswalk#compare} is the usual way to make one.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrincipleCrosswalk}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutablePrincipleCrosswalk.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("principleId", principleId());
    boolean compared = verdict() == CrosswalkVerdict.AGREE || verdict() == CrosswalkVerdict.DIFFER;
    if (gap().isPresent() != compared) {
      throw CoProductionException.at(
          "gap", "a principle has a gap exactly when the instruments could be compared");
    }
  }
}
