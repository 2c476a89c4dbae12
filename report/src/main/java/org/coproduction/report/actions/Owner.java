package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.Role;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who answers for an action: a role (such as the manager) or one of the initiative's bodies (such
 * as its planning group), never a named person, so a plan can be shared with everybody who took
 * part.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOwner.class)
@JsonDeserialize(as = ImmutableOwner.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class Owner {
  Owner() {}

  /**
   * The role that answers for the action.
   *
   * @return the role, or empty when a body does
   */
  @JsonProperty("role")
  public abstract Optional<Role> role();

  /**
   * The id of the initiative's body that answers for the action.
   *
   * @return the body's id, or empty when a role does
   */
  @JsonProperty("bodyId")
  public abstract Optional<String> bodyId();

  /**
   * An owner that is a role.
   *
   * @param role the role
   * @return the owner
   */
  public static Owner role(Role role) {
    return ImmutableOwner.builder().role(role).build();
  }

  /**
   * An owner that is one of the initiative's bodies.
   *
   * @param bodyId the body's id
   * @return the owner
   */
  public static Owner body(String bodyId) {
    return ImmutableOwner.builder().bodyId(bodyId).build();
  }

  @Value.Check
  void check() {
    if (role().isPresent() == bodyId().isPresent()) {
      throw CoProductionException.of(
          "an owner is either a role or a body: give exactly one of role and bodyId");
    }
    bodyId().ifPresent(id -> Checks.id("bodyId", id));
  }
}
