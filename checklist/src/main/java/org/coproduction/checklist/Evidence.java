package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A pointer into an initiative's records that backs a record-based answer, so a reader can check
 * it: which meeting had two days' notice, which interest group was never invited, which suggestion
 * was never fed back.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
@API(status = STABLE, since = "0.1")
public abstract class Evidence {
  Evidence() {}

  /** What kind of record the evidence points to. */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** A meeting, by its id. */
    MEETING,
    /** A suggestion, by its id. */
    SUGGESTION,
    /** A decision, by its id. */
    DECISION,
    /** A stage of the work, by the name of its {@code Stage} constant. */
    STAGE,
    /** An interest group, by the name of its {@code InterestGroup} constant. */
    INTEREST_GROUP,
    /** A participant, by pseudonymous id. */
    PARTICIPANT,
    /** A body such as a steering group, by its id. */
    BODY
  }

  /**
   * What kind of record this points to.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract Kind kind();

  /**
   * The id of the record (or the constant name, for stages and interest groups).
   *
   * @return the reference
   */
  @JsonProperty("ref")
  public abstract String ref();

  /**
   * What the record shows, in plain words, for example {@code 2 days' notice, 14 needed}. It is
   * built from the records by the library and never contains a person's access needs or
   * seldom-heard group membership.
   *
   * @return the finding
   */
  @JsonProperty("finding")
  public abstract String finding();

  /**
   * Starts a new piece of evidence.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evidence}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("ref", ref());
    Checks.notBlank("finding", finding());
  }
}
