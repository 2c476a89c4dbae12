package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.list;
import static org.coproduction.report.internal.content.Words.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.coproduction.checklist.Evidence;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.Stage;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Paragraph;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoringSettings;

/**
 * One section of the report model: a pure function of the evaluation report and the wording behind
 * its ids. {@link ReportContent} lists the sections in reading order; a new section is one more
 * subclass and one more line there, and every format (text, Markdown, HTML) shows it.
 */
abstract class SectionBuilder {
  final EvaluationReport report;
  final ReportTexts texts;
  final ScoreReport latest;
  final ScoringSettings settings;

  SectionBuilder(EvaluationReport report, ReportTexts texts) {
    this.report = report;
    this.texts = texts;
    this.latest = report.latest();
    this.settings = latest.settings();
  }

  /** The section's anchor, such as {@code red-flags}: HTML uses it as the section's id. */
  abstract String id();

  /** Whether the report has this section; every section but the change between rounds has. */
  boolean applies() {
    return true;
  }

  /** The section's content. */
  abstract Section build();

  /**
   * What the section covers in a report of several rounds, for the intro's sentence that says which
   * sections are about the latest round: most are; the change between rounds and the sections after
   * it say what they add.
   */
  Scope scope() {
    return Scope.THIS_ROUND;
  }

  /**
   * What one section or several cover, said of one section and of several, so the intro can join
   * neighbouring sections that cover the same.
   *
   * @param one after "section 15", such as "compares it with the first"
   * @param many after "sections 1 to 14", such as "are about this round"
   */
  record Scope(String one, String many) {
    static final Scope THIS_ROUND = new Scope("is about this round", "are about this round");
  }

  final Section section(String title, List<Block> blocks) {
    return new Section(id(), title, blocks);
  }

  /**
   * Evidence with the same finding is told once, with every record it was found in, so nine
   * meetings without a fee read as one line naming nine meetings. Meetings, decisions, suggestions,
   * stages, groups and bodies are named; participants are only counted, never named by id.
   */
  static List<String> evidence(List<Evidence> evidence) {
    Map<String, Map<Evidence.Kind, List<String>>> byFinding = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      byFinding
          .computeIfAbsent(e.finding(), f -> new LinkedHashMap<>())
          .computeIfAbsent(e.kind(), k -> new ArrayList<>())
          .add(ref(e));
    }
    List<String> lines = new ArrayList<>();
    byFinding.forEach(
        (finding, kinds) -> {
          List<String> where = new ArrayList<>();
          kinds.forEach(
              (kind, refs) ->
                  where.add(
                      kind == Evidence.Kind.PARTICIPANT
                          // A report is read by everyone in the room: people are counted, not
                          // named.
                          ? Words.count(refs.size(), "participant", "participants")
                          : kind(kind, refs.size()) + " " + list(refs)));
          lines.add(finding + " (" + String.join("; ", where) + ")");
        });
    return lines;
  }

  private static String ref(Evidence e) {
    try {
      switch (e.kind()) {
        case STAGE:
          return Words.stage(Stage.valueOf(e.ref()));
        case INTEREST_GROUP:
          return Words.group(InterestGroup.valueOf(e.ref()));
        default:
          return e.ref();
      }
    } catch (IllegalArgumentException notAConstant) {
      return e.ref();
    }
  }

  private static String kind(Evidence.Kind kind, int n) {
    switch (kind) {
      case INTEREST_GROUP:
        return n == 1 ? "group" : "groups";
      default:
        String word = Words.plain(kind);
        return n == 1 ? word : word + "s";
    }
  }

  // Shared pieces

  static Table scoreTable(String label, List<Row> rows) {
    return new Table(
        List.of(new Column(label, false), new Column("score", true), new Column("band", false)),
        rows,
        1);
  }

  static Row scoreRow(String label, Score score) {
    return new Row(
        List.of(label, number(score.value()), Words.bandOrStatus(score)),
        score.value().map(OptionalDouble::of).orElse(OptionalDouble.empty()));
  }

  static Paragraph para(String text) {
    return new Paragraph(text);
  }

  static String signed(double change) {
    return (change > 0 ? "+" : "") + number(change);
  }
}
