package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.internal.json.JsonSupport;
import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading many documents from one input: a JSON array of documents, or documents one after another.
 * Shown on the smallest document type; each refusal is checked word for word, since that is what a
 * researcher fixing a large file sees.
 */
class DocumentsStreamTest {
  /** A framework with the given id, on one line. */
  private static String framework(String id) {
    return "{\"schemaVersion\":1,\"id\":\""
        + id
        + "\",\"version\":\"1\",\"name\":\"Our values\",\"principles\":[{\"id\":\"a\",\"name\":\"Alpha\","
        + "\"description\":\"First.\",\"source\":{\"document\":\"x.txt\",\"section\":\"One\"}}]}";
  }

  private static final String FIRST = framework("first");
  private static final String SECOND = framework("second");
  private static final String THIRD = framework("third");

  /** A framework whose principle has an id that is not an id. */
  private static final String BROKEN = FIRST.replace("\"id\":\"a\"", "\"id\":\"A b\"");

  private static final String BAD_ID =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  private static List<String> ids(String input) {
    try (Stream<PrincipleFramework> all =
        Documents.readAll(new StringReader(input), PrincipleFramework.class)) {
      return all.map(PrincipleFramework::id).collect(Collectors.toList());
    }
  }

  private static String problem(String input) {
    return problem(input, JsonSupport.MAX_DOCUMENT_CHARS);
  }

  private static String problem(String input, long maxElementChars) {
    return assertThrows(
            CoProductionException.class,
            () -> {
              try (Stream<PrincipleFramework> all =
                  Documents.readAll(
                      new StringReader(input), PrincipleFramework.class, maxElementChars)) {
                all.forEach(f -> {});
              }
            })
        .getMessage();
  }

  @Test
  void readsDocumentsOneALine() {
    assertEquals(
        List.of("first", "second", "third"), ids(FIRST + "\n" + SECOND + "\n" + THIRD + "\n"));
    assertEquals(List.of("first", "second"), ids(FIRST + "\r\n\r\n" + SECOND));
  }

  @Test
  void readsIndentedDocumentsWrittenOneAfterAnother() {
    PrincipleFramework first = Documents.read(FIRST, PrincipleFramework.class);
    PrincipleFramework second = Documents.read(SECOND, PrincipleFramework.class);
    String concatenated = Documents.write(first) + Documents.write(second);
    try (Stream<PrincipleFramework> all =
        Documents.readAll(new StringReader(concatenated), PrincipleFramework.class)) {
      assertEquals(List.of(first, second), all.collect(Collectors.toList()));
    }
  }

  @Test
  void readsTheElementsOfAnArray() {
    assertEquals(
        List.of("first", "second", "third"), ids("[" + FIRST + "," + SECOND + "," + THIRD + "]"));
    assertEquals(
        List.of("first", "second"), ids("\n  [\n    " + FIRST + ",\n    " + SECOND + "\n  ]\n"));
  }

  @Test
  void anEmptyInputOrAnEmptyArrayGivesAnEmptyStream() {
    assertEquals(List.of(), ids(""));
    assertEquals(List.of(), ids(" \n\t\r\n"));
    assertEquals(List.of(), ids("[]"));
    assertEquals(List.of(), ids("\n [ \n ] \n"));
    assertEquals(List.of(), ids("\uFEFF"));
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
    assertEquals(List.of("first", "second"), ids("\uFEFF" + FIRST + "\n" + SECOND));
    assertEquals(List.of("first", "second"), ids("\uFEFF[" + FIRST + "," + SECOND + "]"));
    Path file = dir.resolve("saved-by-a-spreadsheet.jsonl");
    Files.write(file, ("\uFEFF" + FIRST + "\n" + SECOND + "\n").getBytes(StandardCharsets.UTF_8));
    try (Stream<PrincipleFramework> all = Documents.readAll(file, PrincipleFramework.class)) {
      assertEquals(
          List.of("first", "second"), all.map(PrincipleFramework::id).collect(Collectors.toList()));
    }
  }

