package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.InitiativeGenerators;
import org.coproduction.core.ledger.LedgerGenerators;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.junit.jupiter.api.Test;

/**
 * Whatever a caller writes with the library, {@link Documents#readAll} gives back: every document,
 * equal, in order, in each of the input forms it reads.
 */
class DocumentsStreamProperties {
  /** Each example writes and reads up to six whole documents; 100 keeps the build quick. */
  private static final int EXAMPLES = 100;

  private static <T extends Document> List<T> readAll(String input, Class<T> type) {
    try (Stream<T> all = Documents.readAll(new StringReader(input), type)) {
      return all.collect(Collectors.toList());
    }
  }

  private static String lines(List<? extends Document> documents) {
    StringWriter out = new StringWriter();
    try {
      Documents.writeLines(documents, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void initiativesWrittenOneALineReadBackEqualAndInOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(InitiativeGenerators.initiatives()).ofSizeBetween(0, 6))
        .checkAssert(
            initiatives -> {
              String written = lines(initiatives);
              assertEquals(initiatives.size(), written.lines().count(), "one line each");
              assertEquals(initiatives, readAll(written, Initiative.class));
            });
  }

  @Test
  void anArrayOfWrittenDocumentsReadsBackEqualAndInOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(InitiativeGenerators.initiatives()).ofSizeBetween(0, 6))
        .checkAssert(
            initiatives -> {
              String array =
                  initiatives.stream()
                      .map(Documents::write)
                      .collect(Collectors.joining(",", "[", "]"));
              assertEquals(initiatives, readAll(array, Initiative.class));
            });
  }

  @Test
  void ledgersWrittenOneAfterAnotherReadBackEqualAndInOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(LedgerGenerators.ledgers()).ofSizeBetween(0, 6))
        .checkAssert(
            ledgers -> {
              String indented =
                  ledgers.stream().map(Documents::write).collect(Collectors.joining());
              assertEquals(ledgers, readAll(indented, ReciprocityLedger.class));
              assertEquals(ledgers, readAll(lines(ledgers), ReciprocityLedger.class));
            });
  }

  @Test
  void eachLineIsTheWrittenDocumentWithoutItsLayout() {
    qt().withExamples(EXAMPLES)
        .forAll(LedgerGenerators.ledgers())
        .checkAssert(
            ledger ->
                assertEquals(
                    withoutLayout(Documents.write(ledger)) + "\n", lines(List.of(ledger))));
  }

  /** JSON text without the whitespace between its tokens. */
  private static String withoutLayout(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
        inString = c == '"';
      }
    }
    return out.toString();
  }
}
