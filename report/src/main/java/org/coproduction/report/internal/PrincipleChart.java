package org.coproduction.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.internal.ReportContext.FrameworkView;
import org.coproduction.report.internal.ReportContext.PrincipleView;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.SuppressionReason;
import org.coproduction.scoring.perspectives.Visibility;

/**
 * An inline SVG grouped bar chart of one framework's principle scores by interest group: one group
 * of bars per principle, one bar per interest group that has raters. A group hidden to protect
 * small numbers is drawn as a hatched placeholder that says so, never as a bar, so the chart cannot
 * be read as a score of zero. The chart carries a title and a description for screen readers, text
 * labels on every bar, and colours from the Okabe and Ito palette, which stays distinct for the
 * common kinds of colour blindness; each bar also has a dark outline so its edge stands out from
 * the white background whatever its colour.
 */
public final class PrincipleChart {
  private static final int LEFT = 64;
  private static final int TOP = 20;
  private static final int PLOT_HEIGHT = 250;
  private static final int BAR_WIDTH = 26;
  private static final int BAR_GAP = 4;
  private static final int GROUP_GAP = 36;
  private static final int LABEL_LINE = 16;
  private static final int LEGEND_ROW = 22;
  private static final String INK = "#1a1a1a";

  private PrincipleChart() {}

  /**
   * The colour of an interest group's bars: cool blues for people who use services and carers,
   * green for the public, warm colours for the provider side.
   *
   * @param group the interest group
   * @return a colour in {@code #rrggbb} form
   */
  public static String colour(InterestGroup group) {
    return switch (group) {
      case PEOPLE_WHO_USE_SERVICES -> "#0072B2";
      case FAMILY_AND_FRIENDS_WHO_CARE -> "#56B4E9";
      case MEMBERS_OF_THE_PUBLIC -> "#009E73";
      case PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES -> "#D55E00";
      case PEOPLE_WHO_WORK_IN_SERVICES -> "#E69F00";
    };
  }

  /**
   * The interest groups that get a place in the chart: those with at least one rater in the round.
   *
   * @param round the round's scores
   * @return the groups in their usual order
   */
  public static List<InterestGroup> groupsShown(ScoreReport round) {
    List<InterestGroup> groups = new ArrayList<>();
    for (GroupScore g : round.overall().byGroup().groups()) {
      if (g.visibility() != Visibility.NO_RATERS) {
        groups.add(g.group());
      }
    }
    return groups;
  }

  /**
   * The short label a hidden score carries in the chart.
   *
   * @param score the hidden group score
   * @param k the smallest group size shown
   * @return such as "suppressed: fewer than 3 raters"
   */
  public static String hiddenLabel(GroupScore score, int k) {
    if (score.visibility() == Visibility.NO_RATERS) {
      return "no answers";
    }
    SuppressionReason reason = score.suppression().orElse(SuppressionReason.FEWER_THAN_K);
    return switch (reason) {
      case FEWER_THAN_K -> "suppressed: fewer than " + k + " raters";
      case COMPLEMENTARY -> "suppressed: protects a small group";
      case TOTAL_WOULD_REVEAL -> "suppressed: would reveal a small group";
    };
  }

