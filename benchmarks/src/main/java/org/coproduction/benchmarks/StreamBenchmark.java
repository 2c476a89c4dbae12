package org.coproduction.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads and scores 1,000,000 response sets streaming from one file, in a JVM with a 256 MiB heap:
 * far too little to hold them all, so the harness must stream. Each rater answered a twelve-item
 * survey of the built-in checklist; the file holds the raters of one initiative in a row, as an
 * export sorted by initiative gives them. By default there are 1,000 initiatives of 1,000 raters
 * (large yearly surveys); {@code -p ratersPerInitiative=10} makes 100,000 small ones, which costs
 * far more because scoring has a large fixed cost per initiative (see RESULTS.md).
 *
 * <p>The library writes the file with {@link Documents#writeLines} and streams it back with {@link
 * Documents#readAll(Path, Class)}, which reads one response set at a time; the harness scores each
 * initiative as soon as its last answer is read, so it holds one initiative's answers at a time.
 * Three cases:
 *
 * <ul>
 *   <li>{@code jsonLinesReadAndScore}: one document a line, and every initiative is scored. This is
 *       the target case, and the only one the default run of {@link Summary} includes; it prints
 *       how much of its time went on scoring.
 *   <li>{@code jsonLinesRead}: the same file, read only.
 *   <li>{@code jsonArrayRead}: the same documents as one JSON array, read only, to compare the two
 *       forms {@code readAll} reads with {@code jsonLinesRead}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StreamBenchmark {
  /** Response sets in the file. */
  public static final int SETS = 1_000_000;

  /** A file of response sets, made once per fork and deleted at its end. */
  @State(Scope.Benchmark)
  public abstract static class StreamFile {
    /** Raters per initiative, in a row in the file; it must divide 1,000,000. */
    @Param({"1000"})
    public int ratersPerInitiative;

    Path file;

    abstract Data.StreamFormat format();

    /**
     * Writes the file.
     *
     * @throws IOException when the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void write() throws IOException {
      if (SETS % ratersPerInitiative != 0) {
        throw new IllegalArgumentException("ratersPerInitiative must divide " + SETS);
      }
      file = make(format(), ratersPerInitiative);
    }

    /**
     * Deletes the file and reports the heap used.
     *
     * @throws IOException when the file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
      reportHeap();
    }
  }

  /** A JSON-lines file: one response set document a line. */
  public static class JsonLinesFile extends StreamFile {
    @Override
    Data.StreamFormat format() {
      return Data.StreamFormat.JSON_LINES;
    }
  }

  /** A file holding one JSON array of response set documents. */
  public static class JsonArrayFile extends StreamFile {
    @Override
    Data.StreamFormat format() {
      return Data.StreamFormat.JSON_ARRAY;
    }
  }

  private static Path make(Data.StreamFormat format, int ratersPerInitiative) throws IOException {
    long max = Runtime.getRuntime().maxMemory();
    if (max > 300L * 1024 * 1024) {
      throw new IllegalStateException(
          "this case must run with -Xmx256m, but the heap may grow to " + (max >> 20) + " MiB");
    }
    String suffix = format == Data.StreamFormat.JSON_LINES ? ".jsonl" : ".json";
    Path file = Files.createTempFile("coproduction-bench-", suffix);
    file.toFile().deleteOnExit();
    long start = System.nanoTime();
    Data.writeStream(file, format, SETS, ratersPerInitiative);
    System.out.printf(
        "%n[stream] wrote %,d response sets, %d per initiative (%,d bytes) to %s in %.1f s;"
            + " max heap %d MiB%n",
        SETS,
        ratersPerInitiative,
        Files.size(file),
        file,
        (System.nanoTime() - start) / 1e9,
        max >> 20);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    return file;
  }

  /** Prints an upper bound of the heap used while streaming: the sum of each heap pool's peak. */
  private static void reportHeap() {
    long peak = 0;
    List<String> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        long used = pool.getPeakUsage().getUsed();
        peak += used;
        pools.add(pool.getName() + " " + (used >> 20) + " MiB");
      }
    }
    System.out.printf(
        "%n[stream] peak heap used (sum of pool peaks) %d MiB of max %d MiB: %s%n",
        peak >> 20, Runtime.getRuntime().maxMemory() >> 20, String.join(", ", pools));
  }

  /** What a streamed run found, so the work cannot be optimised away and can be checked. */
  public static final class Totals {
    long sets;
    long initiatives;
    long answers;
    long redFlags;
    double overallSum;
    long scoringNanos;

    @Override
    public String toString() {
      return String.format(
          "%,d sets, %,d initiatives, %,d answers, %,d red flags, mean overall %.2f;"
              + " %.1f s of the operation went on scoring",
          sets, initiatives, answers, redFlags, overallSum / initiatives, scoringNanos / 1e9);
    }
  }

  /**
   * Scores each initiative when its last response set has been read, so it holds one initiative's
   * answers at most; or, when not scoring, only counts.
   */
  private static final class GroupScorer {
    private final Checklist checklist = BuiltInChecklist.get();
    private final List<ResponseSet> group = new ArrayList<>();
    private final Totals totals = new Totals();
    private final boolean scoring;

    GroupScorer(boolean scoring) {
      this.scoring = scoring;
    }

    void accept(ResponseSet set) {
      if (!group.isEmpty() && !group.get(0).initiativeId().equals(set.initiativeId())) {
        flush();
      }
      group.add(set);
      totals.sets++;
    }

    private void flush() {
      totals.initiatives++;
      totals.answers += group.stream().mapToLong(r -> r.answers().size()).sum();
      if (scoring) {
        long start = System.nanoTime();
        ScoreReport report = Scoring.score(checklist, group);
        totals.scoringNanos += System.nanoTime() - start;
        totals.redFlags += report.redFlags().size();
        totals.overallSum += report.overall().value().orElse(0.0);
      }
      group.clear();
    }

    Totals finish() {
      if (!group.isEmpty()) {
        flush();
      }
      if (totals.sets != SETS) {
        throw new IllegalStateException("read " + totals.sets + " response sets, not " + SETS);
      }
      return totals;
    }
  }

  private Totals last;

  /** Prints what the last operation read and scored, as a check that it did the work. */
  @TearDown(Level.Trial)
  public void printTotals() {
    System.out.printf("%n[stream] last operation: %s%n", last);
  }

  /**
   * Streams the JSON-lines file: the library reads one response set document at a time, and each
   * initiative is scored when its last response set has been read.
   *
   * @param in the file
   * @return what was read and scored
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public Totals jsonLinesReadAndScore(JsonLinesFile in) throws IOException {
    return last = stream(in.file, new GroupScorer(true));
  }

  /**
   * Streams the JSON-lines file and reads every response set, without scoring.
   *
   * @param in the file
   * @return what was read
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public Totals jsonLinesRead(JsonLinesFile in) throws IOException {
    return last = stream(in.file, new GroupScorer(false));
  }

  /**
   * Streams the JSON-array file: the library reads one element at a time. No scoring.
   *
   * @param in the file
   * @return what was read
   * @throws IOException when the file cannot be opened
   */
  @Benchmark
  public Totals jsonArrayRead(JsonArrayFile in) throws IOException {
    return last = stream(in.file, new GroupScorer(false));
  }

  private static Totals stream(Path file, GroupScorer scorer) throws IOException {
    try (Stream<ResponseSet> sets = Documents.readAll(file, ResponseSet.class)) {
      sets.forEach(scorer::accept);
    }
    return scorer.finish();
  }
}
