package org.coproduction.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.examples.Examples;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.portfolio.Portfolio;
import org.coproduction.report.portfolio.PortfolioReport;
import org.coproduction.report.portfolio.PortfolioText;
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

/**
 * The portfolio view over 10,000 evaluation reports: the initiatives of {@link BatchBenchmark}'s
 * national batch (3 to 12 raters each), each scored once in the set-up and wrapped in an evaluation
 * report that borrows the ladder and representation of the bundled dementia club example (the
 * portfolio reads neither). Measured: {@code Portfolio.of} alone, and with its Markdown.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PortfolioBenchmark {
  /** Evaluation reports in the portfolio. */
  public static final int REPORTS = 10_000;

  private List<EvaluationReport> reports;

  /** Scores the batch and wraps each initiative's scores in an evaluation report. */
  @Setup(Level.Trial)
  public void setUp() {
    Checklist checklist = BuiltInChecklist.get();
    EvaluationReport template = Evaluator.evaluate(Examples.load("dementia-club"));
    reports = new ArrayList<>(REPORTS);
    for (List<ResponseSet> group : Data.batch(REPORTS)) {
      reports.add(
          EvaluationReport.builder()
              .from(template)
              .evaluationId("evaluation-" + reports.size())
              .rounds(List.of(Scoring.score(checklist, group)))
              .build());
    }
    System.out.printf("%n[portfolio] %,d evaluation reports%n", reports.size());
  }

  /**
   * Builds the portfolio view.
   *
   * @return the view, so it is not optimised away
   */
  @Benchmark
  public PortfolioReport portfolio() {
    return Portfolio.of(reports);
  }

  /**
   * Builds the portfolio view and writes it as Markdown.
   *
   * @return the Markdown
   */
  @Benchmark
  public String portfolioMarkdown() {
    return PortfolioText.markdown(Portfolio.of(reports));
  }
}
