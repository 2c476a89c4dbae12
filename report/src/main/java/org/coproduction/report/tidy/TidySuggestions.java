package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.SuggestionFeedback;

/**
 * The tidy suggestions table: each line of the report's "You said, we did, or why not" as one row,
 * in the order the section lists them (the order they were raised). A suggestion from a group too
 * small to name has an empty group cell, as the section does not name it; no row names a person.
 * Write the rows with {@link TidyCsv#suggestions}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TidySuggestions {
  private TidySuggestions() {}

  /**
   * The rows of a report.
   *
   * @param report the report
   * @return one row per suggestion of the latest round; empty when its records hold none
   */
  public static List<SuggestionRow> rows(EvaluationReport report) {
    return report.youSaidWeDid().stream().map(line -> row(report, line)).toList();
  }

  private static SuggestionRow row(EvaluationReport report, SuggestionFeedback line) {
    return SuggestionRow.builder()
        .evaluationId(report.evaluationId())
        .initiativeId(report.latest().initiativeId())
        .roundId(report.latest().reviewRoundId())
        .suggestionId(line.suggestionId())
        .interestGroup(line.interestGroup())
        .outcome(line.outcome())
        .reasonKind(line.outcomeReason())
        .told(line.told())
        .toldOn(line.toldOn())
        .build();
  }
}
