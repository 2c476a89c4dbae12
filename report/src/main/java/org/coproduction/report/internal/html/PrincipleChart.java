package org.coproduction.report.internal.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.internal.content.Content.Bar;
import org.coproduction.report.internal.content.Content.Category;
import org.coproduction.report.internal.content.Content.Chart;
import org.coproduction.report.internal.content.Content.Series;

/**
 * Draws a {@link Chart} as an inline SVG grouped bar chart: one group of bars per category (a
 * principle), one bar per series (an interest group that has raters). Every word and figure comes
 * from the chart's data; this class only places them. A group with no score is drawn as an empty
 * placeholder that says so, never as a bar, so the chart cannot be read as a score of zero. The
 * chart carries a title and a description for screen readers, text labels on every bar, and colours
 * from the Okabe and Ito palette, which stays distinct for the common kinds of colour blindness;
 * each bar also has a dark outline so its edge stands out from the white background whatever its
 * colour.
 */
@API(status = INTERNAL, since = "0.1")
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
   * The colour of a series' bars: for interest groups, cool blues for people who use services and
   * carers, green for the public, warm colours for the provider side; grey for any other series.
   *
   * @param key the series' key, an interest group's constant
   * @return a colour in {@code #rrggbb} form
   */
  static String colour(String key) {
    for (InterestGroup group : InterestGroup.values()) {
      if (group.name().equals(key)) {
        return colour(group);
      }
    }
    return "#595959";
  }

  private static String colour(InterestGroup group) {
    return switch (group) {
      case PEOPLE_WHO_USE_SERVICES -> "#0072B2";
      case FAMILY_AND_FRIENDS_WHO_CARE -> "#56B4E9";
      case MEMBERS_OF_THE_PUBLIC -> "#009E73";
      case PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES -> "#D55E00";
      case PEOPLE_WHO_WORK_IN_SERVICES -> "#E69F00";
    };
  }

  /**
   * Draws the chart.
   *
   * @param chart the chart's data
   * @return the {@code <svg>} element
   */
  static String svg(Chart chart) {
    List<Series> groups = chart.series();
    List<Category> principles = chart.categories();
    int bars = Math.max(groups.size(), 1);
    int groupWidth = bars * BAR_WIDTH + (bars - 1) * BAR_GAP;
    int plotWidth = principles.size() * groupWidth + (principles.size() + 1) * GROUP_GAP;
    int width = Math.max(LEFT + plotWidth + 16, 560);
    int labelLines = 1;
    List<List<String>> labels = new ArrayList<>();
    for (Category p : principles) {
      List<String> lines = wrap(p.name(), Math.max(8, (groupWidth + GROUP_GAP - 8) / 7));
      labels.add(lines);
      labelLines = Math.max(labelLines, lines.size());
    }
    int base = TOP + PLOT_HEIGHT;
    int legendTop = base + 16 + labelLines * LABEL_LINE + 24;
    int height = legendTop + groups.size() * LEGEND_ROW + 8;

    Html svg = new Html();
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
            chart.label(),
            "viewBox",
            "0 0 " + width + " " + height,
            "width",
            Integer.toString(width),
            "height",
            Integer.toString(height),
            "font-family",
            "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif")
        .raw("\n");
    svg.element("title", chart.title(), "id", "chart-title");
    svg.element("desc", chart.description(), "id", "chart-desc");
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
        chart.axis(),
        "transform",
        "translate(18 " + (TOP + PLOT_HEIGHT / 2) + ") rotate(-90)",
        "text-anchor",
        "middle",
        "font-size",
        "13",
        "fill",
        INK);

    for (int p = 0; p < principles.size(); p++) {
      Category principle = principles.get(p);
      int x0 = LEFT + GROUP_GAP + p * (groupWidth + GROUP_GAP);
      svg.open(
              "g",
              "class",
              "principle-group",
              "id",
              "principle-" + chart.key() + "-" + principle.key(),
              "data-framework",
              chart.key(),
              "data-principle",
              principle.key())
          .raw("\n");
      for (int b = 0; b < groups.size(); b++) {
        int x = x0 + b * (BAR_WIDTH + BAR_GAP);
        bar(svg, groups.get(b), principle.bars().get(b), x);
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
    for (Series group : groups) {
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
              colour(group.key()),
              "stroke",
              INK)
          .element(
              "text",
              group.name(),
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
    svg.close("g");
    svg.close("svg");
    return svg.toString();
  }

  private static void bar(Html svg, Series group, Bar bar, int x) {
    int cx = x + BAR_WIDTH / 2;
    if (bar.value().isPresent()) {
      double value = bar.value().getAsDouble();
      int top = y(value);
      // A score of 0 still gets a visible sliver, so it reads as "scored 0", not "missing".
      double barHeight = Math.max(2, TOP + PLOT_HEIGHT - top);
      svg.open(
              "rect",
              "class",
              "bar",
              "data-group",
              group.key(),
              "data-value",
              coordinate(value),
              "x",
              Integer.toString(x),
              "y",
              coordinate(TOP + PLOT_HEIGHT - barHeight),
              "width",
              Integer.toString(BAR_WIDTH),
              "height",
              coordinate(barHeight),
              "fill",
              colour(group.key()),
              "stroke",
              INK,
              "stroke-width",
              "1")
          .element("title", bar.title())
          .raw("</rect>\n");
      svg.element(
          "text",
          bar.label(),
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
    svg.open(
            "rect",
            "class",
            "bar-missing",
            "data-group",
            group.key(),
            "x",
            Integer.toString(x),
            "y",
            Integer.toString(TOP),
            "width",
            Integer.toString(BAR_WIDTH),
            "height",
            Integer.toString(PLOT_HEIGHT),
            "fill",
            "#ffffff",
            "stroke",
            "#595959",
            "stroke-dasharray",
            "4 3")
        .element("title", bar.title())
        .raw("</rect>\n");
    svg.element(
        "text",
        bar.label(),
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

  /** A coordinate to at most one decimal place. */
  private static String coordinate(double value) {
    return BigDecimal.valueOf(value)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
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
