package org.coproduction.examples;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error for a long batch: how many files of how many are done
 * and how many evaluations failed so far, redrawn in place. It appears only once a run has taken a
 * second, so short runs print nothing extra, and at most ten times a second. A message printed
 * while it shows first clears it, so messages never share a line with the bar.
 */
final class Progress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_EVERY_NANOS = 100_000_000L;
  private static final int WIDTH = 20;

  private final PrintStream err;
  private final int files;
  private final LongSupplier clock;
  private final long start;
  private final boolean enabled;
  private long drawnAt;
  private int lineLength;
  private int filesDone;
  private int failed;

  private Progress(PrintStream err, int files, LongSupplier clock, boolean enabled) {
    this.err = err;
    this.files = files;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.enabled = enabled;
  }

  /** A bar that draws when the run is long, timed by {@code clock} in nanoseconds. */
  static Progress on(PrintStream err, int files, LongSupplier clock) {
    return new Progress(err, files, clock, true);
  }

  /** No bar at all, for standard error that is not a terminal. */
  static Progress off(PrintStream err) {
    return new Progress(err, 0, () -> 0L, false);
  }

  void failed() {
    failed++;
  }

  void fileDone() {
    filesDone++;
    draw(false);
  }

  /** Prints a whole line on standard error, clearing the bar first. */
  void println(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  /** Removes the bar at the end of the run. */
  void finish() {
    clear();
  }

  private void draw(boolean force) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < SHOW_AFTER_NANOS || (!force && now - drawnAt < REDRAW_EVERY_NANOS)) {
      return;
    }
    drawnAt = now;
    int filled = files == 0 ? WIDTH : (int) ((long) WIDTH * filesDone / files);
    String line =
        "["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + filesDone
            + " of "
            + files
            + (files == 1 ? " file" : " files")
            + (failed == 0 ? "" : ", " + failed + " failed");
    err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())));
    err.flush();
    lineLength = line.length();
  }

  private void clear() {
    if (lineLength > 0) {
      err.print("\r" + " ".repeat(lineLength) + "\r");
      err.flush();
      lineLength = 0;
    }
  }
}
