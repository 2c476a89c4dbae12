package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.internal.content.Content.Bar;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Category;
import org.coproduction.report.internal.content.Content.Chart;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Paragraph;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Series;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.report.internal.content.ReportTexts.FrameworkView;
import org.coproduction.report.internal.content.ReportTexts.PrincipleView;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;

/**
 * The principle scores by interest group, as data: a chart of the first framework the checklist
 * maps its items to (the national guide's four principles for the built-in checklist), one bar per
 * interest group that has raters, which only HTML draws; and a table of the same figures for every
 * framework, which every format shows. A group hidden to protect small numbers keeps its place with
 * the reason instead of a value, so neither can be read as a score of zero.
 */
final class ChartContent {
  private ChartContent() {}

  /**
   * The chart for the latest round.
   *
   * @param latest the latest round's scores
   * @param texts the framework and principle names
   * @return the chart, or empty when no framework has principles or nobody answered
   */
  static Optional<Chart> principlesByGroup(ScoreReport latest, ReportTexts texts) {
    Optional<FrameworkView> first =
        texts.frameworks().stream().filter(f -> !f.principles().isEmpty()).findFirst();
    List<InterestGroup> groups = groupsShown(latest);
    if (first.isEmpty() || groups.isEmpty()) {
      return Optional.empty();
    }
    FrameworkView framework = first.get();
    List<Series> series = new ArrayList<>();
    for (InterestGroup group : groups) {
      series.add(new Series(group.name(), Words.capitalise(Words.group(group))));
    }
    List<Category> categories = categories(latest, framework, groups);
    StringBuilder description =
        new StringBuilder("Scores from 0 to 100 for the ")
            .append(framework.principles().size())
            .append(" principles of ")
            .append(framework.name())
            .append(", one bar per interest group that took part.");
    for (Category category : categories) {
      List<String> said = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        said.add(Words.group(groups.get(g)) + " " + category.bars().get(g).label());
      }
      description
          .append(' ')
          .append(category.name())
          .append(": ")
          .append(String.join("; ", said))
          .append('.');
    }
    ScoringSettings settings = latest.settings();
    return Optional.of(
        new Chart(
            framework.id(),
            "Principle scores by interest group: " + framework.name(),
            "Bar chart: scores for each principle of "
                + framework.name()
                + ", one bar per interest group, on a scale of 0 to 100",
            description.toString(),
            "Score (0 to 100)",
            "Dashed lines mark the bands: below "
                + Words.threshold(settings.startingOutFrom())
                + " not there yet, from "
                + Words.threshold(settings.startingOutFrom())
                + " starting out, from "
                + Words.threshold(settings.onTheWayFrom())
                + " on the way, from "
                + Words.threshold(settings.goingStrongFrom())
                + " going strong. The same figures are in the table of "
                + framework.name()
                + " below.",
            List.copyOf(series),
            List.copyOf(categories)));
  }

  /**
   * The principle scores of every framework by interest group, as tables that every format shows: a
   * line naming the framework, then one row per principle and one column per interest group that
   * took part, with the chart's wording for a score that is hidden or missing.
   *
   * @param latest the latest round's scores
   * @param texts the framework and principle names
   * @return a name and a table for each framework with principles; none when nobody answered
   */
  static List<Block> tablesByGroup(ScoreReport latest, ReportTexts texts) {
    List<InterestGroup> groups = groupsShown(latest);
    List<Block> blocks = new ArrayList<>();
    if (groups.isEmpty()) {
      return blocks;
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("principle", false));
    for (InterestGroup group : groups) {
      columns.add(new Column(Words.group(group), true));
    }
    for (FrameworkView framework : texts.frameworks()) {
      if (framework.principles().isEmpty()) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      for (Category category : categories(latest, framework, groups)) {
        List<String> cells = new ArrayList<>();
        cells.add(category.name());
        category.bars().forEach(bar -> cells.add(bar.label()));
        rows.add(new Row(List.copyOf(cells), OptionalDouble.empty()));
      }
      blocks.add(new Paragraph(framework.name() + ":"));
      blocks.add(new Table(List.copyOf(columns), List.copyOf(rows), -1));
    }
    return blocks;
  }

  /** One category per principle of the framework, with one bar per group in the given order. */
  private static List<Category> categories(
      ScoreReport latest, FrameworkView framework, List<InterestGroup> groups) {
    List<Category> categories = new ArrayList<>();
    for (PrincipleView principle : framework.principles()) {
      Optional<PrincipleScore> score = score(latest, framework.id(), principle.id());
      List<Bar> bars = new ArrayList<>();
      for (InterestGroup group : groups) {
        bars.add(bar(group, score.map(s -> s.score().byGroup().group(group))));
      }
      categories.add(new Category(principle.id(), principle.name(), List.copyOf(bars)));
    }
    return categories;
  }

  /** The interest groups that get a place in the chart: those with at least one rater. */
  private static List<InterestGroup> groupsShown(ScoreReport round) {
    List<InterestGroup> groups = new ArrayList<>();
    for (GroupScore g : round.overall().byGroup().groups()) {
      if (g.visibility() != Visibility.NO_RATERS) {
        groups.add(g.group());
      }
    }
    return groups;
  }

  private static Bar bar(InterestGroup group, Optional<GroupScore> score) {
    String name = Words.capitalise(Words.group(group));
    if (score.isPresent() && score.get().visibility() == Visibility.SHOWN) {
      double value = score.get().value().orElseThrow();
      return new Bar(
          OptionalDouble.of(value),
          number(value),
          name
              + ": "
              + number(value)
              + " ("
              + Words.count(score.get().raters().orElse(0), "rater", "raters")
              + ")");
    }
    if (score.isEmpty()) {
      return new Bar(OptionalDouble.empty(), "no score", name + ": no score");
    }
    return new Bar(OptionalDouble.empty(), "no raters", name + ": no raters");
  }

  private static Optional<PrincipleScore> score(
      ScoreReport round, String frameworkId, String principleId) {
    return round.principles().stream()
        .filter(s -> s.frameworkId().equals(frameworkId) && s.principleId().equals(principleId))
        .findFirst();
  }
}
