package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.report.EvaluationReport;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RedFlag;

/**
 * The tidy flags table: every red flag of every round as one row, in the order the report lists
 * them. Counting rows by item across many evaluations shows which failures recur. Write the rows
 * with {@link TidyCsv#flags}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TidyFlags {
  private TidyFlags() {}

  /**
   * The rows of a whole evaluation report, earliest round first.
   *
   * @param report the report
   * @return the rows, empty when nothing is flagged
   */
  public static List<FlagRow> rows(EvaluationReport report) {
    List<FlagRow> rows = new ArrayList<>();
    for (ScoreReport round : report.rounds()) {
      rows.addAll(rows(report.evaluationId(), round));
    }
    return rows;
  }

  /**
   * The rows of one round's red flags.
   *
   * @param evaluationId the id to write in every row's evaluation column
   * @param round the round's scores
   * @return the rows, empty when nothing is flagged
   */
  public static List<FlagRow> rows(String evaluationId, ScoreReport round) {
    List<FlagRow> rows = new ArrayList<>();
    for (RedFlag flag : round.redFlags()) {
      rows.add(
          FlagRow.builder()
              .evaluationId(evaluationId)
              .initiativeId(round.initiativeId())
              .roundId(round.reviewRoundId())
              .itemId(flag.itemId())
              .area(flag.area())
              .severity(flag.severity())
              .status(flag.status())
              .ratersSaidNo(flag.triggers().contains(FlagTrigger.RATERS_SAID_NO))
              .recordsSaidNo(flag.triggers().contains(FlagTrigger.RECORDS_SAID_NO))
              .noShare(flag.noShare())
              .answers(flag.answers())
              .recordAnswer(flag.record().map(RecordAnswer::answer))
              .recordsVersusRaters(flag.recordComparison())
              .build());
    }
    return rows;
  }
}
