package org.coproduction.report.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.report.Evaluation;
import org.immutables.value.Value;

/**
 * One evaluation of a batch as it was read: where it came from, and either the evaluation or, in
 * plain words, why it could not be read. A batch reports a bad input on its own line and goes on
 * with the others, so a reader hands back a failure as a value rather than throwing.
 *
 * <p>The {@link #source()} is what a person needs to find the input again: a file's path, or a
 * JSON-lines file's path and line. The {@link #problem()} names the place inside the document, as
 * {@link org.coproduction.core.Documents} does, and never repeats what the document holds.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class EvaluationInput {
  EvaluationInput() {}

  /**
   * Where the evaluation came from.
   *
   * @return for example {@code projects/riverside.json} or {@code survey-2025.jsonl, line 12}
   */
  public abstract String source();

  /**
   * The evaluation, when it could be read.
   *
   * @return the evaluation, or empty when {@link #problem()} says why not
   */
  public abstract Optional<Evaluation> evaluation();

  /**
   * Why the evaluation could not be read, in words a care worker understands.
   *
   * @return the problem, without the source in front; empty when the evaluation was read
   */
  public abstract Optional<String> problem();

  /**
   * Whether the evaluation was read.
   *
   * @return {@code true} when {@link #evaluation()} is present
   */
  public boolean isRead() {
    return evaluation().isPresent();
  }

  /**
   * The problem as one line for a person to read, with the source in front.
   *
   * @return for example {@code a.json: initiative.meetings[2].noticeDays: must be 0 or more, was
   *     -3}; empty when the evaluation was read
   */
  public Optional<String> message() {
    return problem().map(p -> source() + ": " + p);
  }

  /**
   * An evaluation that was read.
   *
   * @param source where it came from
   * @param evaluation the evaluation
   * @return the input
   */
  public static EvaluationInput read(String source, Evaluation evaluation) {
    return builder().source(source).evaluation(evaluation).build();
  }

  /**
   * An evaluation that could not be read.
   *
   * @param source where it came from
   * @param problem why not, in plain words
   * @return the input
   */
  public static EvaluationInput failed(String source, String problem) {
    return builder().source(source).problem(problem).build();
  }

  /**
   * Starts a new input.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationInput}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableEvaluationInput.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("source", source());
    problem().ifPresent(p -> Checks.notBlank("problem", p));
    if (evaluation().isPresent() == problem().isPresent()) {
      throw CoProductionException.at(
          "problem",
          "an input has either its evaluation or the problem that kept it from being read, not "
              + (evaluation().isPresent() ? "both" : "neither"));
    }
  }
}
