package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar of a long batch, timed by a clock the test moves. */
class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong nanos = new AtomicLong();

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aShortRunDrawsNothing() {
    Progress progress = Progress.on(err, 3, nanos::get);
    nanos.set(900_000_000L);
    progress.fileDone();
    progress.fileDone();
    progress.finish();
    assertEquals("", written());
  }

  @Test
  void aLongRunDrawsTheBarInPlaceAndClearsItAtTheEnd() {
    Progress progress = Progress.on(err, 4, nanos::get);
    nanos.set(2_000_000_000L);
    progress.failed();
    progress.fileDone();
    String bar = "[#####...............] 1 of 4 files, 1 failed";
    assertEquals("\r" + bar, written());
    progress.finish();
    assertEquals("\r" + bar + "\r" + " ".repeat(bar.length()) + "\r", written());
  }

  @Test
  void aMessageClearsTheBarFirstSoItHasALineOfItsOwn() {
    Progress progress = Progress.on(err, 2, nanos::get);
    nanos.set(2_000_000_000L);
    progress.fileDone();
    progress.println("evaluate: a.json: no such file");
    String bar = "[##########..........] 1 of 2 files";
    assertEquals(
        "\r"
            + bar
            + "\r"
            + " ".repeat(bar.length())
            + "\r"
            + "evaluate: a.json: no such file"
            + System.lineSeparator(),
        written());
  }

  @Test
  void theBarIsRedrawnAtMostTenTimesASecond() {
    Progress progress = Progress.on(err, 100, nanos::get);
    nanos.set(2_000_000_000L);
    progress.fileDone();
    nanos.addAndGet(50_000_000L);
    progress.fileDone();
    assertEquals(1, written().chars().filter(c -> c == '[').count());
    nanos.addAndGet(60_000_000L);
    progress.fileDone();
    assertEquals(2, written().chars().filter(c -> c == '[').count());
  }

  @Test
  void offDrawsNothingButStillPrintsMessages() {
    Progress progress = Progress.off(err);
    progress.fileDone();
    progress.println("evaluate: done");
    progress.finish();
    assertEquals("evaluate: done" + System.lineSeparator(), written());
  }
}
