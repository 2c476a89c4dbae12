package org.coproduction.scoring.representation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.SeldomHeardGroup;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How many participants said they belong to one seldom-heard group: a count, never a list of
 * people. A group with fewer than k has no row: it is listed with the groups reached by few or
 * none. Source: "Co-production in social care: What it is and how to do it", SCIE, October 2013,
 * updated October 2015, section "Diversity".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeldomHeardReach.class)
@JsonDeserialize(as = ImmutableSeldomHeardReach.class)
@API(status = STABLE, since = "0.1")
public abstract class SeldomHeardReach {
  SeldomHeardReach() {}

  /**
   * The seldom-heard group.
   *
   * @return the group
   */
  @JsonProperty("group")
  public abstract SeldomHeardGroup group();

  /**
   * How many participants said they belong to it.
   *
   * @return k or more: smaller counts have no row
   */
  @JsonProperty("people")
  public abstract int people();

  /**
   * Starts a new row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeldomHeardReach}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableSeldomHeardReach.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (people() < 1) {
      throw CoProductionException.at("people", "must be 1 or more, was " + people());
    }
  }
}
