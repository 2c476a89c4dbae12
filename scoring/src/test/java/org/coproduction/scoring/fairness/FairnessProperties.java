package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.ledger.Return;
import org.coproduction.core.ledger.ReturnKind;
import org.junit.jupiter.api.Test;

class FairnessProperties {
  /** Writing and strictly reading JSON is the slow part; fewer examples keep the build quick. */
  private static final int ROUND_TRIPS = 150;

  /**
   * Enough examples to reach every rule, few enough to keep the build quick on a shared machine.
   */
  private static final int EXAMPLES = 400;

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Test
  void roundTripsThroughDocuments() {
    qt().withExamples(ROUND_TRIPS)
        .forAll(FairnessGenerators.reports())
        .checkAssert(
            r -> assertEquals(r, Documents.read(Documents.write(r), FairnessReport.class)));
  }

  @Test
  void noPublishedReportNamesAParticipantAndPseudonymsAgreeAcrossItsLists() {
    qt().withExamples(ROUND_TRIPS)
        .forAll(FairnessGenerators.cases())
        .checkAssert(
            c -> {
              FairnessSettings hidden =
                  FairnessSettings.builder().from(c.settings()).personRows(false).build();
              FairnessSettings rows =
                  FairnessSettings.builder().from(c.settings()).personRows(true).build();
              for (FairnessSettings settings : List.of(hidden, rows)) {
                FairnessReport report = Fairness.assess(c.initiative(), c.ledger(), settings);
                String json = Documents.write(report);
                for (String id : c.initiative().participantIds()) {
                  assertFalse(PersonRowsTest.mentions(json, id), id);
                }
                PersonRowsTest.PseudonymCheck.agree(report);
                FairnessReport underIds =
                    Fairness.assessUnderIds(c.initiative(), c.ledger(), settings);
                int k = settings.minGroupSize();
                assertEquals(
                    PersonFigures.shown(underIds.payGaps().size(), k), report.peoplePaidLess());
                assertEquals(
                    PersonFigures.shown(underIds.outOfPocket().size(), k),
                    report.peopleOutOfPocket());
                assertEquals(
                    settings.personRows() ? underIds.people().size() : 0, report.people().size());
                assertEquals(
                    settings.personRows() ? underIds.payGaps().size() : 0, report.payGaps().size());
              }
            });
  }

  @Test
  void doesNotDependOnTheOrderOfParticipantsMeetingsOrLedgerEntries() {
    qt().withExamples(EXAMPLES)
        .forAll(FairnessGenerators.cases(), longs().all())
        .checkAssert(
            (c, seed) -> {
              Random random = new Random(seed);
              Initiative i = c.initiative();
              Initiative initiative =
                  Initiative.builder()
                      .id(i.id())
                      .name(i.name())
                      .purpose(i.purpose())
                      .participants(shuffled(i.participants(), random))
                      .meetings(shuffled(i.meetings(), random))
                      .build();
              ReciprocityLedger l = c.ledger();
              ReciprocityLedger ledger =
                  ReciprocityLedger.builder()
                      .id(l.id())
                      .initiativeId(l.initiativeId())
                      .currency(l.currency())
                      .participants(shuffled(l.participants(), random))
                      .contributions(shuffled(l.contributions(), random))
                      .returns(shuffled(l.returns(), random))
                      .expenseClaims(shuffled(l.expenseClaims(), random))
                      .creditTransfers(shuffled(l.creditTransfers(), random))
                      .build();
              assertEquals(c.report(), Fairness.assessUnderIds(initiative, ledger, c.settings()));
            });
  }

  @Test
  void noGroupOfFewerThanKPeopleIsShownAndNoLoneSuppressedGroupSitsBesideTheTotals() {
    qt().withExamples(EXAMPLES)
        .forAll(FairnessGenerators.reports())
        .checkAssert(
            r -> {
              int suppressed = 0;
              for (GroupReciprocity g : r.groups()) {
                if (g.suppressed().isPresent()) {
                  suppressed++;
                  assertTrue(g.suppressed().get().startsWith("suppressed: "));
                } else {
                  assertTrue(g.people().get() >= r.settings().minGroupSize(), g.toString());
                }
              }
              if (r.totals().isPresent()) {
                assertTrue(suppressed != 1, "a lone suppressed group could be worked out");
              }
            });
  }

