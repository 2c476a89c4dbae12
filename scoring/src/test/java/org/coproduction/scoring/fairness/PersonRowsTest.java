package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, route 5: the JSON report listed hours and fees per person by participant id, so where
 * ids are guessable a reader learnt what each person was paid.
 */
class PersonRowsTest {
  private static final FairnessSettings ROWS = FairnessSettings.builder().personRows(true).build();

  @Test
  void byDefaultTheReportHasNoPerPersonRows() {
    FairnessReport report = Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger());
    assertEquals(List.of(), report.people());
    String json = Documents.write(report);
    for (PersonReciprocity row :
        Fairness.assessUnderIds(
                CareLeavers.initiative(), CareLeavers.ledger(), FairnessSettings.defaults())
            .people()) {
      assertFalse(
          json.contains(
              "\"participantId\" : \"" + row.participantId() + "\",\n      \"paidBySalary"));
    }
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

  private static Set<PersonReciprocity> withoutIds(List<PersonReciprocity> rows) {
    Set<PersonReciprocity> out = new HashSet<>();
    rows.forEach(r -> out.add(renamed(r, "x")));
    return out;
  }

  private static PersonReciprocity renamed(PersonReciprocity row, String id) {
    return PersonReciprocity.builder().from(row).participantId(id).build();
  }
}
