package org.coproduction.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.SourceCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The source catalogue's seed inputs for fuzzing say what they are: each {@code valid-*} input
 * reads, and each {@code broken-*} input is refused with the message a reader should see.
 */
class SourceCatalogueInputsTest {
  private static final Path INPUTS =
      Path.of(
          "src/test/resources/org/coproduction/core/fuzz/SourceCatalogueFuzzTestInputs",
          "anyTextReadsOrIsRefused");

  @Test
  void validInputsReadAndBrokenOnesAreRefusedInPlainWords() throws IOException {
    Map<String, String> outcomes = new TreeMap<>();
    try (Stream<Path> files = Files.list(INPUTS)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        if (name.startsWith("valid-")) {
          Documents.read(json, SourceCatalogue.class);
        } else {
          outcomes.put(
              name,
              assertThrows(
                      CoProductionException.class,
                      () -> Documents.read(json, SourceCatalogue.class),
                      name)
                  .getMessage());
        }
      }
    }
    String date = "must be a year, a month or a day, written 2016, 2016-06 or 2016-06-16";
    Map<String, String> expected = new TreeMap<>();
    expected.put("broken-date-as-words.json", "publications[0].date: " + date);
    expected.put("broken-date-not-a-day.json", "publications[1].date: " + date);
    expected.put(
        "broken-duplicate-key.json",
        "publications[1].key: duplicate id 'riverside-policy-2024', already used at index 0 of this"
            + " list");
    expected.put(
        "broken-key-format.json",
        "publications[0].key: must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting"
            + " with a letter or digit");
    expected.put(
        "broken-nobody-named.json",
        "publications[0].author: a work needs an author or an organisation, so a reader can find"
            + " it");
    expected.put("broken-publications-empty.json", "publications: must name at least one work");
    expected.put(
        "broken-schema-version-2.json",
        "schemaVersion: this release reads source catalogue documents of schema version 1, this"
            + " one is version 2");
    expected.put(
        "broken-truncated.json",
        "line 1, column 151: not valid JSON: the text ends inside text in quotes: a closing \" is"
            + " missing");
    expected.put(
        "broken-unknown-field.json",
        "publications[0].url: unknown field; known fields are author, date, key, organisation,"
            + " publishedIn, title, updated, webAddress");
    expected.put(
        "broken-updated-before-date.json", "publications[0].updated: must be later than the date");
    expected.put(
        "broken-web-address-without-scheme.json",
        "publications[0].webAddress: must be a web address starting with http:// or https://");
    assertEquals(expected, outcomes);
  }
}
