package org.coproduction.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;

/**
 * Walks a score report and collects every score in it under a path-like key, so properties can
 * compare two reports score by score.
 */
final class ReportWalk {
  private ReportWalk() {}

  /** Every score (0 to 100) in the report: item, aggregate, group and side values. */
  static Map<String, Optional<Double>> scores(ScoreReport report) {
    Map<String, Optional<Double>> out = new LinkedHashMap<>();
    eachScore(report, (key, score) -> out.put(key, score));
    return out;
  }

  /** Every gap between the sides. */
  static Map<String, Optional<Double>> gaps(ScoreReport report) {
    Map<String, Optional<Double>> out = new LinkedHashMap<>();
    eachBreakdown(report, (key, b) -> out.put(key + ".gap", b.gap()));
    return out;
  }

  /**
   * Everything a score's meaning depends on besides its number: statuses, bands, visibility and
   * suppression reasons, used items, flags and tokenism, agreement.
   */
  static Map<String, Object> states(ScoreReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ItemScore item : report.items()) {
      out.put("items." + item.itemId() + ".status", item.status());
      out.put("items." + item.itemId() + ".raters", item.raters());
      out.put("items." + item.itemId() + ".spread", item.spread());
    }
    eachAggregate(
        report,
        (key, score) -> {
          out.put(key + ".status", score.status());
          out.put(key + ".band", score.band());
          out.put(key + ".raters", score.raters());
          out.put(key + ".inputs", score.inputs());
          out.put(key + ".agreement", score.agreement());
          out.put(key + ".warnings", score.warnings());
        });
    eachBreakdown(
        report,
        (key, b) -> {
          for (GroupScore g : b.groups()) {
            out.put(key + "." + g.group() + ".visibility", g.visibility());
            out.put(key + "." + g.group() + ".raters", g.raters());
          }
          out.put(key + ".lived.groups", b.livedExperience().groups());
          out.put(key + ".provider.groups", b.provider().groups());
        });
    for (RedFlag flag : report.redFlags()) {
      out.put("redFlags." + flag.itemId(), flag.triggers());
      out.put("redFlags." + flag.itemId() + ".noShare", flag.noShare());
    }
    out.put("redFlags.order", report.redFlags().stream().map(RedFlag::itemId).toList());
    out.put("tokenism", report.tokenism());
    return out;
  }

  static void eachScore(ScoreReport report, BiConsumer<String, Optional<Double>> visit) {
    for (ItemScore item : report.items()) {
      visit.accept("items." + item.itemId(), item.value());
    }
    eachAggregate(report, (key, score) -> visit.accept(key, score.value()));
    eachBreakdown(
        report,
        (key, b) -> {
          for (GroupScore g : b.groups()) {
            visit.accept(key + "." + g.group(), g.value());
          }
          visit.accept(key + ".lived", b.livedExperience().value());
          visit.accept(key + ".provider", b.provider().value());
        });
    for (TokenismSignal t : report.tokenism()) {
      visit.accept("tokenism." + t.itemId() + ".provider", Optional.of(t.provider()));
      visit.accept("tokenism." + t.itemId() + ".lived", Optional.of(t.livedExperience()));
    }
  }

  static void eachAggregate(ScoreReport report, BiConsumer<String, Score> visit) {
    visit.accept("overall", report.overall());
    for (AreaScore area : report.areas()) {
      visit.accept("areas." + area.area(), area.score());
    }
    for (PrincipleScore p : report.principles()) {
      visit.accept("principles." + p.frameworkId() + "." + p.principleId(), p.score());
    }
  }

  static void eachBreakdown(ScoreReport report, BiConsumer<String, Breakdown> visit) {
    for (ItemScore item : report.items()) {
      visit.accept("items." + item.itemId() + ".byGroup", item.byGroup());
    }
    eachAggregate(report, (key, score) -> visit.accept(key + ".byGroup", score.byGroup()));
  }
}
