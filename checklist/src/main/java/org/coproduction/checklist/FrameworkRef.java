package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Names one version of a principle framework (a {@link
 * org.coproduction.core.principle.PrincipleFramework}) that a checklist's items are mapped to, so
 * that one round of ratings can be reported against each framework's principles. The version
 * matters because a framework whose principles change would make old mappings wrong.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrameworkRef.class)
@JsonDeserialize(as = ImmutableFrameworkRef.class)
@API(status = STABLE, since = "0.1")
public abstract class FrameworkRef {
  FrameworkRef() {}

  /**
   * The framework's id, the key items use in their {@link ChecklistItem#principles()}.
   *
   * @return the id, for example {@code guide}
   */
  @Value.Parameter
  @JsonProperty("id")
  public abstract String id();

  /**
   * The framework version the items were mapped against.
   *
   * @return the version, for example {@code 1}
   */
  @Value.Parameter
  @JsonProperty("version")
  public abstract String version();

  /**
   * A reference to one framework version.
   *
   * @param id the framework's id
   * @param version the framework's version
   * @return the reference
   */
  public static FrameworkRef of(String id, String version) {
    return ImmutableFrameworkRef.of(id, version);
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("version", version());
  }

  /**
   * The reference as people write it.
   *
   * @return id and version, for example {@code guide 1}
   */
  @Override
  public String toString() {
    return id() + " " + version();
  }
}
