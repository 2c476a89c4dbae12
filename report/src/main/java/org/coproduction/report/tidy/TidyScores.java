package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.coproduction.report.EvaluationReport;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;

/**
 * The tidy scores table: every score of every round as one row, the overall score first, then the
 * areas, the principles and the items, each for all raters and then for each interest group. A
 * group whose answers are left out to protect people gets a row with status {@code NO_RATERS}, no
 * value and a count of 0, exactly as a group nobody answered for, so the table shows no more than
 * the report. Write the rows with {@link TidyCsv#scores}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TidyScores {
  private TidyScores() {}

  /**
   * The rows of a whole evaluation report, earliest round first.
   *
   * @param report the report
   * @return the rows, never empty
   */
  public static List<ScoreRow> rows(EvaluationReport report) {
    List<ScoreRow> rows = new ArrayList<>();
    for (ScoreReport round : report.rounds()) {
      rows.addAll(rows(report.evaluationId(), round));
    }
    return rows;
  }

  /**
   * The rows of one round's scores, for callers that score answers without a whole evaluation, such
   * as a Spark job scoring each initiative's response sets.
   *
   * @param evaluationId the id to write in every row's evaluation column
   * @param round the round's scores
   * @return the rows, never empty
   */
  public static List<ScoreRow> rows(String evaluationId, ScoreReport round) {
    List<ScoreRow> rows = new ArrayList<>();
    Supplier<ScoreRow.Builder> start =
        () ->
            ScoreRow.builder()
                .evaluationId(evaluationId)
                .initiativeId(round.initiativeId())
                .roundId(round.reviewRoundId());
    score(rows, () -> start.get().level(TidyLevel.OVERALL), round.overall());
    for (AreaScore area : round.areas()) {
      score(
          rows,
          () -> start.get().level(TidyLevel.AREA).subject(area.area().name()).area(area.area()),
          area.score());
    }
    for (PrincipleScore principle : round.principles()) {
      score(
          rows,
          () ->
              start
                  .get()
                  .level(TidyLevel.PRINCIPLE)
                  .subject(principle.principleId())
                  .frameworkId(principle.frameworkId()),
          principle.score());
    }
    for (ItemScore item : round.items()) {
      Supplier<ScoreRow.Builder> itemRow =
          () -> start.get().level(TidyLevel.ITEM).subject(item.itemId()).area(item.area());
      rows.add(
          itemRow
              .get()
              .value(item.value())
              .raters(item.raters())
              .status(item.status().name())
              .redFlag(round.redFlag(item.itemId()).isPresent())
              .build());
      groups(rows, itemRow, item.byGroup());
    }
    return rows;
  }

  private static void score(List<ScoreRow> rows, Supplier<ScoreRow.Builder> start, Score score) {
    rows.add(
        start
            .get()
            .value(score.value())
            .raters(score.raters())
            .status(score.status().name())
            .band(score.band().map(Enum::name))
            .build());
    groups(rows, start, score.byGroup());
  }

  private static void groups(
      List<ScoreRow> rows, Supplier<ScoreRow.Builder> start, Breakdown breakdown) {
    for (GroupScore group : breakdown.groups()) {
      boolean shown = group.visibility() == Visibility.SHOWN;
      rows.add(
          start
              .get()
              .group(group.group())
              .value(shown ? group.value() : Optional.empty())
              .raters(shown ? group.raters() : Optional.of(0))
              .status(group.visibility().name())
              .build());
    }
  }
}
