package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, route 5: the JSON report listed hours and fees per person by participant id (people,
 * pay gaps, out of pocket, nothing back, not in the ledger), so where ids are guessable a reader
 * learnt what each person was paid.
 */
class PersonRowsTest {
  private static final FairnessSettings ROWS = FairnessSettings.builder().personRows(true).build();

  /** Whether the text holds the id as a whole id, not as part of a longer one. */
  static boolean mentions(String text, String id) {
    return Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(id) + "(?![A-Za-z0-9._-])")
        .matcher(text)
        .find();
  }

  @Test
  void byDefaultTheJsonReportHoldsNoParticipantIdOfTheInitiative() {
    Initiative initiative = CareLeavers.initiative();
    String json = Documents.write(Fairness.assess(initiative, CareLeavers.ledger()));
    for (String id : initiative.participantIds()) {
      assertFalse(mentions(json, id), id);
    }
    // The check can fail: the same report under ids names them.
    String underIds =
        Documents.write(
            Fairness.assessUnderIds(initiative, CareLeavers.ledger(), FairnessSettings.defaults()));
    assertTrue(mentions(underIds, "y2"));
  }

  @Test
  void byDefaultNoListNamesAnyoneAndTheFindingsAreCounts() {
    FairnessReport report = Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger());
    assertEquals(List.of(), report.people());
    assertEquals(List.of(), report.payGaps());
    assertEquals(List.of(), report.outOfPocket());
    assertEquals(List.of(), report.contributorsWithoutReturn());
    assertEquals(List.of(), report.notInLedger());
    assertEquals(Optional.of(3), report.peoplePaidLess());
    assertEquals(Optional.of(0), report.peopleNotInLedger());
  }

  @Test
  void aCountFromOneToKMinusOneIsLeftOutWithItsTotal() {
    // One person (y2) gets nothing back and one is owed 12.50: with k = 3 neither number is given.
    FairnessReport report = Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger());
    assertEquals(Optional.empty(), report.peopleWithoutReturn());
    assertEquals(Optional.empty(), report.peopleOutOfPocket());
    assertEquals(Optional.empty(), report.outOfPocketTotal());
    assertTrue(report.figuresLeftOut());
  }

  @Test
  void withKOfOneEveryCountAndTheTotalAreGiven() {
    FairnessReport report =
        Fairness.assess(
            CareLeavers.initiative(),
            CareLeavers.ledger(),
            FairnessSettings.builder().minGroupSize(1).build());
    assertEquals(Optional.of(1), report.peopleWithoutReturn());
    assertEquals(Optional.of(1), report.peopleOutOfPocket());
    assertEquals(Optional.of(Money.of(1250, "GBP")), report.outOfPocketTotal());
    assertEquals(Optional.of(3), report.peoplePaidLess());
    assertFalse(report.figuresLeftOut());
  }

  @Test
  void aCountOfKIsGivenAndOneBelowKIsNot() {
    FairnessSettings three = FairnessSettings.builder().minGroupSize(3).build();
    FairnessSettings four = FairnessSettings.builder().minGroupSize(4).build();
    assertEquals(
        Optional.of(3),
        Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger(), three).peoplePaidLess());
    FairnessReport report = Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger(), four);
    assertEquals(Optional.empty(), report.peoplePaidLess());
    assertTrue(report.figuresLeftOut());
  }

  @Test
  void noneIsAlwaysGivenAsNone() {
    assertEquals(Optional.of(0), PersonFigures.shown(0, 3));
    assertEquals(Optional.empty(), PersonFigures.shown(1, 3));
    assertEquals(Optional.empty(), PersonFigures.shown(2, 3));
    assertEquals(Optional.of(3), PersonFigures.shown(3, 3));
    assertEquals(Optional.of(1), PersonFigures.shown(1, 1));
  }

  @Test
  void theSettingBringsTheRowsBackUnderPseudonymsThatFollowNeitherIdsNorInputOrder() {
    List<PersonReciprocity> underIds =
        Fairness.assessUnderIds(CareLeavers.initiative(), CareLeavers.ledger(), ROWS).people();
    Set<String> firstIdsPseudonym = new HashSet<>();
    for (int run = 0; run < 20; run++) {
      List<PersonReciprocity> rows =
          Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger(), ROWS).people();
      assertEquals(underIds.size(), rows.size());
      Set<String> names = new HashSet<>();
      for (PersonReciprocity row : rows) {
        assertTrue(row.participantId().matches("person-[0-9]+"), row.participantId());
        names.add(row.participantId());
      }
      assertEquals(underIds.size(), names.size());
      // The same figures, only renamed.
      assertEquals(withoutIds(underIds), withoutIds(rows));
      // Which pseudonym the first person in id order gets: the same row found by its figures.
      PersonReciprocity first = underIds.get(0);
      for (PersonReciprocity row : rows) {
        if (renamed(row, "x").equals(renamed(first, "x"))) {
          firstIdsPseudonym.add(row.participantId());
        }
      }
    }
    // Twenty reports give the first person more than one pseudonym: they do not follow ids.
    assertTrue(firstIdsPseudonym.size() > 1, firstIdsPseudonym.toString());
  }

  @Test
  void withTheSettingEveryListUsesThePseudonymsOfThePeopleRows() {
    for (int run = 0; run < 20; run++) {
      FairnessReport report = Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger(), ROWS);
      PseudonymCheck.agree(report);
      assertEquals(3, report.payGaps().size());
      assertEquals(1, report.outOfPocket().size());
      assertEquals(1, report.contributorsWithoutReturn().size());
      String json = Documents.write(report);
      for (String id : CareLeavers.initiative().participantIds()) {
        assertFalse(mentions(json, id), id);
      }
    }
  }

  @Test
  void participantsOutsideTheLedgerGetPseudonymsAfterThePeopleInIt() {
    var two =
        org.coproduction.core.ledger.ReciprocityLedger.builder()
            .id("small")
            .initiativeId("care-leavers")
            .currency("GBP")
            .participants(List.of("y1", "y2"))
            .addContributions(CareLeavers.hours("c1", "y1", 2))
            .build();
    FairnessReport report = Fairness.assess(CareLeavers.initiative(), two, ROWS);
    PseudonymCheck.agree(report);
    Set<String> people = new HashSet<>();
    report.people().forEach(p -> people.add(p.participantId()));
    assertEquals(Set.of("person-1", "person-2"), people);
    assertEquals(
        Set.of("person-3", "person-4", "person-5", "person-6", "person-7", "person-8"),
        new HashSet<>(report.notInLedger()));
  }

  /** The check that one report's lists agree with its people rows, shared with the properties. */
  static final class PseudonymCheck {
    private PseudonymCheck() {}

    static void agree(FairnessReport report) {
      Map<String, PersonReciprocity> rows = new HashMap<>();
      report.people().forEach(p -> rows.put(p.participantId(), p));
      for (PayGap gap : report.payGaps()) {
        PersonReciprocity row = rows.get(gap.participantId());
        assertEquals(row.hoursGiven(), gap.hoursGiven(), gap.participantId());
        assertEquals(
            row.feePerHour().orElse(Money.zero(report.currency())),
            gap.feePerHour(),
            gap.participantId());
      }
      for (OutOfPocket owed : report.outOfPocket()) {
        assertEquals(
            rows.get(owed.participantId()).expensesUnreimbursed(),
            owed.unreimbursed(),
            owed.participantId());
      }
      for (String name : report.contributorsWithoutReturn()) {
        assertEquals(0, rows.get(name).returnsReceived(), name);
      }
      List<String> outside = new ArrayList<>(report.notInLedger());
      outside.retainAll(rows.keySet());
      assertEquals(List.of(), outside);
    }
  }

  private static Set<PersonReciprocity> withoutIds(List<PersonReciprocity> rows) {
    Set<PersonReciprocity> out = new HashSet<>();
    rows.forEach(r -> out.add(renamed(r, "x")));
    return out;
  }

  private static PersonReciprocity renamed(PersonReciprocity row, String id) {
    return PersonReciprocity.builder().from(row).participantId(id).build();
  }
}
