package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's rules that hold for every document type, shown on the smallest one. Each error class
 * is checked for its exact path and message, since those are what a person fixing a file sees.
 */
class DocumentsTest {
  private static final String GOOD =
      """
      {"schemaVersion":1,"id":"our-values","version":"1","name":"Our values","principles":[
        {"id":"a","name":"Alpha","description":"First.","source":{"document":"x.txt","section":"One"}},
        {"id":"b","name":"Beta","description":"Second.","source":{"document":"x.txt","section":"Two"}}]}""";

  private static String problem(String json) {
    return assertThrows(
            CoProductionException.class, () -> Documents.read(json, PrincipleFramework.class))
        .getMessage();
  }

  @Test
  void aValidDocumentReadsAndWritesBackUnchanged() {
    PrincipleFramework framework = Documents.read(GOOD, PrincipleFramework.class);
    assertEquals("our-values", framework.id());
    assertEquals(2, framework.principles().size());
    String written = Documents.write(framework);
    assertTrue(written.startsWith("{\n  \"schemaVersion\" : 1,"), written);
    assertEquals(framework, Documents.read(written, PrincipleFramework.class));
    assertEquals(written, Documents.write(Documents.read(written, PrincipleFramework.class)));
  }

  @Test
  void readsFromReadersAndFiles(@TempDir Path dir) throws IOException {
    PrincipleFramework framework = Documents.read(new StringReader(GOOD), PrincipleFramework.class);
    StringWriter out = new StringWriter();
    Documents.write(framework, out);
    Path file = dir.resolve("framework.json");
    Files.writeString(file, out.toString());
    assertEquals(framework, Documents.read(file, PrincipleFramework.class));
  }

  @Test
  void aMissingFileIsAnIoErrorNotAModelError(@TempDir Path dir) {
    assertThrows(
        IOException.class,
        () -> Documents.read(dir.resolve("nope.json"), PrincipleFramework.class));
  }

  @Test
  void unknownFieldIsNamedWithTheKnownOnes() {
    assertEquals(
        "principles[1].colour: unknown field; known fields are description, id, name, source",
        problem(GOOD.replace("\"name\":\"Beta\",", "\"name\":\"Beta\",\"colour\":\"red\",")));
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertEquals(
        "principles[1].name: required field is missing",
        problem(GOOD.replace("\"name\":\"Beta\",", "")));
  }

  @Test
  void nullIsRefused() {
    assertEquals(
        "principles[1].name: must not be null",
        problem(GOOD.replace("\"name\":\"Beta\",", "\"name\":null,")));
  }

  @Test
  void wrongKindOfValueSaysWhatWasExpected() {
    assertEquals(
        "principles[1].name: wrong kind of value: expected text",
        problem(GOOD.replace("\"name\":\"Beta\",", "\"name\":7,")));
    assertEquals(
        "principles: wrong kind of value: expected a list",
        problem(GOOD.replace("\"principles\":[", "\"principles\":{\"x\":[").replace("]}", "]}}")));
  }

  @Test
  void brokenInvariantOfANestedValueGetsTheFullPath() {
    assertEquals(
        "principles[1].id: duplicate id 'a', already used at index 0 of this list",
        problem(GOOD.replace("\"id\":\"b\"", "\"id\":\"a\"")));
    assertEquals(
        "principles[0].source.section: must not be blank",
        problem(GOOD.replace("\"section\":\"One\"", "\"section\":\"  \"")));
  }

  @Test
  void malformedIdIsRefusedWithoutRepeatingIt() {
    String message = problem(GOOD.replace("\"id\":\"b\"", "\"id\":\"Jane Smith\""));
    assertEquals(
        "principles[1].id: must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with"
            + " a letter or digit",
        message);
  }

  @Test
  void schemaVersionIsRequiredAndChecked() {
    assertEquals(
        "schemaVersion: required field is missing",
        problem(GOOD.replace("\"schemaVersion\":1,", "")));
    assertEquals("schemaVersion: must be a whole number", problem(GOOD.replace(":1,", ":\"1\",")));
    assertEquals(
        "schemaVersion: this release reads principle framework documents of schema version 1, this"
            + " one is version 2",
        problem(GOOD.replace("\"schemaVersion\":1,", "\"schemaVersion\":2,")));
    assertEquals(1, Documents.schemaVersion(PrincipleFramework.class));
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
    PrincipleFramework framework = Documents.read("\uFEFF" + GOOD, PrincipleFramework.class);
    Path file = dir.resolve("saved-by-a-spreadsheet.json");
    Files.write(file, ("\uFEFF" + GOOD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(framework, Documents.read(file, PrincipleFramework.class));
    assertEquals(
        framework, Documents.read(new StringReader("\uFEFF" + GOOD), PrincipleFramework.class));
  }

  @Test
  void aDocumentMustBeAnObject() {
    assertEquals(
        "a principle framework document must be a JSON object, which starts with {",
        problem("[1, 2]"));
  }

  @Test
  void brokenJsonSaysWhereWithoutEchoingText() {
    String message = problem(GOOD.substring(0, 60));
    assertTrue(message.startsWith("line 1, column "), message);
    assertTrue(message.contains("not valid JSON"), message);
    assertEquals(
        "line 1, column 33: not valid JSON: a field is given twice in this object",
        problem("{\"schemaVersion\":1,\"id\":\"a\",\"id\":\"b\"}"));
    String trailing = problem(GOOD + " {}");
    assertTrue(
        trailing.endsWith("not valid JSON: more content after the end of the document"), trailing);
  }

  @Test
  void hostileNestingIsRefusedBeforeItIsBuilt() {
    assertEquals(
        "[0]".repeat(65)
            + ": lists and objects are nested more than 64 deep here, too deep to read safely (at"
            + " line 1, column 65)",
        problem("[".repeat(10_000)));
  }

  @Test
  void hostileStringLengthIsRefused() {
    String huge = "x".repeat(200_000);
    String message = problem(GOOD.replace("First.", huge));
    assertEquals(
        "principles[0].description: this text is longer than 100,000 characters, too long to read"
            + " safely (at line 2, column 42)",
        message);
  }

  @Test
  void aTypeWithoutDocumentTypeIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> Documents.schemaVersion(NotADocument.class));
  }

  private interface NotADocument extends Document {}
}
