package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.CARERS;
import static org.coproduction.scoring.Fixtures.DK;
import static org.coproduction.scoring.Fixtures.EXPENSES;
import static org.coproduction.scoring.Fixtures.IDEAS;
import static org.coproduction.scoring.Fixtures.MANAGERS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.PUBLIC;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.council;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The first two ways issue 11 found to read a small group's answers out of a report, with an
 * invented council of 15 people and two carers who answer differently from everyone else. Both
 * worked under the old per-item suppression; the strongest reader (who knows every other answer)
 * must now be left with every possible answer of the carers.
 */
class DisclosureRoutesTest {
  /** Every answer-count vector two people can give over the five answers. */
  private static final int EVERY_WAY_TWO_PEOPLE_ANSWER = 15;

  @Test
  void anItemOnlyASmallGroupAnsweredKeepsNoTotal() {
    // Route 1: only the two carers answer "ideas"; before, its "all raters" row said 2 partly.
    Fixtures.Round council =
        council()
            .raters(4, USERS, Y, Y, null, Y)
            .raters(3, PUBLIC, Y, P, null, Y)
            .raters(3, MANAGERS, Y, Y, null, P)
            .raters(3, STAFF, Y, Y, null, Y)
            .raters(2, CARERS, N, N, P, N);
    Attacker reader =
        new Attacker(Fixtures.checklist(), council.sets(), ScoringSettings.defaults());
    assertEquals(EVERY_WAY_TWO_PEOPLE_ANSWER, reader.candidates(IDEAS, CARERS).size());
    ItemScore ideas = council.score().item(IDEAS).orElseThrow();
    assertEquals(ScoreStatus.NO_ANSWERS, ideas.status());
    assertEquals(Optional.empty(), ideas.value());
    assertEquals(0, ideas.answers().partly());
  }

  @Test
  void noPartnerIsHiddenBesideASmallGroupSoNothingCanBeIntersected() {
    // Route 2: on "notice" the commissioners were hidden beside the carers, on "expenses" (where
    // one member of the public did not answer) the public. Intersecting the two gave a carer away.
    Fixtures.Round council =
        council()
            .raters(3, USERS, Y, Y)
            .raters(3, PUBLIC, Y, Y)
            .rater(PUBLIC, Y, null)
            .raters(3, MANAGERS, Y, Y)
            .raters(3, STAFF, Y, Y)
            .rater(CARERS, N, N)
            .rater(CARERS, DK, P);
    Attacker reader =
        new Attacker(Fixtures.checklist(), council.sets(), ScoringSettings.defaults());
    for (String item : List.of(NOTICE, EXPENSES)) {
      assertEquals(EVERY_WAY_TWO_PEOPLE_ANSWER, reader.candidates(item, CARERS).size(), item);
    }
    ScoreReport report = council.score();
    assertEquals(
        Visibility.SHOWN, report.item(NOTICE).orElseThrow().byGroup().group(MANAGERS).visibility());
    assertEquals(
        Visibility.SHOWN, report.item(EXPENSES).orElseThrow().byGroup().group(PUBLIC).visibility());
    // The heading counts the 13 people whose answers count, not the carers.
    assertEquals(13, report.raters());
  }
}
