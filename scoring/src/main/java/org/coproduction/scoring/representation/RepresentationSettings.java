package org.coproduction.scoring.representation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The choices behind a representation report that a caller may make differently. The report carries
 * the settings it was made with, so a reader can see them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRepresentationSettings.class)
@JsonDeserialize(as = ImmutableRepresentationSettings.class)
@API(status = STABLE, since = "0.1")
public abstract class RepresentationSettings {
  RepresentationSettings() {}

  /** The smallest count of people from a seldom-heard group that is shown unless set otherwise. */
  public static final int DEFAULT_MIN_GROUP_SIZE = 3;

  /**
   * k: the smallest number of people from a seldom-heard group that may be shown. Smaller counts
   * are suppressed, never rounded, so that nobody can tell who in a small initiative belongs to
   * which group.
   *
   * @return k, 1 or more; 3 by default
   */
  @Value.Parameter
  @JsonProperty("minGroupSize")
  public abstract int minGroupSize();

  /**
   * Settings with a chosen k.
   *
   * @param minGroupSize k, 1 or more
   * @return the settings
   * @throws CoProductionException when k is below 1
   */
  public static RepresentationSettings of(int minGroupSize) {
    return ImmutableRepresentationSettings.of(minGroupSize);
  }

  /**
   * The settings used when none are given: k = 3.
   *
   * @return the default settings
   */
  public static RepresentationSettings defaults() {
    return of(DEFAULT_MIN_GROUP_SIZE);
  }

  @Value.Check
  void check() {
    if (minGroupSize() < 1) {
      throw CoProductionException.at("minGroupSize", "must be 1 or more, was " + minGroupSize());
    }
  }
}
