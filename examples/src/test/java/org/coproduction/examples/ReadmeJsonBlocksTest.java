package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every {@code json} block of the READMEs against the published JSON Schema of the document
 * it shows, and reads it with the library's own strict reader, so an example a reader copies is a
 * valid document. Blocks marked {@code <!-- not run: reason -->} are left out (see {@link
 * ReadmeBlocks}).
 *
 * <p>The README's JSON blocks are parts of a document, shown where the text explains them; each is
 * put into a whole document before it is checked:
 *
 * <ul>
 *   <li>a block that starts with {@code "frameworks"} is the list of an evaluation's own principle
 *       frameworks, each written as a principle framework document without {@code schemaVersion}:
 *       each element, with {@code schemaVersion} 1 added, is checked as a principle framework
 *       document;
 *   <li>a block that starts with {@code "scale"} is the answer scale part of a checklist document:
 *       it takes the place of the built-in checklist's {@code answerScale} line, and the whole
 *       checklist is checked;
 *   <li>a block that is a whole checklist document (it starts with <code>{</code> and has {@code
 *       "items"}) is checked as it stands; when the paragraph above it links a file of the
 *       repository, the block must be that file, word for word, so "this is the whole file" holds.
 * </ul>
 *
 * A block of another shape fails, asking for a rule here.
 */
class ReadmeJsonBlocksTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** The json blocks this test checks: every one not marked as not run. */
  static List<ReadmeBlocks.Block> blocksRun() {
    return ReadmeBlocks.ofLanguage("json").stream().filter(b -> b.notRun().isEmpty()).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyJsonBlockIsAValidPartOfTheDocumentItShows() {
    List<ReadmeBlocks.Block> blocks = blocksRun();
    assertFalse(blocks.isEmpty(), "no json blocks found");
    return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> check(b)));
  }

  private static void check(ReadmeBlocks.Block block) {
    String text = block.text().strip();
    if (text.startsWith("\"frameworks\"")) {
      String array = text.substring(text.indexOf('[')).strip();
      List<String> frameworks = elements(array);
      assertFalse(frameworks.isEmpty(), block.where() + ": no framework in the list");
      for (String framework : frameworks) {
        String document = "{ \"schemaVersion\" : 1, " + framework.strip().substring(1);
        checkDocument(
            block,
            document,
            "/org/coproduction/core/json-schema/principle-framework.schema.json",
            () -> Documents.read(document, PrincipleFramework.class));
      }
    } else if (text.startsWith("\"scale\"")) {
      String builtIn = Documents.write(BuiltInChecklist.get());
      String document =
          JsonText.replaceOnce(
              builtIn,
              "\"answerScale\" : [ \"YES\", \"PARTLY\", \"NO\", \"DONT_KNOW\", \"NOT_APPLICABLE\" ],",
              text);
      checkDocument(
          block,
          document,
          "/org/coproduction/checklist/json-schema/checklist.schema.json",
          () -> Documents.read(document, Checklist.class));
    } else if (text.startsWith("{") && text.contains("\"items\"")) {
      checkDocument(
          block,
          text,
          "/org/coproduction/checklist/json-schema/checklist.schema.json",
          () -> Documents.read(text, Checklist.class));
      linkedFileAbove(block)
          .ifPresent(
              file ->
                  assertEquals(
                      read(file).strip(),
                      text,
                      block.where() + " is said to be the whole of " + file + ", and is not"));
    } else {
      fail(
          block.where()
              + ": no rule in ReadmeJsonBlocksTest says which document this block is part of;"
              + " add one, or mark the block not run with the reason");
    }
  }

  /** The repository file linked in the paragraph just above a block, if there is one. */
  private static Optional<Path> linkedFileAbove(ReadmeBlocks.Block block) {
    List<String> lines;
    try {
      lines = Files.readAllLines(block.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Pattern link = Pattern.compile("\\]\\(([^)#\\s]+\\.json)\\)");
    for (int i = block.line() - 2; i >= 0 && !lines.get(i).startsWith("```"); i--) {
      if (lines.get(i).isBlank() && i < block.line() - 2) {
        break;
      }
      Matcher m = link.matcher(lines.get(i));
      if (m.find()) {
        return Optional.of(block.file().getParent().resolve(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkDocument(
      ReadmeBlocks.Block block, String document, String schema, Runnable reader) {
    try {
      reader.run();
    } catch (CoProductionException e) {
      fail(block.where() + ": the library refuses it: " + e.getMessage() + "\n" + document);
    }
    List<String> problems = new ArrayList<>();
    for (Error error : schema(schema).validate(document, InputFormat.JSON)) {
      problems.add(error.toString());
    }
    assertEquals(List.of(), problems, block.where() + ": " + schema + " refuses it");
  }

  private static Schema schema(String resource) {
    // Each schema is in the jar of the module that owns the document type.
    try (InputStream in =
        ClassLoader.getSystemClassLoader().getResourceAsStream(resource.substring(1))) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      Schema schema =
          REGISTRY.getSchema(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The top-level elements of a JSON array written as text, each as text. */
  static List<String> elements(String array) {
    List<String> elements = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    int start = -1;
    for (int i = 0; i < array.length(); i++) {
      char c = array.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
        if (depth == 2 && c == '{') {
          start = i;
        }
      } else if (c == ']' || c == '}') {
        if (depth == 2 && c == '}') {
          elements.add(array.substring(start, i + 1));
        }
        depth--;
      }
    }
    return elements;
  }

  @Test
  void theElementsOfAListAreFoundWhateverTheirTextHolds() {
    assertEquals(
        List.of("{ \"a\" : \"}]\" }", "{ \"b\" : [ { } ] }"),
        elements("[ { \"a\" : \"}]\" }, { \"b\" : [ { } ] } ]"));
  }
}
