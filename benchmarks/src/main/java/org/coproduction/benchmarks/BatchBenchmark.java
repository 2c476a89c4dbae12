package org.coproduction.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A batch job over a national data set: 10,000 initiatives, each a small group of 3 to 12 raters
 * (75,000 or so response sets in all) who answered the built-in checklist of 36 items, scored one
 * initiative after another on one thread. The answers are in memory already; reading them is
 * measured by {@link StreamBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
// One operation takes tens of seconds; the first run measured was 2.7 times slower than the second.
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class BatchBenchmark {
  /** Initiatives in the batch. */
  public static final int INITIATIVES = 10_000;

  private Checklist checklist;
  private List<List<ResponseSet>> groups;

  /** Makes the batch. */
  @Setup(Level.Trial)
  public void setUp() {
    checklist = BuiltInChecklist.get();
    groups = Data.batch(INITIATIVES);
    long sets = groups.stream().mapToLong(List::size).sum();
    System.out.printf(
        "%n[batch] %,d initiatives, %,d response sets, %d items each%n",
        groups.size(), sets, checklist.items().size());
  }

  /**
   * Scores every initiative of the batch.
   *
   * @param blackhole takes each report, so none is optimised away
   */
  @Benchmark
  public void scoreAll(Blackhole blackhole) {
    for (List<ResponseSet> group : groups) {
      ScoreReport report = Scoring.score(checklist, group);
      blackhole.consume(report);
    }
  }
}
