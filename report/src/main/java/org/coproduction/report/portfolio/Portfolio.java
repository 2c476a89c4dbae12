package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.report.EvaluationReport;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.perspectives.Visibility;

/**
 * Builds the portfolio view from many evaluation reports, a pure function: each report counts by
 * its latest round. The steps: spread the conclusive overall, area and principle scores; count the
 * red flags across initiatives; rank the conclusive overall scores; count where each group is not
 * heard.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Portfolio {
  private Portfolio() {}

  /**
   * The portfolio with k from the default scoring settings (3).
   *
   * @param reports the evaluation reports, one per evaluation
   * @return the portfolio view
   * @throws CoProductionException when there are no reports
   */
  public static PortfolioReport of(List<EvaluationReport> reports) {
    return of(reports, ScoringSettings.defaults().minimumGroupSize());
  }

  /**
   * The portfolio with a chosen k.
   *
   * @param reports the evaluation reports, one per evaluation
   * @param minimumInitiatives k: a spread over fewer initiatives is withheld
   * @return the portfolio view
   * @throws CoProductionException when there are no reports or k is below 1
   */
  public static PortfolioReport of(List<EvaluationReport> reports, int minimumInitiatives) {
    if (reports.isEmpty()) {
      throw CoProductionException.at("reports", "a portfolio needs at least one evaluation report");
    }
    if (minimumInitiatives < 1) {
      throw CoProductionException.at("minimumInitiatives", "must be 1 or more");
    }
    List<ScoreReport> latest = reports.stream().map(EvaluationReport::latest).toList();
    return PortfolioReport.builder()
        .evaluations(reports.size())
        .minimumInitiatives(minimumInitiatives)
        .overall(
            Distribution.of(conclusive(latest, r -> Optional.of(r.overall())), minimumInitiatives))
        .areas(areas(latest, minimumInitiatives))
        .principles(principles(latest, minimumInitiatives))
        .recurringFlags(recurringFlags(latest))
        .initiatives(ranking(reports))
        .leastHeard(leastHeard(latest))
        .build();
  }

  private interface ScoreOf {
    Optional<Score> in(ScoreReport report);
  }

  private static List<Double> conclusive(List<ScoreReport> reports, ScoreOf which) {
    List<Double> values = new ArrayList<>();
    for (ScoreReport report : reports) {
      which
          .in(report)
          .filter(s -> s.status() == ScoreStatus.CONCLUSIVE)
          .flatMap(Score::value)
          .ifPresent(values::add);
    }
    return values;
  }

  private static Map<JigsawArea, Distribution> areas(List<ScoreReport> reports, int k) {
    Map<JigsawArea, Distribution> areas = new EnumMap<>(JigsawArea.class);
    for (JigsawArea area : JigsawArea.values()) {
      List<Double> values =
          conclusive(
              reports,
              r ->
                  r.areas().stream()
                      .filter(a -> a.area() == area)
                      .map(AreaScore::score)
                      .findFirst());
      areas.put(area, Distribution.of(values, k));
    }
    return areas;
  }

  private static Map<String, Distribution> principles(List<ScoreReport> reports, int k) {
    Map<String, List<Double>> values = new TreeMap<>();
    for (ScoreReport report : reports) {
      for (PrincipleScore principle : report.principles()) {
        String key = principle.frameworkId() + "/" + principle.principleId();
        List<Double> list = values.computeIfAbsent(key, x -> new ArrayList<>());
        Score score = principle.score();
        if (score.status() == ScoreStatus.CONCLUSIVE) {
          score.value().ifPresent(list::add);
        }
      }
    }
    Map<String, Distribution> principles = new LinkedHashMap<>();
    values.forEach((key, list) -> principles.put(key, Distribution.of(list, k)));
    return principles;
  }

  private static List<RecurringFlag> recurringFlags(List<ScoreReport> reports) {
    Map<String, Set<String>> initiatives = new TreeMap<>();
    for (ScoreReport report : reports) {
      for (RedFlag flag : report.redFlags()) {
        initiatives.computeIfAbsent(flag.itemId(), x -> new TreeSet<>()).add(report.initiativeId());
      }
    }
    return initiatives.entrySet().stream()
        .map(e -> RecurringFlag.of(e.getKey(), e.getValue().size()))
        .sorted(
            Comparator.comparingInt(RecurringFlag::initiatives)
                .reversed()
                .thenComparing(RecurringFlag::itemId))
        .toList();
  }

  private static List<RankedInitiative> ranking(List<EvaluationReport> reports) {
    List<RankedInitiative.Builder> entries = new ArrayList<>();
    List<EvaluationReport> ordered = new ArrayList<>(reports);
    Comparator<EvaluationReport> byScore =
        Comparator.comparing(
            (EvaluationReport r) -> r.latest().overall().status() != ScoreStatus.CONCLUSIVE);
    byScore =
        byScore
            .thenComparing(
                r -> r.latest().overall().value().orElse(-1.0), Comparator.reverseOrder())
            .thenComparing(r -> r.latest().initiativeId())
            .thenComparing(EvaluationReport::evaluationId);
    ordered.sort(byScore);
    List<RankedInitiative> ranked = new ArrayList<>();
    int place = 0;
    Optional<Double> previous = Optional.empty();
    for (int i = 0; i < ordered.size(); i++) {
      ScoreReport latest = ordered.get(i).latest();
      Score overall = latest.overall();
      RankedInitiative.Builder entry =
          RankedInitiative.builder()
              .initiativeId(latest.initiativeId())
              .evaluationId(ordered.get(i).evaluationId())
              .overall(overall.value())
              .status(overall.status())
              .raters(overall.raters())
              .agreement(overall.agreement().ordinal().value())
              .lowAgreement(overall.agreement().lowAgreement());
      if (overall.status() == ScoreStatus.CONCLUSIVE) {
        // Tied scores share a place; the next score takes its place by count, as in sport.
        if (!overall.value().equals(previous)) {
          place = i + 1;
        }
        previous = overall.value();
        entry.rank(place);
      }
      entries.add(entry);
    }
    entries.forEach(e -> ranked.add(e.build()));
    return ranked;
  }

  private static List<LeastHeard> leastHeard(List<ScoreReport> reports) {
    Map<InterestGroup, Integer> missing = new EnumMap<>(InterestGroup.class);
    for (InterestGroup group : InterestGroup.values()) {
      missing.put(group, 0);
    }
    for (ScoreReport report : reports) {
      for (InterestGroup group : InterestGroup.values()) {
        boolean heard =
            report.overall().byGroup().groups().stream()
                .filter(g -> g.group() == group)
                .anyMatch(g -> g.visibility() == Visibility.SHOWN && g.value().isPresent());
        if (!heard) {
          missing.merge(group, 1, Integer::sum);
        }
      }
    }
    return missing.entrySet().stream()
        .map(e -> LeastHeard.of(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingInt(LeastHeard::initiativesWithoutTheirVoice)
                .reversed()
                .thenComparing(LeastHeard::group))
        .toList();
  }
}
