package org.coproduction.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks that a fuzz test's committed seed inputs say what they are: each {@code valid-*} input
 * reads, each {@code broken-*} input is refused. A seed named for the wrong outcome would leave the
 * fuzzer starting from somewhere other than the README says.
 */
public final class SeedInputs {
  private SeedInputs() {}

  /**
   * Reads every input in {@code folder} with {@code read}.
   *
   * @param folder the seed folder, e.g. {@code
   *     .../ScoreReportFuzzTestInputs/anyTextReadsOrIsRefused}
   * @param read reads one input's text, throwing {@code refusal} when it refuses it
   * @param refusal the exception the library refuses a document with
   */
  public static void assertNamedForTheirOutcome(
      Path folder, Consumer<String> read, Class<? extends Throwable> refusal) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(files.isEmpty(), "no inputs in " + folder);
    for (Path file : files) {
      String name = file.getFileName().toString();
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertTrue(name.startsWith("valid-") || name.startsWith("broken-"), name);
      if (name.startsWith("valid-")) {
        assertDoesNotThrow(() -> read.accept(text), name);
      } else {
        assertThrows(refusal, () -> read.accept(text), name);
      }
    }
  }
}
