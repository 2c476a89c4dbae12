package org.coproduction.scoring.crosswalk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreInput;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.Scoring;

/**
 * Sets the results of two instruments or more, answered about one initiative, side by side per
 * principle of one framework: for each principle, each instrument's principle score (from its own
 * {@link ScoreReport}) with the items behind it, and whether the instruments agree.
 *
 * <p>The rule, per principle, over the instruments that map at least one item to it:
 *
 * <ul>
 *   <li>none: {@link CrosswalkVerdict#NOT_ASKED}; one: {@link
 *       CrosswalkVerdict#ONE_INSTRUMENT_ONLY}, never agreement, since nothing backs it up;
 *   <li>any of their scores not conclusive (too few raters, no scored answers, or every answer left
 *       out to protect a small group): {@link CrosswalkVerdict#NOT_COMPARABLE};
 *   <li>otherwise {@link CrosswalkVerdict#AGREE} when every two scores are in the same band or less
 *       than {@link org.coproduction.scoring.ScoringSettings#minimumMeaningfulChange()} points
 *       apart (10 by default), so two scores either side of a band's edge are not called different;
 *       else {@link CrosswalkVerdict#DIFFER}.
 * </ul>
 *
 * <p>The verdict and the gap do not depend on the order the instruments are given in. Scores on
 * different answer scales are all mapped onto 0 to 100 by their scale, which is what makes them
 * comparable at all; a reader should still bear in mind that the instruments ask different
 * questions. Pure and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Crosswalk {
  private Crosswalk() {}

  /**
   * Sets two instruments or more side by side.
   *
   * @param instruments each instrument's score report (from {@link Scoring#score}), all about the
   *     same initiative and scored under the same settings, each from a different checklist; their
   *     order is the order of the results on every row
   * @param framework the framework whose principles make the rows
   * @return one row per principle of the framework, in its order
   * @throws CoProductionException when fewer than two reports are given, two come from the same
   *     checklist, or they differ in initiative or settings
   */
  public static CrosswalkReport compare(
      List<ScoreReport> instruments, PrincipleFramework framework) {
    return compare(instruments, framework, Optional.empty());
  }

  /**
   * Sets two instruments or more side by side, with what each item behind a score asks ({@link
   * InstrumentResult#statements()}), so a report can name every instrument's items in words.
   *
   * @param instruments each instrument's score report, as for {@link #compare(List,
   *     PrincipleFramework)}
   * @param checklists the checklist each report was scored with, in the same order
   * @param framework the framework whose principles make the rows
   * @return one row per principle of the framework, in its order
   * @throws CoProductionException as {@link #compare(List, PrincipleFramework)} does, and when a
   *     checklist is not the one its report was scored with
   */
  public static CrosswalkReport compare(
      List<ScoreReport> instruments, List<Checklist> checklists, PrincipleFramework framework) {
    if (checklists.size() != instruments.size()) {
      throw CoProductionException.at(
          "checklists",
          "give one checklist per instrument ("
              + instruments.size()
              + "), had "
              + checklists.size());
    }
    for (int i = 0; i < checklists.size(); i++) {
      if (!checklists.get(i).ref().equals(instruments.get(i).checklist())) {
        throw CoProductionException.at(
            "checklists[" + i + "]",
            "these results were scored with checklist '"
                + instruments.get(i).checklist()
                + "', not '"
                + checklists.get(i).ref()
                + "'");
      }
    }
    return compare(instruments, framework, Optional.of(checklists));
  }

  private static CrosswalkReport compare(
      List<ScoreReport> instruments,
      PrincipleFramework framework,
      Optional<List<Checklist>> checklists) {
    check(instruments);
    double within = instruments.get(0).settings().minimumMeaningfulChange();
    CrosswalkReport.Builder report =
        CrosswalkReport.builder().frameworkId(framework.id()).agreeWithin(within);
    instruments.forEach(r -> report.addInstruments(r.checklist()));
    instruments.forEach(
        r ->
            r.reviewRoundId()
                .ifPresent(round -> report.putReviewRoundIds(r.checklist().id(), round)));
    for (Principle principle : framework.principles()) {
      List<InstrumentResult> results = new ArrayList<>();
      for (int i = 0; i < instruments.size(); i++) {
        int at = i;
        Optional<Checklist> checklist = checklists.map(all -> all.get(at));
        results.add(result(instruments.get(i), checklist, framework.id(), principle.id()));
      }
      report.addPrinciples(row(principle.id(), results, within));
    }
    return report.build();
  }

  private static InstrumentResult result(
      ScoreReport report, Optional<Checklist> checklist, String frameworkId, String principle) {
    Optional<Score> score =
        report.principles().stream()
            .filter(p -> p.frameworkId().equals(frameworkId) && p.principleId().equals(principle))
            .map(PrincipleScore::score)
            .findFirst();
    InstrumentResult.Builder result =
        InstrumentResult.builder()
            .checklist(report.checklist())
            .asked(score.isPresent())
            .raters(score.map(Score::raters).orElse(0));
    score.ifPresent(
        s -> result.status(s.status()).value(s.value()).band(s.band()).items(s.inputs()));
    for (ScoreInput input : score.map(Score::inputs).orElse(List.of())) {
      checklist
          .flatMap(c -> c.item(input.itemId()))
          .ifPresent(item -> result.putStatements(input.itemId(), item.statement()));
    }
    return result.build();
  }

  private static PrincipleCrosswalk row(
      String principleId, List<InstrumentResult> results, double within) {
    List<InstrumentResult> asked = results.stream().filter(InstrumentResult::asked).toList();
    PrincipleCrosswalk.Builder row =
        PrincipleCrosswalk.builder().principleId(principleId).results(results);
    if (asked.isEmpty()) {
      return row.verdict(CrosswalkVerdict.NOT_ASKED).build();
    }
    if (asked.size() == 1) {
      return row.verdict(CrosswalkVerdict.ONE_INSTRUMENT_ONLY).build();
    }
    if (asked.stream().anyMatch(r -> r.status().orElseThrow() != ScoreStatus.CONCLUSIVE)) {
      return row.verdict(CrosswalkVerdict.NOT_COMPARABLE).build();
    }
    boolean agree = true;
    double low = 100;
    double high = 0;
    for (int i = 0; i < asked.size(); i++) {
      InstrumentResult a = asked.get(i);
      double value = a.value().orElseThrow();
      low = Math.min(low, value);
      high = Math.max(high, value);
      for (int j = i + 1; j < asked.size(); j++) {
        InstrumentResult b = asked.get(j);
        boolean sameBand = a.band().equals(b.band());
        agree &= sameBand || oneDecimal(Math.abs(value - b.value().orElseThrow())) < within;
      }
    }
    return row.verdict(agree ? CrosswalkVerdict.AGREE : CrosswalkVerdict.DIFFER)
        .gap(oneDecimal(high - low))
        .build();
  }

  /** Scores are given to one decimal; so is the gap, so 60.3 − 50.3 is 10.0 and not 9.999… */
  private static double oneDecimal(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static void check(List<ScoreReport> instruments) {
    if (instruments.size() < 2) {
      throw CoProductionException.at(
          "instruments",
          "a crosswalk needs the results of two instruments or more, had " + instruments.size());
    }
    ScoreReport first = instruments.get(0);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < instruments.size(); i++) {
      ScoreReport r = instruments.get(i);
      ChecklistRef checklist = r.checklist();
      if (seen.contains(checklist.id())) {
        throw CoProductionException.at(
            "instruments[" + i + "].checklist",
            "checklist '"
                + checklist.id()
                + "' is already in the crosswalk: set different instruments side by side");
      }
      seen.add(checklist.id());
      if (!r.initiativeId().equals(first.initiativeId())) {
        throw CoProductionException.at(
            "instruments[" + i + "].initiativeId",
            "these results are about initiative '"
                + r.initiativeId()
                + "', not '"
                + first.initiativeId()
                + "'");
      }
      if (!r.settings().equals(first.settings())) {
        throw CoProductionException.at(
            "instruments[" + i + "].settings",
            "score every instrument under the same settings, so bands mean the same");
      }
    }
  }
}
