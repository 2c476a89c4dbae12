package org.coproduction.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.checklist.records.RecordChecks;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One evaluation document (the file {@code evaluate} reads): a checklist of 60 items written
 * inline, the dementia club's records and 30 or 300 raters who answered every item. The plain
 * Jackson parse of its bytes is the floor any reader pays; the library's read adds binding and
 * every check; scoring works on the document once read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// On the shared two-core machine the times still fell after three 1-second warm-up iterations.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocumentBenchmark {
  /** Checklist items in the document. */
  public static final int ITEMS = 60;

  /** Raters who answered every item. */
  @Param({"30", "300"})
  public int raters;

  private final JsonMapper plain = JsonMapper.builder().build();
  private byte[] bytes;
  private Checklist checklist;
  private List<ResponseSet> responses;
  private List<RecordAnswer> records;

  /** Makes the document and reads it once, so the scoring cases start from the read document. */
  @Setup(Level.Trial)
  public void setUp() {
    String text = Documents.write(Data.evaluation(ITEMS, raters));
    bytes = text.getBytes(StandardCharsets.UTF_8);
    Evaluation evaluation = Documents.read(text, Evaluation.class);
    checklist = evaluation.checklistInUse();
    responses = evaluation.responses();
    records =
        RecordChecks.answer(evaluation.initiative(), RecordCheckSettings.defaults(), checklist);
    if (checklist.items().size() != ITEMS || responses.size() != raters) {
      throw new IllegalStateException("the document does not have the intended shape");
    }
    System.out.printf(
        "%n[document] %d items x %d raters: %,d bytes%n", ITEMS, raters, bytes.length);
  }

  /**
   * The floor: plain Jackson (a default {@link JsonMapper}) reads the document's bytes into a tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonParse() {
    return plain.readTree(bytes);
  }

  /**
   * The library reads the same bytes: strict parse, binding and every invariant (each answer
   * checked against the inline checklist, each round and rater against the records).
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation libraryRead() {
    Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    return Documents.read(reader, Evaluation.class);
  }

  /**
   * Scores the document's one review round: item, area, principle and overall scores, red flags,
   * breakdowns by group with suppression, tokenism and Krippendorff's alpha. What the records say
   * (answered once in set-up) goes in beside the raters.
   *
   * @return the report
   */
  @Benchmark
  public ScoreReport score() {
    return Scoring.score(checklist, responses, records);
  }
}
