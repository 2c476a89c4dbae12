package org.coproduction.report.internal.content;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.report.internal.content.Words.count;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.Source;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.fairness.FairnessReport;

/**
 * Turns an {@link EvaluationReport} into the {@link Content} that the text, Markdown and HTML
 * reports lay out: what a provider reads first (red flags), then the scores, the views of each
 * group, what the records say, the ladder, fairness, representation and, with two rounds, the
 * change between them, and a closing note on what made the report. Each section is built by its own
 * class, listed below in reading order; to add a section, write one more {@link SectionBuilder} and
 * add it to the list. Everything here is the report's own figures put into words; nothing is worked
 * out afresh except which record answers disagree with the raters, by the same 50-point rule the
 * red flags use.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportContent {
  /** The number of the section that compares rounds; every section before it is always there. */
  static final int TREND_SECTION = 15;

  /** The number of the section on what the records say, where every finding is listed. */
  static final int RECORDS_SECTION = 9;

  /** The post that asked for the checklist, cited by its title, author and date. */
  private static final Source CHECKLIST_SOURCE =
      Source.of("police-post-2016", "The Co-production Police and accountability");

  private ReportContent() {}

  /**
   * The content of a report.
   *
   * @param report the evaluation report
   * @param texts the wording behind its ids
   * @return the content, in reading order
   */
  public static Content of(EvaluationReport report, ReportTexts texts) {
    List<SectionBuilder> builders =
        List.of(
            new FlagSection(report, texts),
            new OverallSection(report, texts),
            new PrinciplesSection(report, texts),
            new AreasSection(report, texts),
            new GroupsSection(report, texts),
            new SidesSection(report, texts),
            new TokenismSection(report, texts),
            new AgreementSection(report, texts),
            new RecordsSection(report, texts),
            new LadderSection(report, texts),
            new FairnessSection(report, texts),
            new RepresentationSection(report, texts),
            new CommentsSection(report, texts),
            new YouSaidWeDidSection(report, texts),
            new TrendSection(report, texts),
            new CrosswalkSection(report, texts),
            new ActionsSection(report, texts));
    List<Section> sections = new ArrayList<>();
    List<SectionBuilder.Scope> scopes = new ArrayList<>();
    for (SectionBuilder builder : builders) {
      if (builder.applies()) {
        sections.add(builder.build());
        scopes.add(builder.scope());
      }
    }
    return new Content(
        Words.REPORT,
        report.title(),
        intro(report, texts, scopes),
        List.copyOf(sections),
        closing(report, texts));
  }

  /**
   * What made the report and from what, and why the checklist exists at all: the "co-production
   * police" post asked for a best-practice list that everybody involved scores. That reason is
   * given for the built-in checklist and checklists derived from it, not for an instrument of
   * another origin such as one's own questionnaire.
   */
  private static List<String> closing(EvaluationReport report, ReportTexts texts) {
    ScoreReport latest = report.latest();
    String made =
        "Made by coproduction from the evaluation '"
            + report.evaluationId()
            + "' with checklist "
            + latest.checklist().id()
            + " "
            + latest.checklist().version();
    boolean police =
        latest.checklist().id().equals(BuiltInChecklist.ID)
            || texts
                .checklist()
                .map(c -> c.basedOn().map(b -> b.id().equals(BuiltInChecklist.ID)).orElse(false))
                .orElse(true);
    if (!police) {
      return List.of(made + ".");
    }
    return List.of(
        made
            + ". The checklist is the best-practice list that everybody involved scores, so the"
            + " provider can see how well its process works ("
            + CHECKLIST_SOURCE
            + ").");
  }

  /**
   * Which sections are about the latest round and what the others add, from the sections present,
   * neighbouring sections that cover the same joined: "Sections 1 to 14 are about this round;
   * section 15 compares it with the first."
   */
  static String whatSectionsCover(List<SectionBuilder.Scope> scopes) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (from < scopes.size()) {
      int to = from;
      while (to + 1 < scopes.size() && scopes.get(to + 1).equals(scopes.get(from))) {
        to++;
      }
      SectionBuilder.Scope scope = scopes.get(from);
      parts.add(
          from == to
              ? "section " + (from + 1) + " " + scope.one()
              : "sections "
                  + (from + 1)
                  + (to == from + 1 ? " and " : " to ")
                  + (to + 1)
                  + " "
                  + scope.many());
      from = to + 1;
    }
    String sentence = String.join("; ", parts) + ".";
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static List<String> intro(
      EvaluationReport report, ReportTexts texts, List<SectionBuilder.Scope> scopes) {
    ScoreReport latest = report.latest();
    ScoringSettings settings = latest.settings();
    List<String> intro = new ArrayList<>();
    intro.add(report.description());
    String round = latest.reviewRoundId().map(id -> "review round " + id).orElse("one round");
    String checklist = latest.checklist().id() + " " + latest.checklist().version();
    if (report.rounds().size() == 1) {
      intro.add(
          "Scored: "
              + round
              + ", "
              + count(latest.raters(), "rater", "raters")
              + ", checklist "
              + checklist
              + ".");
    } else {
      intro.add(
          "Scored: "
              + round
              + ", the latest of "
              + report.rounds().size()
              + " rounds, "
              + count(latest.raters(), "rater", "raters")
              + ", checklist "
              + checklist
              + ". "
              + whatSectionsCover(scopes));
    }
    intro.add(
        "Scores run from 0 to 100: "
            + ScaleWording.of(latest, texts).values()
            + ". Below "
            + Words.threshold(settings.startingOutFrom())
            + " is not there yet, from "
            + Words.threshold(settings.startingOutFrom())
            + " starting out, from "
            + Words.threshold(settings.onTheWayFrom())
            + " on the way and from "
            + Words.threshold(settings.goingStrongFrom())
            + " going strong.");
    boolean answersLeftOut = report.rounds().stream().anyMatch(ScoreReport::answersLeftOut);
    if (answersLeftOut
        || report.representation().figuresLeftOut()
        || report.fairness().map(FairnessReport::figuresLeftOut).orElse(false)) {
      intro.add(Words.leftOut(settings.minimumGroupSize()));
    }
    return intro;
  }
}
