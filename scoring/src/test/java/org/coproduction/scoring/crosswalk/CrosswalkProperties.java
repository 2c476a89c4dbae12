package org.coproduction.scoring.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringGenerators;
import org.coproduction.scoring.ScoringGenerators.Input;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The crosswalk's rules over any two instruments' results. */
class CrosswalkProperties {
  private static final PrincipleFramework GUIDE = PrincipleFrameworks.guide();

  /** Two score reports of different checklists about one initiative, under the same settings. */
  private static Gen<List<ScoreReport>> pairs() {
    return in -> {
      Input first = ScoringGenerators.inputs().generate(in);
      Checklist other =
          Checklist.builder()
              .from(ScoringGenerators.checklists().generate(in))
              .id("second-checklist")
              .build();
      List<ResponseSet> answers = ScoringGenerators.round(other, "r1").generate(in);
      return List.of(first.score(), Scoring.score(other, answers, List.of(), first.settings));
    };
  }

  @Test
  void theVerdictAndGapDoNotDependOnWhichInstrumentComesFirst() {
    qt().withExamples(300)
        .forAll(pairs())
        .checkAssert(
            pair -> {
              CrosswalkReport ab = Crosswalk.compare(pair, GUIDE);
              CrosswalkReport ba = Crosswalk.compare(List.of(pair.get(1), pair.get(0)), GUIDE);
              for (int i = 0; i < ab.principles().size(); i++) {
                PrincipleCrosswalk x = ab.principles().get(i);
                PrincipleCrosswalk y = ba.principles().get(i);
                assertEquals(x.verdict(), y.verdict(), x.principleId());
                assertEquals(x.gap(), y.gap(), x.principleId());
                assertEquals(x.results().get(0), y.results().get(1));
                assertEquals(x.results().get(1), y.results().get(0));
              }
            });
  }

  @Test
  void aPrincipleOnlyOneInstrumentAsksAboutIsNeverAgreement() {
    qt().withExamples(300)
        .forAll(pairs())
        .checkAssert(
            pair -> {
              for (PrincipleCrosswalk row : Crosswalk.compare(pair, GUIDE).principles()) {
                long asked = row.results().stream().filter(InstrumentResult::asked).count();
                if (asked == 1) {
                  assertEquals(CrosswalkVerdict.ONE_INSTRUMENT_ONLY, row.verdict());
                } else if (asked == 0) {
                  assertEquals(CrosswalkVerdict.NOT_ASKED, row.verdict());
                }
              }
            });
  }

  @Test
  void agreementAndDifferenceRestOnConclusiveScoresOnly() {
    qt().withExamples(300)
        .forAll(pairs())
        .checkAssert(
            pair -> {
              for (PrincipleCrosswalk row : Crosswalk.compare(pair, GUIDE).principles()) {
                boolean allConclusive =
                    row.results().stream()
                        .allMatch(r -> r.status().orElse(null) == ScoreStatus.CONCLUSIVE);
                boolean compared =
                    row.verdict() == CrosswalkVerdict.AGREE
                        || row.verdict() == CrosswalkVerdict.DIFFER;
                assertEquals(allConclusive, compared, row.toString());
              }
            });
  }

  @Test
  void everyPrincipleOfTheFrameworkHasARowInItsOrder() {
    qt().withExamples(100)
        .forAll(pairs())
        .checkAssert(
            pair -> {
              List<String> rows = new ArrayList<>();
              Crosswalk.compare(pair, GUIDE).principles().forEach(p -> rows.add(p.principleId()));
              List<String> principles = new ArrayList<>();
              GUIDE.principles().forEach(p -> principles.add(p.id()));
              assertEquals(principles, rows);
            });
  }

  @Test
  void agreementMeansTheSameBandOrLessThanTheMeaningfulChangeApart() {
    qt().withExamples(300)
        .forAll(pairs())
        .checkAssert(
            pair -> {
              CrosswalkReport report = Crosswalk.compare(pair, GUIDE);
              for (PrincipleCrosswalk row : report.principles()) {
                if (row.verdict() == CrosswalkVerdict.DIFFER) {
                  InstrumentResult a = row.results().get(0);
                  InstrumentResult b = row.results().get(1);
                  assertTrue(!a.band().equals(b.band()), row.toString());
                  assertTrue(row.gap().orElseThrow() >= report.agreeWithin(), row.toString());
                }
                if (row.verdict() == CrosswalkVerdict.AGREE) {
                  InstrumentResult a = row.results().get(0);
                  InstrumentResult b = row.results().get(1);
                  assertTrue(
                      a.band().equals(b.band()) || row.gap().orElseThrow() < report.agreeWithin(),
                      row.toString());
                }
              }
            });
  }
}