  @Test
  void theElementsBeforeABrokenOneAreDeliveredBeforeTheStreamFails() {
    for (String input :
        List.of(
            FIRST + "\n" + SECOND + "\n" + BROKEN + "\n" + THIRD,
            "[" + FIRST + ",\n" + SECOND + ",\n" + BROKEN + ",\n" + THIRD + "]")) {
      try (Stream<PrincipleFramework> all =
          Documents.readAll(new StringReader(input), PrincipleFramework.class)) {
        Iterator<PrincipleFramework> it = all.iterator();
        assertEquals("first", it.next().id());
        assertEquals("second", it.next().id());
        CoProductionException refused = assertThrows(CoProductionException.class, it::next);
        assertEquals(
            "[2].principles[0].id: " + BAD_ID + " (element starts on line 3)",
            refused.getMessage());
        assertEquals("[2].principles[0].id", refused.path());
        assertFalse(it.hasNext(), "a refused element ends the stream");
      }
    }
  }

  @Test
  void theStreamReadsOnlyAsFarAsTheElementAskedFor() {
    String input = (FIRST + "\n").repeat(10_000);
    CountingReader reader = new CountingReader(input);
    try (Stream<PrincipleFramework> all = Documents.readAll(reader, PrincipleFramework.class)) {
      Iterator<PrincipleFramework> it = all.iterator();
      assertEquals(0, reader.read, "nothing is read before the first element is asked for");
      it.next();
      assertTrue(
          reader.read < 20_000, "read " + reader.read + " of " + input.length() + " characters");
    }
  }

  @Test
  void aProblemWithAnElementsContentHasItsIndexAndTheLineWhereItStarts() {
    assertEquals(
        "[1].schemaVersion: required field is missing (element starts on line 2)",
        problem(FIRST + "\n" + SECOND.replace("\"schemaVersion\":1,", "")));
    assertEquals(
        "[1].principles[0].colour: unknown field; known fields are description, id, name, source"
            + " (element starts on line 4)",
        problem(
            FIRST
                + "\n\n\n"
                + SECOND.replace("\"name\":\"Alpha\",", "\"name\":\"Alpha\",\"colour\":1,")));
    assertEquals(
        "[0].principles[0].id: " + BAD_ID + " (element starts on line 1)",
        problem("[" + BROKEN + "]"));
  }

  @Test
  void anElementThatIsNotAnObjectIsRefusedWithItsIndex() {
    assertEquals(
        "[1]: a principle framework document must be a JSON object, which starts with { (element starts on line 2)",
        problem(FIRST + "\n5\n" + SECOND));
    assertEquals(
        "[1]: a principle framework document must be a JSON object, which starts with { (element starts on line 1)",
        problem("[" + FIRST + ", \"text\"]"));
    assertEquals(
        "[2]: a principle framework document must be a JSON object, which starts with { (element starts on line 3)",
        problem(FIRST + "\n" + SECOND + "\n[" + THIRD + "]"));
  }

  @Test
  void anArrayThatIsNotClosedIsRefusedWithTheIndexOfTheElementBeingRead() {
    assertEquals(
        "[2]: not valid JSON at line 3, column 1: the text ends before a list is closed: a ] is"
            + " missing",
        problem("[" + FIRST + ",\n" + SECOND + "\n"));
    assertEquals(
        "[1]: not valid JSON at line 2, column 51: the text ends too early",
        problem(FIRST + "\n" + SECOND.substring(0, 50)));
    assertEquals(
        "[1]: not valid JSON at line 2, column "
            + SECOND.length()
            + ": the text ends before an object is closed: a } is missing",
        problem("[" + FIRST + ",\n" + SECOND.substring(0, SECOND.length() - 1)));
  }

