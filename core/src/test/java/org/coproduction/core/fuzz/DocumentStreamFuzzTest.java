package org.coproduction.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link Documents#readAll(java.io.Reader, Class)}, the reader of many documents in one
 * input, on the smallest document type. Without {@code JAZZER_FUZZ} this replays the committed
 * inputs under {@code src/test/resources/org/coproduction/core/fuzz/DocumentStreamFuzzTestInputs/}
 * as ordinary tests; with it, Jazzer searches for inputs that break the contract: any input either
 * streams to its end or is refused with {@link CoProductionException}, at the index of the element
 * after the last one delivered. The timeout turns a hang into a failure in both modes.
 */
class DocumentStreamFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    List<PrincipleFramework> delivered = new ArrayList<>();
    try (Stream<PrincipleFramework> all =
        Documents.readAll(new StringReader(json), PrincipleFramework.class)) {
      all.forEach(delivered::add);
    } catch (CoProductionException refused) {
      String index = "[" + delivered.size() + "]";
      assertTrue(
          refused.path().equals(index)
              || refused.path().startsWith(index + ".")
              || refused.path().startsWith(index + "["),
          () ->
              "a refusal names the element after the last delivered, "
                  + index
                  + ": "
                  + refused.getMessage());
      assertFalse(
          refused.problem().startsWith("cannot be read"),
          () -> "a refusal in domain words, not a fallback: " + refused.getMessage());
      assertFalse(
          refused.problem().startsWith("not valid JSON:"),
          () -> "a syntax error names its line: " + refused.getMessage());
      return;
    }
    assertOneDocumentReadsAlike(json, delivered);
    assertEquals(delivered, readAll(lines(delivered)), "written one a line, they read back equal");
    String array =
        delivered.stream().map(Documents::write).collect(Collectors.joining(",", "[", "]"));
    assertEquals(delivered, readAll(array), "written as an array, they read back equal");
  }

  /** An input that {@code read} takes as one document streams as exactly that document. */
  private static void assertOneDocumentReadsAlike(String json, List<PrincipleFramework> delivered) {
    PrincipleFramework alone;
    try {
      alone = Documents.read(json, PrincipleFramework.class);
    } catch (CoProductionException e) {
      return;
    }
    assertEquals(List.of(alone), delivered, "one document streams as itself");
  }

  private static List<PrincipleFramework> readAll(String json) {
    try (Stream<PrincipleFramework> all =
        Documents.readAll(new StringReader(json), PrincipleFramework.class)) {
      return all.collect(Collectors.toList());
    }
  }

  private static String lines(List<PrincipleFramework> documents) {
    StringWriter out = new StringWriter();
    try {
      Documents.writeLines(documents, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
