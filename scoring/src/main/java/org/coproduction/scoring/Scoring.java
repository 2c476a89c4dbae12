package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.scoring.internal.scores.ScoreEngine;

/**
 * Scores one review round of one initiative from everybody's checklist answers: the entry point of
 * this module.
 *
 * <p>Everybody involved fills in the same checklist, so the provider sees how well its process
 * works through each group's eyes ("The Co-production Police and accountability", Kevin Minier,
 * SCIE Co-production Festival blog, 16 June 2016). The result, a {@link ScoreReport}, holds:
 *
 * <ul>
 *   <li>item scores: {@code YES} 100, {@code PARTLY} 50, {@code NO} 0, averaged over the raters who
 *       gave one of those answers; {@code DONT_KNOW} and {@code NOT_APPLICABLE} are left out, never
 *       a pass and never a fail;
 *   <li>aggregate scores (overall, per piece of the jigsaw, per principle of each framework the
 *       checklist maps to): item scores weighted by item weight, with a band in words;
 *   <li>red flags, most severe first; tokenism signals; each score broken down by interest group
 *       with small groups hidden; agreement between raters as Krippendorff's alpha.
 * </ul>
 *
 * <p>Every number is given to one decimal with the counts and sum behind it. All methods are pure:
 * the same arguments give an equal report, whatever order the response sets or their answers come
 * in; nothing is read or written; they are safe to call from any thread.
 */
@API(status = STABLE, since = "0.1")
public final class Scoring {
  private Scoring() {}

  /**
   * Scores answers with the default settings and no records.
   *
   * @param checklist the checklist the answers were given against
   * @param responses one response set per rater, all about one initiative and one review round
   * @return the report
   * @throws CoProductionException when the answers do not fit the checklist or each other
   */
  public static ScoreReport score(Checklist checklist, List<ResponseSet> responses) {
    return score(checklist, responses, List.of(), ScoringSettings.defaults());
  }

  /**
   * Scores answers, with what the records say, under the default settings.
   *
   * @param checklist the checklist the answers were given against
   * @param responses one response set per rater, all about one initiative and one review round
   * @param recordAnswers what the initiative's records say, at most one per item; may be empty
   * @return the report
   * @throws CoProductionException when the answers do not fit the checklist or each other
   */
  public static ScoreReport score(
      Checklist checklist, List<ResponseSet> responses, List<RecordAnswer> recordAnswers) {
    return score(checklist, responses, recordAnswers, ScoringSettings.defaults());
  }

  /**
   * Scores answers, with what the records say, under chosen settings.
   *
   * <p>The response sets must all answer {@code checklist} (see {@link
   * ResponseSet#validateAgainst(Checklist)}), be about the same initiative and the same review
   * round (or all name no round), have distinct ids, and come from distinct participants where
   * raters are named. Record answers must name items of the checklist, at most once each. A problem
   * is reported with its path, for example {@code responses[3].reviewRoundId: ...} or {@code
   * recordAnswers[0].itemId: no item 'x' in checklist coproduction-police 1.0}.
   *
   * @param checklist the checklist the answers were given against
   * @param responses one response set per rater, at least one
   * @param recordAnswers what the initiative's records say, at most one per item; may be empty
   * @param settings the rules to score by
   * @return the report
   * @throws CoProductionException when the answers do not fit the checklist or each other
   */
  public static ScoreReport score(
      Checklist checklist,
      List<ResponseSet> responses,
      List<RecordAnswer> recordAnswers,
      ScoringSettings settings) {
    return ScoreEngine.score(checklist, responses, recordAnswers, settings);
  }
}
