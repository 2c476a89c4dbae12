package org.coproduction.benchmarks;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's GC profiler and prints a short table (time and allocation per
 * operation) and the verdict on each target of issue 6, each a ratio of two figures from this run.
 *
 * <p>Takes JMH's own command-line options, so {@code Summary Document} runs one class and {@code
 * Summary -f 2} forks twice. The full results go to {@code jmh-result.json} beside the jar.
 */
public final class Summary {
  private Summary() {}

  private static final String PACKAGE = "org.coproduction.benchmarks.";

  /**
   * Runs the benchmarks and prints the summary.
   *
   * @param args JMH options; none runs every benchmark with its own defaults
   * @throws Exception when JMH cannot run
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    Path jar = Path.of(Summary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path json = jar.resolveSibling("jmh-result.json");
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      builder.include(PACKAGE.replace(".", "\\.") + ".*Benchmark");
      // Two more streams of 1,000,000 sets would add five minutes; run them by name when wanted.
      builder.exclude("StreamBenchmark\\.(jsonLinesRead|jsonArrayRead)$");
    }
    if (cli.getProfilers().isEmpty()) {
      builder.addProfiler(GCProfiler.class);
    }
    if (!cli.getResult().hasValue()) {
      builder.result(json.toString()).resultFormat(ResultFormatType.JSON);
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();
    print(results);
    System.out.println();
    System.out.println("Full results: " + options.getResult().orElse(json.toString()));
  }

  private static void print(Collection<RunResult> results) {
    System.out.println();
    System.out.println(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs, Java "
            + System.getProperty("java.vm.version")
            + " ("
            + System.getProperty("java.vm.name")
            + "), "
            + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    System.out.println();
    String format = "%-36s %-12s %14s %12s %12s%n";
    System.out.printf(format, "case", "param", "time/op", "± (99.9%)", "alloc/op");
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(
        (a, b) -> {
          int c = name(a).compareTo(name(b));
          return c != 0 ? c : param(a).compareTo(param(b));
        });
    for (RunResult r : sorted) {
      Result<?> primary = r.getPrimaryResult();
      System.out.printf(
          format,
          name(r),
          param(r),
          String.format(Locale.ROOT, "%.3f %s", primary.getScore(), primary.getScoreUnit()),
          Double.isNaN(primary.getScoreError())
              ? "-"
              : String.format(Locale.ROOT, "%.3f", primary.getScoreError()),
          alloc(r).map(Summary::bytes).orElse("-"));
    }

    System.out.println();
    System.out.println("Targets (issue 6), each a ratio of two figures from this run:");
    verdict(
        "scoring <= 0.2 x plain-Jackson parse (60 items x 30 raters)",
        ratio(results, "DocumentBenchmark.score", "30", "DocumentBenchmark.jacksonParse", "30"),
        0.2);
    verdict(
        "scoring <= 0.2 x plain-Jackson parse (60 items x 300 raters)",
        ratio(results, "DocumentBenchmark.score", "300", "DocumentBenchmark.jacksonParse", "300"),
        0.2);
    info(
        "  library read / plain-Jackson parse, 30 raters (not a target)",
        ratio(
            results,
            "DocumentBenchmark.libraryRead",
            "30",
            "DocumentBenchmark.jacksonParse",
            "30"));
    info(
        "  library read / plain-Jackson parse, 300 raters (not a target)",
        ratio(
            results,
            "DocumentBenchmark.libraryRead",
            "300",
            "DocumentBenchmark.jacksonParse",
            "300"));
    verdict(
        "10x the raters <= 11x the scoring time (300 vs 30)",
        ratio(results, "DocumentBenchmark.score", "300", "DocumentBenchmark.score", "30"),
        11);
    for (String stream : List.of("StreamBenchmark.jsonLinesReadAndScore")) {
      Optional<RunResult> r = find(results, stream, "");
      System.out.printf(
          "  %-66s %s%n",
          "1,000,000 response sets read and scored under -Xmx256m",
          r.map(
                  x ->
                      String.format(
                          Locale.ROOT,
                          "MET: completed, %.1f s/op",
                          nanos(x.getPrimaryResult()) / 1e9))
              .orElse("NO RESULT: not run, or it failed (see the log above)"));
    }
    verdict(
        "evaluate <= 3 x a hello-only JVM (wall time)",
        ratio(results, "StartupBenchmark.evaluate", "", "StartupBenchmark.helloJvm", ""),
        3);
    info(
        "  a JVM that only starts Jackson / hello (not a target)",
        ratio(results, "StartupBenchmark.jacksonHelloJvm", "", "StartupBenchmark.helloJvm", ""));
    info(
        "  evaluate with an AppCDS archive / hello (not a target)",
        ratio(results, "StartupBenchmark.evaluateAppCds", "", "StartupBenchmark.helloJvm", ""));
    info(
        "  evaluate with AppCDS, C1 only, serial GC / hello (not a target)",
        ratio(results, "StartupBenchmark.evaluateShortRun", "", "StartupBenchmark.helloJvm", ""));
  }

  private static void verdict(String target, Optional<Double> ratio, double limit) {
    System.out.printf(
        "  %-66s %s%n",
        target,
        ratio
            .map(
                x ->
                    String.format(
                        Locale.ROOT,
                        "%s: %.3f (limit %s)",
                        x <= limit ? "MET" : "MISSED",
                        x,
                        limit == Math.rint(limit) ? String.valueOf((long) limit) : limit))
            .orElse("NO RESULT: a case was not run or failed"));
  }

  private static void info(String what, Optional<Double> ratio) {
    System.out.printf(
        "  %-66s %s%n",
        what, ratio.map(x -> String.format(Locale.ROOT, "%.3f", x)).orElse("no result"));
  }

  private static Optional<Double> ratio(
      Collection<RunResult> results,
      String top,
      String topParam,
      String bottom,
      String bottomParam) {
    Optional<RunResult> a = find(results, top, topParam);
    Optional<RunResult> b = find(results, bottom, bottomParam);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(nanos(a.get().getPrimaryResult()) / nanos(b.get().getPrimaryResult()));
  }

  private static Optional<RunResult> find(
      Collection<RunResult> results, String name, String param) {
    return results.stream()
        .filter(r -> name(r).equals(name) && (param.isEmpty() || param(r).endsWith("=" + param)))
        .findFirst();
  }

  private static String name(RunResult r) {
    return r.getParams().getBenchmark().replace(PACKAGE, "");
  }

  private static String param(RunResult r) {
    BenchmarkParams p = r.getParams();
    return p.getParamsKeys().stream()
        .filter(k -> !p.getParam(k).isEmpty())
        .map(k -> k + "=" + p.getParam(k))
        .collect(Collectors.joining(","));
  }

  private static Optional<Double> alloc(RunResult r) {
    Result<?> result = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return result == null ? Optional.empty() : Optional.of(result.getScore());
  }

  /** A time per operation in nanoseconds, whatever unit JMH reported it in. */
  private static double nanos(Result<?> result) {
    String unit = result.getScoreUnit();
    String time = unit.substring(0, unit.indexOf('/'));
    switch (time) {
      case "ns":
        return result.getScore();
      case "us":
        return result.getScore() * 1e3;
      case "ms":
        return result.getScore() * 1e6;
      case "s":
        return result.getScore() * 1e9;
      default:
        throw new IllegalArgumentException("unknown unit " + unit);
    }
  }

  private static String bytes(double b) {
    String[] units = {"B", "KiB", "MiB", "GiB"};
    int u = 0;
    while (b >= 1024 && u < units.length - 1) {
      b /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
  }
}
