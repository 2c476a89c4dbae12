package org.coproduction.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A named, versioned list of the works that content cites, each under a key that a {@link Source}
 * names. The library's own catalogue is {@link Sources#catalogue()}; it is a document like the
 * others, so it can be written out with {@link Documents#write(Document)}, for example to publish
 * the reading list beside a report.
 */
@Value.Immutable
@DocumentType(name = "source catalogue", schemaVersion = 1)
@JsonSerialize(as = ImmutableSourceCatalogue.class)
@JsonDeserialize(as = ImmutableSourceCatalogue.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SourceCatalogue implements Document {
  SourceCatalogue() {}

  /**
   * A stable id for the catalogue.
   *
   * @return the id, for example {@code coproduction-sources}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The catalogue's own version, raised when an entry is added or corrected.
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
   * The works, in the order the catalogue lists them.
   *
   * @return one or more works with distinct keys
   */
  @JsonProperty("publications")
  public abstract List<Publication> publications();

  /**
   * Looks up a work by its key.
   *
   * @param key a key such as {@code scie-guide-2015}
   * @return the work, or empty when the catalogue has none with that key
   */
  public Optional<Publication> publication(String key) {
    Objects.requireNonNull(key, "key");
    return publications().stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /**
   * Starts a new catalogue.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceCatalogue}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSourceCatalogue.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("version", version());
    Checks.notBlank("name", name());
    Checks.notEmpty("publications", publications(), "work");
    Checks.uniqueIds("publications", "key", publications(), Publication::key);
  }
}
