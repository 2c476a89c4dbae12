package org.coproduction.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;

/**
 * Issue 16's Spark benchmark: {@link TidyJob#write} over a national survey of 1,000,000 response
 * sets in Spark's local mode, with its wall time and peak heap. The survey is made up by {@link
 * SurveyData} (raters of three interest groups answering every item of the built-in checklist; 40
 * raters per initiative and round, every second initiative in two rounds, so 1,000,000 sets are
 * 16,667 initiatives and 25,000 scored groups) and written to {@code
 * target/tidy-job-benchmark/responses.jsonl} first, one document a line, as {@link ScoreResponses}
 * reads it on a cluster; nothing large is committed.
 *
 * <p>Only the job is timed: from reading the file to both tidy tables written as CSV, Spark's
 * session already started. The heap is sampled every 20 ms while the job runs (the peak of what was
 * in use, a lower bound), beside the sum of the heap pools' own peaks (an upper bound, as the pools
 * peak at different moments). In local mode the driver and the executors share this one JVM, so
 * that is the whole job's heap.
 *
 * <p>It is a plain program, not a JMH case: a run takes minutes, so it is one shot, and Spark in
 * JMH's forked JVM would need Spark's jars and its Java 17 options inside the benchmarks jar. Nor
 * is it a test: surefire runs only {@code *Test} and {@code *Properties} classes. Run it with the
 * {@code spark-benchmark} profile (README, "Benchmarks"); the argument is how many response sets.
 */
final class TidyJobBenchmark {
  private static final int RATERS = 40;

  private TidyJobBenchmark() {}

  /**
   * Generates the survey, runs the job once and prints the figures.
   *
   * @param args how many response sets (1,000,000 when not given)
   * @throws IOException when the survey or the tables cannot be written
   */
  public static void main(String[] args) throws IOException {
    int wanted = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    // Every pair of initiatives has three groups of raters: one initiative once, one in two rounds.
    int initiatives = (int) Math.ceil(wanted * 2.0 / (3 * RATERS));
    Path folder = Path.of("target", "tidy-job-benchmark");
    delete(folder);
    Files.createDirectories(folder);
    Path input = folder.resolve("responses.jsonl");
    Path output = folder.resolve("out");

    Checklist checklist = BuiltInChecklist.get();
    long[] written = {0};
    long generating = System.nanoTime();
    try (Writer out = Files.newBufferedWriter(input)) {
      int limit = wanted;
      SurveyData.forEach(
          checklist,
          initiatives,
          RATERS,
          set -> {
            if (written[0] < limit) {
              writeLine(set, out);
              written[0]++;
            }
          });
    }
    generating = System.nanoTime() - generating;
    System.out.printf(
        "survey: %,d response sets of %d items, %,d initiatives, %,d bytes, written in %.1f s%n",
        written[0], checklist.items().size(), initiatives, Files.size(input), generating / 1e9);

    long starting = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .appName("coproduction tidy job benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    starting = System.nanoTime() - starting;
    try {
      System.gc();
      List<MemoryPoolMXBean> heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long gcCountBefore = gcCount();
      long gcMillisBefore = gcMillis();
      AtomicLong peakUsed = new AtomicLong();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(
          () ->
              peakUsed.accumulateAndGet(
                  ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
          0,
          20,
          TimeUnit.MILLISECONDS);

      long cpu = processCpuNanos();
      long running = System.nanoTime();
      TidyJob.withBuiltInChecklist("benchmark")
          .write(spark.read().textFile(input.toString()), output.toString());
      running = System.nanoTime() - running;
      cpu = processCpuNanos() - cpu;

      sampler.shutdownNow();
      long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long gcs = gcCount() - gcCountBefore;
      long gcMillis = gcMillis() - gcMillisBefore;

      // What the job computed, counted after the clock stopped.
      Dataset<Row> scores = spark.read().option("header", "true").csv(output + "/scores");
      long groups = scores.select(col("initiative_id"), col("round_id")).distinct().count();
      long scoreRows = scores.count();
      long flagRows = spark.read().option("header", "true").csv(output + "/flags").count();

      System.out.printf(
          "java %s, %d processors, max heap %,d MiB, Spark %s in local[*], %s shuffle partitions%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          spark.version(),
          spark.conf().get("spark.sql.shuffle.partitions"));
      System.out.printf("Spark session started in %.1f s (not timed)%n", starting / 1e9);
      System.out.printf(
          "job: %.1f s wall time, %.1f s CPU time (all threads); %,d groups scored;"
              + " %,d score rows, %,d flag rows%n",
          running / 1e9, cpu / 1e9, groups, scoreRows, flagRows);
      System.out.printf(
          "heap: peak in use %,d MiB (sampled every 20 ms), heap pools' peaks summed %,d MiB;"
              + " %d collections taking %.1f s%n",
          peakUsed.get() >> 20, poolPeaks >> 20, gcs, gcMillis / 1e3);
    } finally {
      spark.stop();
    }
  }

  private static void writeLine(ResponseSet set, Writer out) {
    try {
      Documents.writeLines(List.of(set), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CPU time of the whole JVM: on a shared machine it suffers far less than wall time. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
