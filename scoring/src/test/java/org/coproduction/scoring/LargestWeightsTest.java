package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.DK;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/**
 * Every item at the largest weight a checklist allows still scores, and its report can be written:
 * before weights had a maximum, two weights of 1e308 added up to infinity and scoring failed.
 */
class LargestWeightsTest {
  @Test
  void scoringWithEveryItemAtTheLargestAllowedWeightWorks() {
    Checklist.Builder heaviest =
        Checklist.builder()
            .from(Fixtures.checklist())
            .items(
                Fixtures.checklist().items().stream()
                    .map(i -> ChecklistItem.copyOf(i).weight(ChecklistItem.MAX_WEIGHT).build())
                    .toList());
    Checklist checklist = heaviest.build();
    Fixtures.Round round =
        round().rater(USERS, Y, Y, Y, DK).rater(USERS, Y, P, Y, DK).rater(STAFF, N, N, null, DK);

    ScoreReport report =
        Scoring.score(checklist, round.sets(), List.of(), Fixtures.everyAnswerCounts());

    // Equal weights give the plain mean of the conclusive items: (66.7 + 50) / 2 = 58.35, so 58.4.
    assertEquals(Optional.of(58.4), report.overall().value());
    assertEquals(
        "The weighted mean of the 2 items with at least 3 raters (total weight 2000) = 58.4; left"
            + " out: 1 item with fewer raters and 1 item with no answers.",
        report.overall().reason());
    assertEquals(report, Documents.read(Documents.write(report), ScoreReport.class));
  }
}
