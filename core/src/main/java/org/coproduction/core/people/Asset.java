package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something one participant brings to the work: a skill, knowledge, lived experience, time, a
 * network or a resource. Recording assets makes visible what everyone contributes, including staff,
 * instead of seeing people who use services only through their needs. In the Healthy Living Club,
 * members between them brought bid writing, book keeping, IT and music making. Source:
 * "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, sections "Equality – everyone has assets" and "The Healthy Living Club".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAsset.class)
@JsonDeserialize(as = ImmutableAsset.class)
@API(status = STABLE, since = "0.1")
public abstract class Asset {
  Asset() {}

  /**
   * The participant who brings the asset.
   *
   * @return a participant id
   */
  @JsonProperty("holder")
  public abstract String holder();

  /**
   * What sort of asset it is.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract AssetKind kind();

  /**
   * The asset in plain words, such as "book keeping for a small charity".
   *
   * @return the description, never blank
   */
  @JsonProperty("description")
  public abstract String description();

  /**
   * Starts a new asset.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Asset}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableAsset.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("holder", holder());
    Checks.notBlank("description", description());
  }
}
