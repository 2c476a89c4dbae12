package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A standing group within an initiative, such as a steering group, a co-production board or a
 * recruitment panel. Meetings and decisions can belong to a body, so its membership shows whose
 * voices were in the room when things were decided. Sources: "On the board in Oxfordshire", Ben
 * McCay, SCIE Co-production Week blog, 5 July 2018; "Second annual board report on co-production",
 * SCIE, May 2014, section "Policies and procedures review" (a person who uses services or a carer
 * on every selection panel).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBody.class)
@JsonDeserialize(as = ImmutableBody.class)
@API(status = STABLE, since = "0.1")
public abstract class Body {
  Body() {}

  /**
   * An id, unique within the initiative, that meetings and decisions refer to.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * What sort of group it is.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract BodyKind kind();

  /**
   * The name people know the group by.
   *
   * @return the name, never blank
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Who belongs to the group.
   *
   * @return participant ids, each at most once
   */
  @JsonProperty("members")
  public abstract List<String> members();

  /**
   * Whether a participant belongs to the group.
   *
   * @param participantId a participant id
   * @return true when the participant is a member
   */
  public boolean hasMember(String participantId) {
    return members().contains(participantId);
  }

  /**
   * Starts a new body.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("name", name());
    Checks.idList("members", members());
  }
}
