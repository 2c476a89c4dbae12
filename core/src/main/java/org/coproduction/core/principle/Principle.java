package org.coproduction.core.principle;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.Source;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One principle that co-production should live up to, such as equality or reciprocity.
 *
 * <p>Principles are what checklist items give evidence for, and what scores are reported against.
 * They come in frameworks ({@link PrincipleFramework}): the national guide's four, the six used by
 * the Duneane pilot, the four of a mental-health pathway (all three in {@link
 * PrincipleFrameworks}), or an organisation's own.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrinciple.class)
@JsonDeserialize(as = ImmutablePrinciple.class)
@API(status = STABLE, since = "0.1")
public abstract class Principle {
  Principle() {}

  /**
   * A stable id, unique within its framework, that checklists and scores refer to: 1 to 64 letters,
   * digits, dots, underscores or hyphens, starting with a letter or digit, so it is safe in files,
   * URLs and spreadsheet headers. The built-in frameworks use lower case and hyphens.
   *
   * @return the id, for example {@code equality}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The name people see.
   *
   * @return the name, for example {@code Equality}
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * What the principle asks for, in plain words.
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract String description();

  /**
   * Where the principle is set out.
   *
   * @return the citation
   */
  @JsonProperty("source")
  public abstract Source source();

  /**
   * Starts a new principle.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Principle}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePrinciple.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("name", name());
    Checks.notBlank("description", description());
  }
}
