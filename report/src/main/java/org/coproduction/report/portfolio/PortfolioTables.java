package org.coproduction.report.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.report.internal.content.Words;

/**
 * The portfolio's content as titled tables, the one content model that Markdown and HTML both
 * render, so the two say the same in the same words.
 */
final class PortfolioTables {
  /** A table: its heading, a sentence saying how to read it, column names and rows of cells. */
  record Table(String title, String intro, List<String> columns, List<List<String>> rows) {}

  private PortfolioTables() {}

  static String heading(PortfolioReport report) {
    return "Portfolio of " + Words.count(report.evaluations(), "evaluation", "evaluations");
  }

  static List<Table> of(PortfolioReport report) {
    int k = report.minimumInitiatives();
    List<Table> tables = new ArrayList<>();
    List<List<String>> spreads = new ArrayList<>();
    spreads.add(spread("overall", report.overall()));
    for (Map.Entry<JigsawArea, Distribution> area : report.areas().entrySet()) {
      spreads.add(spread("area: " + Words.area(area.getKey()), area.getValue()));
    }
    for (Map.Entry<String, Distribution> principle : report.principles().entrySet()) {
      spreads.add(spread("principle: " + principle.getKey(), principle.getValue()));
    }
    tables.add(
        new Table(
            "How scores are spread",
            "Conclusive scores of each initiative's latest round. A spread over fewer than "
                + k
                + " initiatives is withheld (-), since it would show each one's score.",
            List.of(
                "score",
                "initiatives",
                "lowest",
                "lower quartile",
                "median",
                "upper quartile",
                "highest"),
            spreads));
    tables.add(
        new Table(
            "Red flags that recur",
            "In how many initiatives each item is flagged red in the latest round.",
            List.of("item", "initiatives"),
            report.recurringFlags().stream()
                .map(f -> List.of(f.itemId(), String.valueOf(f.initiatives())))
                .toList()));
    tables.add(
        new Table(
            "Initiatives by overall score",
            "Only conclusive scores are ranked; an inconclusive score is listed without a rank"
                + " and is not compared. Agreement is Krippendorff's alpha (ordinal).",
            List.of("rank", "initiative", "evaluation", "overall", "status", "raters", "agreement"),
            report.initiatives().stream()
                .map(
                    r ->
                        List.of(
                            r.rank().map(String::valueOf).orElse("-"),
                            r.initiativeId(),
                            r.evaluationId(),
                            Words.number(r.overall()),
                            Words.status(r.status()),
                            String.valueOf(r.raters()),
                            r.agreement().map(Words::coefficient).orElse("-")
                                + (r.lowAgreement() ? " (low)" : "")))
                .toList()));
    tables.add(
        new Table(
            "Groups least heard",
            "In how many initiatives each interest group has no overall score that is shown:"
                + " nobody of the group answered, or too few to show.",
            List.of("group", "initiatives without their voice"),
            report.leastHeard().stream()
                .map(
                    g ->
                        List.of(
                            Words.group(g.group()),
                            g.initiativesWithoutTheirVoice() + " of " + report.evaluations()))
                .toList()));
    return tables;
  }

  private static List<String> spread(String name, Distribution d) {
    return List.of(
        name,
        String.valueOf(d.initiatives()),
        Words.number(d.lowest()),
        Words.number(d.lowerQuartile()),
        Words.number(d.median()),
        Words.number(d.upperQuartile()),
        Words.number(d.highest()));
  }
}