  /**
   * Draws the chart.
   *
   * @param round the round's scores
   * @param framework the framework whose principles make the bar groups
   * @return the {@code <svg>} element
   */
  public static String svg(ScoreReport round, FrameworkView framework) {
    int k = round.settings().minimumGroupSize();
    List<InterestGroup> groups = groupsShown(round);
    List<PrincipleView> principles = framework.principles();
    int bars = Math.max(groups.size(), 1);
    int groupWidth = bars * BAR_WIDTH + (bars - 1) * BAR_GAP;
    int plotWidth = principles.size() * groupWidth + (principles.size() + 1) * GROUP_GAP;
    int width = Math.max(LEFT + plotWidth + 16, 560);
    int labelLines = 1;
    List<List<String>> labels = new ArrayList<>();
    for (PrincipleView p : principles) {
      List<String> lines = wrap(p.name(), Math.max(8, (groupWidth + GROUP_GAP - 8) / 7));
      labels.add(lines);
      labelLines = Math.max(labelLines, lines.size());
    }
    int base = TOP + PLOT_HEIGHT;
    int legendTop = base + 16 + labelLines * LABEL_LINE + 24;
    int height = legendTop + (groups.size() + 1) * LEGEND_ROW + 8;

    Html svg = new Html();
    String label =
        "Bar chart: scores for each principle of "
            + framework.name()
            + ", one bar per interest group, on a scale of 0 to 100";
    svg.open(
            "svg",
            "xmlns",
            "http://www.w3.org/2000/svg",
            "class",
            "principle-chart",
            "role",
            "img",
            "aria-labelledby",
            "chart-title chart-desc",
            "aria-label",
            label,
            "viewBox",
            "0 0 " + width + " " + height,
            "width",
            Integer.toString(width),
            "height",
            Integer.toString(height),
            "font-family",
            "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif")
        .raw("\n");
    svg.element(
        "title", "Principle scores by interest group: " + framework.name(), "id", "chart-title");
    svg.element("desc", description(round, framework, groups, k), "id", "chart-desc");
    svg.raw(
        "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b0b0b0\" stroke-width=\"2\"/>"
            + "</pattern></defs>\n");
    svg.empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff").raw("\n");

    // Axis, gridlines at the band thresholds, and the axis title.
    for (int v = 0; v <= 100; v += 25) {
      int y = y(v);
      svg.empty(
              "line",
              "x1",
              Integer.toString(LEFT),
              "x2",
              Integer.toString(LEFT + plotWidth),
              "y1",
              Integer.toString(y),
              "y2",
              Integer.toString(y),
              "stroke",
              v == 0 ? INK : "#8a8a8a",
              "stroke-width",
              "1",
              "stroke-dasharray",
              v == 0 ? "none" : "3 4")
          .element(
              "text",
              Integer.toString(v),
              "x",
              Integer.toString(LEFT - 8),
              "y",
              Integer.toString(y + 4),
              "text-anchor",
              "end",
              "font-size",
              "12",
              "fill",
              INK);
    }
    svg.empty(
        "line",
        "x1",
        Integer.toString(LEFT),
        "x2",
        Integer.toString(LEFT),
        "y1",
        Integer.toString(TOP),
        "y2",
        Integer.toString(base),
        "stroke",
        INK,
        "stroke-width",
        "1");
    svg.element(
        "text",
        "Score (0 to 100)",
        "transform",
        "translate(18 " + (TOP + PLOT_HEIGHT / 2) + ") rotate(-90)",
        "text-anchor",
        "middle",
        "font-size",
        "13",
        "fill",
        INK);

    for (int p = 0; p < principles.size(); p++) {
      PrincipleView principle = principles.get(p);
      Optional<PrincipleScore> score = score(round, framework.id(), principle.id());
      int x0 = LEFT + GROUP_GAP + p * (groupWidth + GROUP_GAP);
      svg.open(
              "g",
              "class",
              "principle-group",
              "id",
              "principle-" + framework.id() + "-" + principle.id(),
              "data-framework",
              framework.id(),
              "data-principle",
              principle.id())
          .raw("\n");
      for (int b = 0; b < groups.size(); b++) {
        InterestGroup group = groups.get(b);
        int x = x0 + b * (BAR_WIDTH + BAR_GAP);
        Optional<GroupScore> gs = score.map(s -> s.score().byGroup().group(group));
        bar(svg, group, gs, x, k);
      }
      List<String> lines = labels.get(p);
      int cx = x0 + groupWidth / 2;
      svg.open(
          "text",
          "x",
          Integer.toString(cx),
          "y",
          Integer.toString(base + 22),
          "text-anchor",
          "middle",
          "font-size",
          "13",
          "font-weight",
          "600",
          "fill",
          INK);
      for (int i = 0; i < lines.size(); i++) {
        svg.element(
            "tspan",
            lines.get(i),
            "x",
            Integer.toString(cx),
            "dy",
            i == 0 ? "0" : Integer.toString(LABEL_LINE));
      }
      svg.close("text");
      svg.close("g");
    }

    // Legend: one swatch per group shown, and the placeholder for hidden scores.
    svg.open("g", "class", "legend").raw("\n");
    int row = 0;
    for (InterestGroup group : groups) {
      int y = legendTop + row * LEGEND_ROW;
      svg.empty(
              "rect",
              "x",
              Integer.toString(LEFT),
              "y",
              Integer.toString(y),
              "width",
              "16",
              "height",
              "16",
              "fill",
              colour(group),
              "stroke",
              INK)
          .element(
              "text",
              Words.capitalise(Words.group(group)),
              "x",
              Integer.toString(LEFT + 24),
              "y",
              Integer.toString(y + 13),
              "font-size",
              "13",
              "fill",
              INK);
      row++;
    }
    int y = legendTop + row * LEGEND_ROW;
    svg.empty(
            "rect",
            "x",
            Integer.toString(LEFT),
            "y",
            Integer.toString(y),
            "width",
            "16",
            "height",
            "16",
            "fill",
            "url(#hatch)",
            "stroke",
            "#595959",
            "stroke-dasharray",
            "3 2")
        .element(
            "text",
            "Hatched: score hidden to protect small numbers (suppressed: fewer than "
                + k
                + " raters)",
            "x",
            Integer.toString(LEFT + 24),
            "y",
            Integer.toString(y + 13),
            "font-size",
            "13",
            "fill",
            INK);
    svg.close("g");
    svg.close("svg");
    return svg.toString();
  }

