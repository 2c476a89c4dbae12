package org.coproduction.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coproduction.core.Documents;
import org.coproduction.examples.Examples;
import org.coproduction.report.Evaluation;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A researcher's batch: the {@code evaluate} command over a folder of 1,000 evaluation files of the
 * bundled examples' size, in one run (one JVM), against the same command over one of those files.
 * Each operation starts a fresh {@code java} process, as {@link StartupBenchmark} does, and writes
 * the combined CSV table to a temporary file. The cost of one more file, after start-up, is {@code
 * (manyFiles - oneFile) / 999}.
 *
 * <p>The files are the four bundled examples written over and over under new ids (84 to 160 KB
 * each), made once in set-up and deleted at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ManyFilesBenchmark {
  /** Files in the folder. */
  public static final int FILES = 1_000;

  private static final String EVALUATE = StartupBenchmark.EVALUATE;

  private Path dir;
  private Path folder;
  private Path output;

  /**
   * Writes the folder of evaluation files.
   *
   * @throws IOException when a file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("coproduction-bench-many");
    folder = Files.createDirectory(dir.resolve("evaluations"));
    output = dir.resolve("all.csv");
    List<String> names = Examples.names();
    long bytes = 0;
    for (int i = 0; i < FILES; i++) {
      Evaluation example = Examples.load(names.get(i % names.size()));
      String id = String.format("%s-%04d", example.id(), i);
      Evaluation copy = Evaluation.builder().from(example).id(id).build();
      Path file = folder.resolve(id + ".json");
      Files.writeString(file, Documents.write(copy));
      bytes += Files.size(file);
    }
    System.out.printf("%n[many files] %,d files, %,d bytes in %s%n", FILES, bytes, folder);
  }

  /**
   * Deletes the files.
   *
   * @throws IOException when one cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * Scores one file of the folder into a CSV table.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int oneFile() throws IOException, InterruptedException {
    Path first = folder.resolve("dementia-club-0000.json");
    return ChildJava.run(
        ChildJava.thisJava(),
        List.of(),
        EVALUATE,
        List.of(first.toString(), "--format", "csv", "--output", output.toString()));
  }

  /**
   * Scores the whole folder, 1,000 files, into one CSV table in one run.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int manyFiles() throws IOException, InterruptedException {
    return ChildJava.run(
        ChildJava.thisJava(),
        List.of(),
        EVALUATE,
        List.of(folder.toString(), "--format", "csv", "--output", output.toString()));
  }
}
