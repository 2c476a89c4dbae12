package org.coproduction.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms the reader once took although it never writes them and the schemas refuse them: an empty
 * text or list in an optional date, a date and time in a date field, spaces around hours. Each is
 * refused now, with the path and what a value must look like.
 */
class NoLenientFormsTest {
  private static final String DATE = "must be a date written year-month-day, such as 2026-03-14";
  private static final String HOURS =
      "must be a length of time such as PT2H30M (2 hours 30 minutes) or PT45M (45 minutes)";

  private static String golden(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/golden", name), StandardCharsets.UTF_8);
  }

  private static String edit(String json, String from, String to) {
    String edited = json.replaceFirst(from, to);
    assertNotEquals(json, edited, "the edit missed " + from);
    return edited;
  }

  @ParameterizedTest(name = "started = {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"\"|" + DATE,
        "\" \"|" + DATE + ", with no spaces around it",
        "[]|" + DATE,
        "\"2025-01-14T10:00:00\"|" + DATE,
        "\" 2025-01-14 \"|" + DATE + ", with no spaces around it"
      })
  void anOptionalDateTakesOnlyADate(String value, String problem) throws IOException {
    String json =
        edit(golden("initiative.json"), "\"started\" : \"2025-01-14\"", "\"started\" : " + value);
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, Initiative.class));
    assertEquals("stages[0].started: " + problem, e.getMessage());
  }

  @ParameterizedTest(name = "hours = {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\" PT2H \"|" + HOURS + ", with no spaces around it",
        "\"PT2H \"|" + HOURS + ", with no spaces around it",
        "\"\"|" + HOURS,
        "[]|" + HOURS
      })
  void hoursTakeNoSpacesAndNoEmptyValue(String value, String problem) throws IOException {
    String json =
        edit(golden("reciprocity-ledger.json"), "\"hours\" : \"PT2H\"", "\"hours\" : " + value);
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Documents.read(json, ReciprocityLedger.class));
    assertEquals("contributions[0].hours: " + problem, e.getMessage());
  }
}
