package org.coproduction.scoring.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Body;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.Participant;
import org.junit.jupiter.api.Test;

class RepresentationProperties {
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
        .forAll(RepresentationGenerators.reports())
        .checkAssert(
            r -> assertEquals(r, Documents.read(Documents.write(r), RepresentationReport.class)));
  }

  @Test
  void doesNotDependOnTheOrderOfParticipantsBodiesMembersOrMeetings() {
    qt().withExamples(EXAMPLES)
        .forAll(
            RepresentationGenerators.initiatives(),
            RepresentationGenerators.settings(),
            longs().all())
        .checkAssert(
            (i, settings, seed) -> {
              Random random = new Random(seed);
              List<Body> bodies =
                  i.bodies().stream()
                      .map(
                          b ->
                              Body.builder().from(b).members(shuffled(b.members(), random)).build())
                      .collect(Collectors.toList());
              List<Meeting> meetings =
                  i.meetings().stream()
                      .map(
                          m ->
                              Meeting.builder()
                                  .from(m)
                                  .invited(shuffled(m.invited(), random))
                                  .attended(shuffled(m.attended(), random))
                                  .build())
                      .collect(Collectors.toList());
              Initiative reordered =
                  Initiative.builder()
                      .from(i)
                      .participants(shuffled(i.participants(), random))
                      .bodies(shuffled(bodies, random))
                      .meetings(shuffled(meetings, random))
                      .build();
              assertEquals(
                  Representation.assess(i, settings), Representation.assess(reordered, settings));
            });
  }

  @Test
  void noShownSeldomHeardCountIsBelowK() {
    qt().withExamples(EXAMPLES)
        .forAll(RepresentationGenerators.reports())
        .checkAssert(
            r -> {
              int k = r.settings().minGroupSize();
              for (SeldomHeardReach row : r.seldomHeard()) {
                assertTrue(row.people() >= k, row.toString());
              }
              r.peopleInSeldomHeardGroups().ifPresent(n -> assertTrue(n == 0 || n >= k));
              for (BodyRepresentation b : r.bodies()) {
                b.membersWithLivedExperience()
                    .ifPresent(
                        lived -> {
                          assertTrue(lived == 0 || lived >= k, b.toString());
                          int without = b.members() - lived;
                          assertTrue(without == 0 || without >= k, b.toString());
                        });
              }
            });
  }

  @Test
  void shownCountsAreTheTrueCounts() {
    qt().withExamples(EXAMPLES)
        .forAll(RepresentationGenerators.initiatives(), RepresentationGenerators.settings())
        .checkAssert(
            (i, settings) -> {
              RepresentationReport r = Representation.assess(i, settings);
              for (SeldomHeardReach row : r.seldomHeard()) {
                long n =
                    i.participants().stream()
                        .filter(p -> p.seldomHeardGroups().contains(row.group()))
                        .count();
                assertEquals(n, (long) row.people());
              }
              for (var g : r.seldomHeardFewOrNone()) {
                long n =
                    i.participants().stream()
                        .filter(p -> p.seldomHeardGroups().contains(g))
                        .count();
                assertTrue(n < settings.minGroupSize(), g.toString());
              }
            });
  }

  @Test
  void theReportNeverNamesAParticipant() {
    qt().withExamples(ROUND_TRIPS)
        .forAll(RepresentationGenerators.initiatives())
        .checkAssert(
            i -> {
              String json = Documents.write(Representation.assess(i));
              for (Participant p : i.participants()) {
                assertFalse(json.contains("\"" + p.id() + "\""), p.id());
              }
            });
  }
}
