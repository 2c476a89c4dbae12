package org.coproduction.report.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;

/**
 * The readers' contract for the examples module's documents, as core's fuzz tests check it for
 * core's (test classes are not shared between modules): any text either reads, or is refused with
 * {@link CoProductionException} in domain words; what reads survives being written and read again.
 */
final class ExamplesReaderContract {
  private ExamplesReaderContract() {}

  static <T extends Document> void check(byte[] input, Class<T> type) {
    String json = new String(input, StandardCharsets.UTF_8);
    T first;
    try {
      first = Documents.read(json, type);
    } catch (CoProductionException refused) {
      assertFalse(refused.problem().isBlank(), "a refusal says what is wrong");
      assertFalse(
          refused.problem().startsWith("cannot be read"),
          () -> "a refusal in domain words, not a fallback: " + refused.getMessage());
      return;
    }
    String written = Documents.write(first);
    assertEquals(first, Documents.read(written, type), "written and read again, it is unchanged");
  }
}
