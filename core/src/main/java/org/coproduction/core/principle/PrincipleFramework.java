package org.coproduction.core.principle;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A named, versioned set of principles that co-production is judged against.
 *
 * <p>Different bodies state the principles differently, and an evaluation should be reportable
 * against whichever set its readers use. A framework is data: the built-in ones ship with the
 * library ({@link PrincipleFrameworks}), and an organisation can write its own as a JSON document
 * and read it with {@link org.coproduction.core.Documents}. Principle ids are unique within a
 * framework, so a checklist item or a score can name a principle without doubt.
 */
@Value.Immutable
@DocumentType(name = "principle framework", schemaVersion = 1)
@JsonSerialize(as = ImmutablePrincipleFramework.class)
@JsonDeserialize(as = ImmutablePrincipleFramework.class)
@API(status = STABLE, since = "0.1")
public abstract class PrincipleFramework implements Document {
  PrincipleFramework() {}

  /**
   * A stable id that checklists and scores refer to.
   *
   * @return the id, for example {@code guide}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The framework's own version, raised when its principles change, so results stay comparable only
   * with results made against the same version.
   *
   * @return the version, for example {@code 1}
   */
  @JsonProperty("version")
  public abstract String version();

  /**
   * The name people see.
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The principles, in the order the framework states them.
   *
   * @return one or more principles with distinct ids
   */
  @JsonProperty("principles")
  public abstract List<Principle> principles();

  /**
   * Looks up a principle of this framework.
   *
   * @param id a principle id
   * @return the principle, or empty when the framework has no principle with that id
   */
  public Optional<Principle> principle(String id) {
    return principles().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Starts a new framework.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrincipleFramework}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePrincipleFramework.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("version", version());
    Checks.notBlank("name", name());
    if (principles().isEmpty()) {
      throw CoProductionException.at("principles", "a framework needs at least one principle");
    }
    Checks.uniqueIds("principles", "id", principles(), Principle::id);
  }
}
