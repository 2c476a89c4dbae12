package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.checklist.records.RecordChecks;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.initiative.RoundRecords;
import org.coproduction.report.actions.ActionReviews;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.fairness.Fairness;
import org.coproduction.scoring.ladder.LadderAnswers;
import org.coproduction.scoring.ladder.Ladders;
import org.coproduction.scoring.representation.Representation;
import org.coproduction.scoring.trend.Trends;

/**
 * Runs every check and score the library has over one evaluation: a pure function from an {@link
 * Evaluation} to an {@link EvaluationReport}, with no I/O.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Evaluator {
  private Evaluator() {}

  /**
   * Evaluates with the default settings.
   *
   * @param evaluation the case to evaluate
   * @return the report
   * @throws org.coproduction.core.CoProductionException when the answers cannot be scored, for
   *     example when a round has no answers at all
   */
  public static EvaluationReport evaluate(Evaluation evaluation) {
    return evaluate(evaluation, RecordCheckSettings.defaults(), ScoringSettings.defaults());
  }

  /**
   * Evaluates with chosen settings.
   *
   * @param evaluation the case to evaluate
   * @param records how strictly records are judged, such as the days of notice needed
   * @param scoring how answers are scored and flagged, and which are left out to protect people
   * @return the report
   * @throws org.coproduction.core.CoProductionException when the answers cannot be scored
   */
  public static EvaluationReport evaluate(
      Evaluation evaluation, RecordCheckSettings records, ScoringSettings scoring) {
    return evaluate(evaluation, records, scoring, ReportSettings.defaults());
  }

  /**
   * Evaluates with chosen settings, including what goes into the report beyond the scores.
   *
   * @param evaluation the case to evaluate
   * @param records how strictly records are judged, such as the days of notice needed
   * @param scoring how answers are scored and flagged, and which are left out to protect people
   * @param settings what else the report holds, such as raters' comments
   * @return the report
   * @throws org.coproduction.core.CoProductionException when the answers cannot be scored
   */
  public static EvaluationReport evaluate(
      Evaluation evaluation,
      RecordCheckSettings records,
      ScoringSettings scoring,
      ReportSettings settings) {
    Initiative initiative = evaluation.initiative();
    Checklist checklist = evaluation.checklistInUse();
    // Answers that name no round are judged on the whole history; each round on its own records.
    List<RecordAnswer> recordAnswers = RecordChecks.answer(initiative, records, checklist);
    Initiative latestRecords = initiative;

    List<ScoreReport> rounds = new ArrayList<>();
    List<ResponseSet> latest = List.of();
    List<ResponseSet> unassigned =
        evaluation.responses().stream().filter(r -> r.reviewRoundId().isEmpty()).toList();
    if (!unassigned.isEmpty()) {
      rounds.add(Scoring.score(checklist, unassigned, recordAnswers, scoring));
      latest = unassigned;
    }
    for (ReviewRound round : initiative.reviewRoundsInDateOrder()) {
      List<ResponseSet> answers = evaluation.responsesInRound(round.id());
      if (!answers.isEmpty()) {
        recordAnswers = RecordChecks.answerRound(initiative, round.id(), records, checklist);
        latestRecords = RoundRecords.of(initiative, round.id());
        rounds.add(Scoring.score(checklist, answers, recordAnswers, scoring));
        latest = answers;
      }
    }
    if (rounds.isEmpty()) {
      // Scoring explains an empty list in its own words and path.
      rounds.add(Scoring.score(checklist, List.of(), recordAnswers, scoring));
    }

    EvaluationReport.Builder report =
        EvaluationReport.builder()
            .evaluationId(evaluation.id())
            .title(evaluation.title())
            .description(evaluation.description())
            .recordAnswers(recordAnswers)
            .youSaidWeDid(SuggestionFeedback.of(latestRecords, scoring.minimumGroupSize()))
            .rounds(rounds)
            .ladder(Ladders.assess(initiative))
            .ladderAnswers(
                LadderAnswers.tally(latestLadderAnswers(evaluation), scoring.minimumGroupSize()))
            .representation(Representation.assess(initiative))
            .commentsShown(settings.comments())
            .frameworks(evaluation.frameworks());
    if (settings.comments()) {
      report.comments(RaterComments.gather(checklist, latest, scoring.minimumGroupSize()));
    }
    if (rounds.size() >= 2) {
      report.trend(Trends.compare(rounds.get(0), rounds.get(rounds.size() - 1)));
    }
    evaluation.ledger().ifPresent(ledger -> report.fairness(Fairness.assess(initiative, ledger)));
    OtherInstruments.crosswalk(evaluation, rounds.get(rounds.size() - 1), scoring)
        .ifPresent(report::crosswalk);
    evaluation
        .actionPlan()
        .ifPresent(
            plan ->
                report.actions(
                    ActionReviews.review(plan, rounds.get(rounds.size() - 1), initiative)));
    return report.build();
  }

  /**
   * The ladder questionnaire's answers of the latest review round that has any, or else those that
   * name no round: what people say now, like the rest of the report's latest view.
   */
  private static List<ResponseSet> latestLadderAnswers(Evaluation evaluation) {
    List<ReviewRound> rounds = evaluation.initiative().reviewRoundsInDateOrder();
    for (int i = rounds.size() - 1; i >= 0; i--) {
      String id = rounds.get(i).id();
      List<ResponseSet> answers =
          evaluation.ladderResponses().stream()
              .filter(r -> r.reviewRoundId().equals(Optional.of(id)))
              .toList();
      if (!answers.isEmpty()) {
        return answers;
      }
    }
    return evaluation.ladderResponses().stream().filter(r -> r.reviewRoundId().isEmpty()).toList();
  }
}
