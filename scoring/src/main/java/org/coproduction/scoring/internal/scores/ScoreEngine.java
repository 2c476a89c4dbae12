package org.coproduction.scoring.internal.scores;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoringSettings;

/**
 * Works out a {@link ScoreReport} from a checklist, everybody's answers and what the records say,
 * as a list of steps: check the input, count it once into a {@link Tally}, then let each rule read
 * the tally.
 *
 * <p>Where each rule lives: {@link InputChecks} (what can be scored together), {@link Tally} and
 * {@link ItemTally} (counts of the answers that count, after {@link DisclosureRule}), {@link
 * ItemScores} (one item), {@link Aggregates} (overall, per piece of the jigsaw, per principle),
 * {@link Perspectives} (by group and side), {@link RaterAgreement} (Krippendorff's alpha), {@link
 * RedFlags}, {@link Tokenism}, and {@link Reasons} for every sentence.
 */
@API(status = INTERNAL, since = "0.1")
public final class ScoreEngine {
  private ScoreEngine() {}

  /**
   * Scores one round of one initiative.
   *
   * @param checklist the checklist the answers were given against
   * @param responses everybody's answers, one response set per rater
   * @param recordAnswers what the initiative's records say, at most one per item
   * @param settings the rules to score by
   * @return the report
   * @throws CoProductionException when the answers do not fit the checklist or each other
   */
  public static ScoreReport score(
      Checklist checklist,
      List<ResponseSet> responses,
      List<RecordAnswer> recordAnswers,
      ScoringSettings settings) {
    Objects.requireNonNull(checklist, "checklist");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(recordAnswers, "recordAnswers");
    Objects.requireNonNull(settings, "settings");

    // 1. Can these answers be scored together?
    InputChecks.check(checklist, responses, recordAnswers);
    // 2. Count them once, leaving out the answers of groups too small to publish.
    Tally tally = Tally.of(checklist, responses, recordAnswers, settings);
    // 3. The rules, each reading the tally.
    Perspectives perspectives = Perspectives.of(tally);
    ItemScores itemScores = ItemScores.of(tally, perspectives, settings);
    Aggregates aggregates =
        Aggregates.of(tally, settings, RaterAgreement.of(settings), perspectives);

    ResponseSet first = responses.get(0);
    ScoreReport.Builder report =
        ScoreReport.builder()
            .checklist(checklist.ref())
            .initiativeId(first.initiativeId())
            .reviewRoundId(first.reviewRoundId())
            .settings(settings)
            .raters(tally.raters)
            .answersLeftOut(tally.answersLeftOut);
    // 4. Aggregates: overall, per piece of the jigsaw, per principle of each framework.
    report.overall(aggregates.over(tally.items));
    for (JigsawArea area : JigsawArea.values()) {
      List<ItemTally> inArea = new ArrayList<>();
      for (ItemTally v : tally.items) {
        if (v.item.area() == area) {
          inArea.add(v);
        }
      }
      if (!inArea.isEmpty()) {
        report.addAreas(AreaScore.of(area, aggregates.over(inArea)));
      }
    }
    for (FrameworkRef framework : checklist.frameworks()) {
      principles(tally, framework)
          .forEach(
              (principle, items) ->
                  report.addPrinciples(
                      PrincipleScore.builder()
                          .frameworkId(framework.id())
                          .principleId(principle)
                          .score(aggregates.over(items))
                          .build()));
    }
    // 5. Items, then what needs looking at: red flags and signs of tokenism.
    List<ItemScore> items = new ArrayList<>(tally.items.size());
    for (ItemTally v : tally.items) {
      items.add(itemScores.score(v));
    }
    report.items(items);
    report.redFlags(RedFlags.of(settings).flag(tally, items));
    report.tokenism(Tokenism.of(settings).signals(tally));
    return report.build();
  }

  /** The items mapped to each principle of a framework, principles in order of first mention. */
  private static Map<String, List<ItemTally>> principles(Tally tally, FrameworkRef framework) {
    Map<String, List<ItemTally>> byPrinciple = new LinkedHashMap<>();
    for (ItemTally v : tally.items) {
      for (String principle : v.item.principles().getOrDefault(framework.id(), List.of())) {
        byPrinciple.computeIfAbsent(principle, p -> new ArrayList<>()).add(v);
      }
    }
    return byPrinciple;
  }
}
