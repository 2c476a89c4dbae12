package org.coproduction.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.junit.jupiter.api.Test;

/**
 * The problems the fuzz tests found, with the exact message each input now gets. The inputs are the
 * {@code regression-*} files in the fuzz tests' corpora, which the fuzz tests replay too.
 */
class FuzzFindingsTest {
  private static final Path INPUTS =
      Path.of("src", "test", "resources", "org", "coproduction", "core", "fuzz");

  private static <T extends Document> String problem(String target, String file, Class<T> type)
      throws IOException {
    Path input = INPUTS.resolve(target + "Inputs").resolve("anyTextReadsOrIsRefused").resolve(file);
    String json = Files.readString(input, StandardCharsets.UTF_8);
    return assertThrows(CoProductionException.class, () -> Documents.read(json, type)).getMessage();
  }

  @Test
  void aWholeNumberTooLargeForItsFieldIsRefusedWithItsPath() throws IOException {
    assertEquals(
        "meetings[0].noticeDays: must be a whole number between minus and plus 2,147,483,647 (about 2 billion)",
        problem("InitiativeFuzzTest", "regression-notice-days-beyond-int.json", Initiative.class));
    assertEquals(
        "expenseClaims[0].claimed.minorUnits: must be a whole number between minus and plus"
            + " 9,223,372,036,854,775,807 (about 9 billion billion)",
        problem(
            "ReciprocityLedgerFuzzTest",
            "regression-money-beyond-long.json",
            ReciprocityLedger.class));
  }

  @Test
  void theMostNegativeHoursAreRefusedInDomainWords() throws IOException {
    assertEquals(
        "contributions[0].hours: must be 0 hours or more, was -2562047788015215 hours 30 minutes 8 seconds",
        problem(
            "ReciprocityLedgerFuzzTest",
            "regression-hours-most-negative.json",
            ReciprocityLedger.class));
  }
}
