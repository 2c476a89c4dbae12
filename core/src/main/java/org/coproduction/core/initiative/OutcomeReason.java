package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a {@link Suggestion} ended as it did, from a short list everyone can read the same way. The
 * free-text {@link Suggestion#reason()} says it in people's own words; this says which kind of
 * reason it was, so the records can show, for instance, how many ideas were turned down because
 * they did not fit the way things are done now, which the "co-production police" list as a failure,
 * apart from those turned down for lack of money or because another body decides.
 *
 * <p>Each reason goes with one {@link Outcome} ({@link #fits(Outcome)}). A suggestion recorded
 * before this list existed carries no reason kind; it reads as {@link #defaultFor(Outcome)}: its
 * outcome's own kind, or none for a rejection. Source: "The Co-production Police and
 * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016 (suggestions
 * rejected because they do not fit the current model; none of it in the final service). Where to go
 * next: the records check {@code new-ideas-welcome} in {@code RecordChecks}, and the "You said, we
 * did" section of the evaluation report.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum OutcomeReason {
  /** Taken up as it was put forward. Goes with {@link Outcome#ADOPTED}. */
  ADOPTED,
  /** Taken up in part, or in a changed form. Goes with {@link Outcome#ADAPTED}. */
  ADOPTED_IN_PART,
  /** Turned down because it could not be paid for within the budget. */
  NOT_WITHIN_BUDGET,
  /** Turned down because it is not for this group to decide: another body or the law decides. */
  OUTSIDE_GROUP_REMIT,
  /**
   * Turned down because it does not fit the current model or way of working: the failure the
   * "co-production police" name, since co-production exists to change the model.
   */
  DOES_NOT_FIT_CURRENT_MODEL,
  /** Turned down for another reason, which the free-text reason gives. */
  OTHER_REASON,
  /** Not decided yet. Goes with {@link Outcome#PENDING}. */
  STILL_PENDING;

  /**
   * The reason in plain words, for evidence and reports, such as "does not fit the current model or
   * way of working".
   *
   * @return a short phrase, in lower case
   */
  public String plainWords() {
    switch (this) {
      case ADOPTED:
        return "adopted";
      case ADOPTED_IN_PART:
        return "adopted in part";
      case NOT_WITHIN_BUDGET:
        return "not possible within the budget";
      case OUTSIDE_GROUP_REMIT:
        return "outside what this group can decide";
      case DOES_NOT_FIT_CURRENT_MODEL:
        return "does not fit the current model or way of working";
      case OTHER_REASON:
        return "turned down for another reason";
      default:
        return "still pending";
    }
  }

  /**
   * Whether this reason can go with an outcome: the three reasons for turning an idea down, and
   * {@link #OTHER_REASON}, go with {@link Outcome#REJECTED}; each other reason with its own
   * outcome.
   *
   * @param outcome the suggestion's outcome
   * @return true when the pair makes sense
   */
  public boolean fits(Outcome outcome) {
    switch (this) {
      case ADOPTED:
        return outcome == Outcome.ADOPTED;
      case ADOPTED_IN_PART:
        return outcome == Outcome.ADAPTED;
      case STILL_PENDING:
        return outcome == Outcome.PENDING;
      default:
        return outcome == Outcome.REJECTED;
    }
  }

  /**
   * The reason a suggestion with no recorded reason kind reads as, so documents written before the
   * list existed read unchanged.
   *
   * @param outcome the suggestion's outcome
   * @return the outcome's own reason, or empty for {@link Outcome#REJECTED}, whose kind of reason
   *     the record does not say
   */
  public static Optional<OutcomeReason> defaultFor(Outcome outcome) {
    switch (outcome) {
      case ADOPTED:
        return Optional.of(ADOPTED);
      case ADAPTED:
        return Optional.of(ADOPTED_IN_PART);
      case PENDING:
        return Optional.of(STILL_PENDING);
      default:
        return Optional.empty();
    }
  }
}