  @Test
  void textBetweenOrAfterTheDocumentsIsRefusedWithWhereItIs() {
    assertEquals(
        "[1]: not valid JSON at line 2, column 1: a word that JSON does not know: text must be in"
            + " double quotes, and the only words without quotes are true, false and null",
        problem(FIRST + "\nxyz\n" + SECOND));
    assertEquals(
        "[1]: not valid JSON at line 2, column 1: expected a value here: text in double quotes, a"
            + " number, true, false, null, a list in [ ] or an object in { }",
        problem(FIRST + "\n,\n" + SECOND));
    assertEquals(
        "[1]: not valid JSON at line 2, column 1: expected a comma (,) before the next item, or ]"
            + " to end the list",
        problem("[" + FIRST + "\n" + SECOND + "]"));
    assertEquals(
        "[1]: not valid JSON at line 1, column "
            + (FIRST.length() + 1)
            + ": found } with nothing open for it to close",
        problem(FIRST + "}"));
  }

  @Test
  void contentAfterTheArrayIsRefused() {
    assertEquals(
        "[1]: not valid JSON at line 2, column 1: more content after the end of the array",
        problem("[" + FIRST + "]\n" + SECOND));
    assertEquals(
        "[0]: not valid JSON at line 1, column 4: more content after the end of the array",
        problem("[] []"));
  }

  @Test
  void aSyntaxErrorInsideAnElementSaysItsOwnLineAndColumn() {
    assertEquals(
        "[1]: not valid JSON at line 2, column 33: a field is given twice in this object",
        problem(FIRST + "\n{\"schemaVersion\":1,\"id\":\"a\",\"id\":\"b\"}"));
  }

  @Test
  void theLengthLimitAppliesToEachElementNotToTheInput() {
    // A small limit stands in for 16 MiB: exactly the length of FIRST, which SECOND passes by one.
    long limit = FIRST.length();
    assertEquals(limit + 1, SECOND.length());
    for (String input :
        List.of((FIRST + "\n").repeat(5), "[" + (FIRST + ",\n").repeat(4) + FIRST + "]")) {
      try (Stream<PrincipleFramework> all =
          Documents.readAll(new StringReader(input), PrincipleFramework.class, limit)) {
        assertEquals(5, all.count(), "the input is five times the limit, and it reads");
      }
    }
    String tooLong =
        "[1]: the principle framework document is longer than "
            + limit
            + " characters, too large to read safely (element starts on line 2)";
    assertEquals(tooLong, problem(FIRST + "\n" + SECOND + "\n" + THIRD, limit));
    assertEquals(tooLong, problem("[" + FIRST + ",\n" + SECOND + "]", limit));
  }

  @Test
  void anElementLongOnlyInItsValuesIsStillTooLong() {
    // No field names after the first: the length must be checked as values are read too.
    long limit = FIRST.length();
    String longList = "{\"x\":[" + "1,".repeat((int) limit) + "1]}";
    assertEquals(
        "[1]: the principle framework document is longer than "
            + limit
            + " characters, too large to read safely (element starts on line 2)",
        problem(FIRST + "\n" + longList, limit));
  }

  @Test
  void theNestingLimitAppliesToEachElementAsToOneDocument() {
    String deep64 = "[".repeat(64) + "]".repeat(64);
    String deep65 = "[".repeat(65) + "]".repeat(65);
    String notAnObject =
        "[1]: a principle framework document must be a JSON object, which starts with { (element starts on line 2)";
    String tooDeep =
        "[1]"
            + "[0]".repeat(65)
            + ": lists and objects are nested more than 64 deep here, too deep to read safely (at"
            + " line 2, column 65) (element starts on line 2)";
    assertEquals(notAnObject, problem(FIRST + "\n" + deep64));
    assertEquals(tooDeep, problem(FIRST + "\n" + deep65));
    assertEquals(notAnObject, problem("[" + FIRST + ",\n" + deep64 + "]"));
    assertEquals(tooDeep, problem("[" + FIRST + ",\n" + deep65 + "]"));
    assertEquals(
        "[0]"
            + "[0]".repeat(65)
            + ": lists and objects are nested more than 64 deep here, too deep to read safely (at"
            + " line 1, column 66) (element starts on line 1)",
        problem("[".repeat(10_000)));
  }