  private static void bar(Html svg, InterestGroup group, Optional<GroupScore> score, int x, int k) {
    String name = Words.capitalise(Words.group(group));
    int cx = x + BAR_WIDTH / 2;
    if (score.isPresent() && score.get().visibility() == Visibility.SHOWN) {
      double value = score.get().value().orElseThrow();
      int top = y(value);
      // A score of 0 still gets a visible sliver, so it reads as "scored 0", not "missing".
      double barHeight = Math.max(2, TOP + PLOT_HEIGHT - top);
      svg.open(
              "rect",
              "class",
              "bar",
              "data-group",
              group.name(),
              "data-value",
              Words.number(value),
              "x",
              Integer.toString(x),
              "y",
              Words.number(TOP + PLOT_HEIGHT - barHeight),
              "width",
              Integer.toString(BAR_WIDTH),
              "height",
              Words.number(barHeight),
              "fill",
              colour(group),
              "stroke",
              INK,
              "stroke-width",
              "1")
          .element(
              "title",
              name
                  + ": "
                  + Words.number(value)
                  + " ("
                  + Words.count(score.get().raters().orElse(0), "rater", "raters")
                  + ")")
          .raw("</rect>\n");
      svg.element(
          "text",
          Words.number(value),
          "x",
          Integer.toString(cx),
          "y",
          Integer.toString(top - 5),
          "text-anchor",
          "middle",
          "font-size",
          "11",
          "fill",
          INK);
      return;
    }
    String label = score.map(s -> hiddenLabel(s, k)).orElse("no score");
    String reason = score.map(GroupScore::reason).orElse("no score for this principle");
    boolean suppressed = score.isPresent() && score.get().visibility() == Visibility.SUPPRESSED;
    svg.open(
            "rect",
            "class",
            suppressed ? "bar-suppressed" : "bar-missing",
            "data-group",
            group.name(),
            "x",
            Integer.toString(x),
            "y",
            Integer.toString(TOP),
            "width",
            Integer.toString(BAR_WIDTH),
            "height",
            Integer.toString(PLOT_HEIGHT),
            "fill",
            suppressed ? "url(#hatch)" : "#ffffff",
            "stroke",
            "#595959",
            "stroke-dasharray",
            "4 3")
        .element("title", name + ": " + reason)
        .raw("</rect>\n");
    svg.element(
        "text",
        label,
        "transform",
        "translate(" + (cx + 4) + " " + (TOP + PLOT_HEIGHT - 8) + ") rotate(-90)",
        "font-size",
        "11",
        "fill",
        INK,
        "paint-order",
        "stroke",
        "stroke",
        "#ffffff",
        "stroke-width",
        "3");
  }

  private static String description(
      ScoreReport round, FrameworkView framework, List<InterestGroup> groups, int k) {
    StringBuilder d =
        new StringBuilder("Scores from 0 to 100 for the ")
            .append(framework.principles().size())
            .append(" principles of ")
            .append(framework.name())
            .append(", one bar per interest group that took part. ");
    for (PrincipleView principle : framework.principles()) {
      Optional<PrincipleScore> score = score(round, framework.id(), principle.id());
      d.append(principle.name()).append(": ");
      List<String> parts = new ArrayList<>();
      for (InterestGroup group : groups) {
        Optional<GroupScore> gs = score.map(s -> s.score().byGroup().group(group));
        String value =
            gs.filter(g -> g.visibility() == Visibility.SHOWN)
                .map(g -> Words.number(g.value().orElseThrow()))
                .orElseGet(() -> gs.map(g -> hiddenLabel(g, k)).orElse("no score"));
        parts.add(Words.group(group) + " " + value);
      }
      d.append(parts.isEmpty() ? "no raters" : String.join("; ", parts)).append(". ");
    }
    return d.toString().trim();
  }

  private static Optional<PrincipleScore> score(
      ScoreReport round, String frameworkId, String principleId) {
    return round.principles().stream()
        .filter(s -> s.frameworkId().equals(frameworkId) && s.principleId().equals(principleId))
        .findFirst();
  }

  private static int y(double value) {
    return (int) Math.round(TOP + PLOT_HEIGHT - value / 100 * PLOT_HEIGHT);
  }

  /** Breaks a label into lines of at most {@code max} characters, at spaces. */
  static List<String> wrap(String text, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
