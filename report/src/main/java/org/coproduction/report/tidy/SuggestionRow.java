package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.initiative.OutcomeReason;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.immutables.value.Value;

/**
 * One suggestion of the latest round's "You said, we did, or why not": one row of the tidy
 * suggestions table, so a researcher can count across initiatives how many ideas were taken up,
 * turned down for which kind of reason, and fed back. It holds no person and no free text: the
 * suggestion's summary and reason in the records' own words are in the report's section. The
 * {@linkplain TidyCsv#SUGGESTION_COLUMNS columns} say the same in CSV.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SuggestionRow {
  SuggestionRow() {}

  /**
   * The evaluation the suggestion's record comes from.
   *
   * @return the evaluation's id
   */
  public abstract String evaluationId();

  /**
   * The initiative the suggestion was made to.
   *
   * @return the initiative's id
   */
  public abstract String initiativeId();

  /**
   * The review round whose records hold the suggestion: the report's latest round.
   *
   * @return the round's id, or empty when the answers name no round
   */
  public abstract Optional<String> roundId();

  /**
   * The suggestion, by its id in the records.
   *
   * @return the id
   */
  public abstract String suggestionId();

  /**
   * The interest group it came from.
   *
   * @return the group, or empty when too few people speak for it to name it safely, exactly where
   *     the report leaves it unnamed
   */
  public abstract Optional<InterestGroup> interestGroup();

  /**
   * What became of it.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * The kind of reason for the outcome.
   *
   * @return the kind, or empty for a rejection whose kind the record does not say
   */
  public abstract Optional<OutcomeReason> reasonKind();

  /**
   * Whether the people who suggested it were told what became of it.
   *
   * @return true when they were told
   */
  public abstract boolean told();

  /**
   * The day they were told.
   *
   * @return the date, or empty when they were not told or the record does not say when
   */
  public abstract Optional<LocalDate> toldOn();

  /**
   * Starts a new row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SuggestionRow}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSuggestionRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("evaluationId", evaluationId());
    Checks.id("initiativeId", initiativeId());
    roundId().ifPresent(r -> Checks.id("roundId", r));
    Checks.id("suggestionId", suggestionId());
  }
}