  @Test
  void theLimitsOnOneValueApplyInEachElement() {
    assertEquals(
        "[1].principles[0].description: this text is longer than 100,000 characters, too long to"
            + " read safely (at line 2, column 121) (element starts on line 2)",
        problem(FIRST + "\n" + SECOND.replace("First.", "x".repeat(100_001))));
    assertEquals(
        "[1]: this number has more than 100 digits, too many to read safely (at line 2, column 1)"
            + " (element starts on line 2)",
        problem(FIRST + "\n" + "1".repeat(200)));
  }

  @Test
  void closingTheStreamClosesTheFile(@TempDir Path dir) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc to see which files are open");
    Path file =
        Files.writeString(dir.resolve("frameworks.jsonl"), FIRST + "\n" + SECOND + "\n")
            .toRealPath();
    Stream<PrincipleFramework> all = Documents.readAll(file, PrincipleFramework.class);
    assertEquals("first", all.iterator().next().id());
    assertTrue(isOpen(fds, file), "open while the stream is");
    all.close();
    assertFalse(isOpen(fds, file), "closed with the stream");
  }

  private static boolean isOpen(Path fds, Path file) throws IOException {
    try (Stream<Path> open = Files.list(fds)) {
      return open.anyMatch(
          fd -> {
            try {
              return Files.readSymbolicLink(fd).equals(file);
            } catch (IOException | UnsupportedOperationException e) {
              return false; // the descriptor of the listing itself, closed by now
            }
          });
    }
  }

  @Test
  void closingTheStreamLeavesTheReaderOpen() {
    CountingReader reader = new CountingReader(FIRST);
    try (Stream<PrincipleFramework> all = Documents.readAll(reader, PrincipleFramework.class)) {
      assertEquals(1, all.count());
    }
    assertFalse(reader.closed, "the reader is its opener's to close");
  }

  @Test
  void aMissingFileIsAnIoErrorAtOnce(@TempDir Path dir) {
    assertThrows(
        NoSuchFileException.class,
        () -> Documents.readAll(dir.resolve("nope.jsonl"), PrincipleFramework.class));
  }

  @Test
  void aReaderThatFailsGivesAnUncheckedIoError() {
    IOException broken = new IOException("disk gone");
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw broken;
          }

          @Override
          public void close() {}
        };
    try (Stream<PrincipleFramework> all = Documents.readAll(failing, PrincipleFramework.class)) {
      UncheckedIOException thrown =
          assertThrows(UncheckedIOException.class, () -> all.forEach(f -> {}));
      assertSame(broken, thrown.getCause());
    }
  }

  @Test
  void aTypeWithoutDocumentTypeIsAProgrammingError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Documents.readAll(new StringReader(""), NotADocument.class));
  }

  private interface NotADocument extends Document {}

  @Test
  void writeLinesWritesEachDocumentCompactOnItsOwnLine() throws IOException {
    PrincipleFramework first = Documents.read(FIRST, PrincipleFramework.class);
    PrincipleFramework second = Documents.read(SECOND, PrincipleFramework.class);
    StringWriter out = new StringWriter();
    Documents.writeLines(List.of(first, second), out);
    // The fields in the order write gives them (sorted), without any space between tokens.
    assertEquals(
        "{\"schemaVersion\":1,\"id\":\"first\",\"name\":\"Our values\",\"principles\":[{"
            + "\"description\":\"First.\",\"id\":\"a\",\"name\":\"Alpha\",\"source\":{\"document\":"
            + "\"x.txt\",\"section\":\"One\"}}],\"version\":\"1\"}\n"
            + "{\"schemaVersion\":1,\"id\":\"second\",\"name\":\"Our values\",\"principles\":[{"
            + "\"description\":\"First.\",\"id\":\"a\",\"name\":\"Alpha\",\"source\":{\"document\":"
            + "\"x.txt\",\"section\":\"One\"}}],\"version\":\"1\"}\n",
        out.toString());
    StringWriter none = new StringWriter();
    Documents.writeLines(new ArrayList<PrincipleFramework>(), none);
    assertEquals("", none.toString());
  }

  /** A reader that counts what it hands out and remembers being closed. */
  private static final class CountingReader extends Reader {
    private final StringReader text;
    int read;
    boolean closed;

    CountingReader(String text) {
      this.text = new StringReader(text);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = text.read(buffer, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
