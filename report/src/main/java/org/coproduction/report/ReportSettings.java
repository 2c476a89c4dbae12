package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What goes into an {@link EvaluationReport} beyond the scores, for {@link
 * Evaluator#evaluate(Evaluation, org.coproduction.checklist.records.RecordCheckSettings,
 * org.coproduction.scoring.ScoringSettings, ReportSettings)}. Today one choice: whether raters'
 * comments appear. An organisation that promised raters their words would stay private, or that
 * shares the report beyond the people who took part, turns them off.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ReportSettings {
  ReportSettings() {}

  /**
   * Whether raters' comments appear in the report, under each item, grouped by interest group. Even
   * when they do, a group's comments on an item appear only when its answers to that item count
   * under the disclosure rule.
   *
   * @return true to show comments
   */
  @Value.Parameter
  public abstract boolean comments();

  /**
   * The settings every report uses unless told otherwise: comments shown.
   *
   * @return the defaults
   */
  public static ReportSettings defaults() {
    return of(true);
  }

  /**
   * Settings with a choice about comments.
   *
   * @param comments whether raters' comments appear in the report
   * @return the settings
   */
  public static ReportSettings of(boolean comments) {
    return ImmutableReportSettings.of(comments);
  }
}
