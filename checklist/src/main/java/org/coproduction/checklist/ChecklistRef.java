package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Names one version of one checklist. Answers and scores are only comparable when they were given
 * against the same checklist version, so a response set names the version it answers and a derived
 * checklist names the version it was derived from.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChecklistRef.class)
@JsonDeserialize(as = ImmutableChecklistRef.class)
@API(status = STABLE, since = "0.1")
public abstract class ChecklistRef {
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  ChecklistRef() {}

  /**
   * The checklist's id.
   *
   * @return the id, for example {@code coproduction-police}
   */
  @Value.Parameter
  @JsonProperty("id")
  public abstract String id();

  /**
   * The checklist's version.
   *
   * @return the version, for example {@code 1.0}
   */
  @Value.Parameter
  @JsonProperty("version")
  public abstract String version();

  /**
   * A reference to one checklist version.
   *
   * @param id the checklist's id
   * @param version the checklist's version
   * @return the reference
   */
  public static ChecklistRef of(String id, String version) {
    return ImmutableChecklistRef.of(id, version);
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    checkVersion("version", version());
  }

  /** Checklist versions appear in messages, so they are kept to a short, safe form. */
  static void checkVersion(String path, String version) {
    if (!VERSION.matcher(version).matches()) {
      throw CoProductionException.at(
          path,
          "must be a version of 1 to 32 letters, digits, '.', '_' or '-', such as 1.0,"
              + " starting with a letter or digit");
    }
  }

  /**
   * The reference as people write it.
   *
   * @return id and version, for example {@code coproduction-police 1.0}
   */
  @Override
  public String toString() {
    return id() + " " + version();
  }
}