  @Test
  void shownGroupsAndTotalsAddUpThePeopleRows() {
    qt().withExamples(EXAMPLES)
        .forAll(FairnessGenerators.reports())
        .checkAssert(
            r -> {
              if (r.totals().isEmpty()) {
                return;
              }
              Duration hours = Duration.ZERO;
              long fees = 0;
              for (PersonReciprocity p : r.people()) {
                hours = hours.plus(p.hoursGiven());
                fees += p.feesReceived().minorUnits();
              }
              assertEquals(r.people().size(), r.totals().get().people());
              assertEquals(hours, r.totals().get().hoursGiven());
              assertEquals(fees, r.totals().get().feesReceived().minorUnits());
            });
  }

  @Test
  void theGiniCoefficientIsWithinItsRangeAndFollowsTheDoubleSumFormula() {
    qt().withExamples(EXAMPLES)
        .forAll(FairnessGenerators.cases())
        .checkAssert(
            c -> {
              FairnessReport r = c.report();
              if (r.returnInequality().coefficient().isEmpty()) {
                return;
              }
              double g = r.returnInequality().coefficient().get();
              assertTrue(g >= 0 && g <= 1, "G = " + g);
              // Recompute from the rows by the definition: sum over all ordered pairs of
              // |x_i - x_j| / (2 n^2 mean), times n / (n - 1) when sample-corrected.
              List<Double> x = new ArrayList<>();
              for (PersonReciprocity p : r.people()) {
                boolean salaried =
                    c.settings().staffTimeIsPaid()
                        && c.initiative().participant(p.participantId()).get().onProviderSide()
                        && p.feesReceived().minorUnits() == 0;
                if (!p.hoursGiven().isZero() && !salaried) {
                  x.add(p.valueReturned().minorUnits() * 3600.0 / p.hoursGiven().toSeconds());
                }
              }
              int n = x.size();
              assertEquals(n, r.returnInequality().contributors());
              double sum = 0;
              double pairs = 0;
              for (double a : x) {
                sum += a;
                for (double b : x) {
                  pairs += Math.abs(a - b);
                }
              }
              double expected = pairs / (2.0 * n * n * (sum / n));
              if (r.returnInequality().normalisation() == GiniNormalisation.SAMPLE_CORRECTED) {
                expected = Math.min(1, expected * n / (n - 1));
              } else {
                assertTrue(g <= (n - 1.0) / n + 1e-12, "plain G = " + g + " for n = " + n);
              }
              assertEquals(expected, g, 1e-9);
            });
  }

  @Test
  void theGiniCoefficientDoesNotChangeWhenEveryFeeIsScaled() {
    qt().withExamples(EXAMPLES)
        .forAll(FairnessGenerators.cases(), integers().between(2, 50))
        .checkAssert(
            (c, factor) -> {
              ReciprocityLedger l = c.ledger();
              List<Return> scaled = new ArrayList<>();
              for (Return r : l.returns()) {
                if (r.kind() == ReturnKind.FEE) {
                  Money m = r.amount().get();
                  scaled.add(
                      Return.builder()
                          .from(r)
                          .amount(Money.of(m.minorUnits() * factor, m.currency()))
                          .build());
                } else {
                  scaled.add(r);
                }
              }
              ReciprocityLedger bigger =
                  ReciprocityLedger.builder().from(l).returns(scaled).build();
              // Priced time credits would not scale with the fees; compare on fees alone.
              FairnessSettings settings =
                  FairnessSettings.builder()
                      .minGroupSize(c.settings().minGroupSize())
                      .giniNormalisation(c.settings().giniNormalisation())
                      .staffTimeIsPaid(c.settings().staffTimeIsPaid())
                      .build();
              ReturnInequality before =
                  Fairness.assess(c.initiative(), l, settings).returnInequality();
              ReturnInequality after =
                  Fairness.assess(c.initiative(), bigger, settings).returnInequality();
              assertEquals(before.coefficient().isPresent(), after.coefficient().isPresent());
              if (before.coefficient().isPresent()) {
                assertEquals(before.coefficient().get(), after.coefficient().get(), 1e-9);
              }
            });
  }

  @Test
  void everyFlaggedPersonUsesServicesOrCaresAndHoldsNoProviderRole() {
    qt().withExamples(EXAMPLES)
        .forAll(FairnessGenerators.cases())
        .checkAssert(
            c -> {
              for (PayGap gap : c.report().payGaps()) {
                var p = c.initiative().participant(gap.participantId()).get();
                assertTrue(p.onLivedExperienceSide());
                assertFalse(p.onProviderSide());
              }
            });
  }
}
