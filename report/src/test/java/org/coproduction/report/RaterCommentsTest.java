package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.internal.content.OwnWords;
import org.coproduction.scoring.ScoringSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Raters' comments in the report: under their item, by interest group, without who wrote them, only
 * where the group's answers count, never when turned off, and harmless in every format however
 * hostile the text. The dementia club's raters wrote a few comments; two of them come from the two
 * people who commission and run services, a group the disclosure rule hides.
 */
class RaterCommentsTest {
  private static final String SHOWN = "Nobody here treats me as a patient.";
  private static final List<String> HIDDEN =
      List.of(
          "The grant runs for two years; after that we have to find money again.",
          "Our contracts do not yet ask how providers work with people.",
          "We only kept going because the coordinator worked for nothing at first.");

  private static final List<ReportFormat> EVERY = List.of(ReportFormat.values());

  private static String render(
      ReportFormat format, Evaluation evaluation, EvaluationReport report) {
    return format.render(report, evaluation.checklistInUse());
  }

  /** Whether a format shows a comment; text wraps lines, so white space is evened out first. */
  private static boolean shows(String rendered, String comment) {
    return rendered.replaceAll("\\s+", " ").contains(comment);
  }

  @Test
  void aGroupsCommentsAppearUnderTheirItemInEveryFormatThatListsThem() {
    Evaluation club = BundledExamples.load("dementia-club");
    EvaluationReport report = Evaluator.evaluate(club);
    assertTrue(
        report.comments().stream()
            .anyMatch(
                c ->
                    c.itemId().equals("every-voice-counts")
                        && c.interestGroup() == InterestGroup.PEOPLE_WHO_USE_SERVICES
                        && c.comments().equals(List.of(SHOWN))),
        report.comments().toString());
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
      assertTrue(shows(render(format, club, report), "\u201c" + SHOWN + "\u201d"), format.name());
    }
    assertTrue(render(ReportFormat.HTML, club, report).contains(SHOWN));
    assertTrue(render(ReportFormat.JSON, club, report).contains(SHOWN));
    assertEquals(SHOWN, csvComments(render(ReportFormat.CSV, club, report), "every-voice-counts"));
  }

  @Test
  void aGroupTheDisclosureRuleHidesKeepsItsCommentsOutOfEveryFormat() {
    Evaluation club = BundledExamples.load("dementia-club");
    EvaluationReport report = Evaluator.evaluate(club);
    for (ReportFormat format : EVERY) {
      String rendered = render(format, club, report);
      for (String hidden : HIDDEN) {
        assertFalse(shows(rendered, hidden), format.cliName() + " shows " + hidden);
      }
    }
  }

  @Test
  void aLargerMinimumGroupHidesMoreComments() {
    Evaluation club = BundledExamples.load("dementia-club");
    EvaluationReport report =
        Evaluator.evaluate(
            club,
            RecordCheckSettings.defaults(),
            ScoringSettings.builder().minimumGroupSize(5).build());
    assertEquals(List.of(), report.comments());
    assertTrue(
        shows(
            render(ReportFormat.MARKDOWN, club, report),
            "No rater added a comment that can be shown here. A group's comments on a question"
                + " are shown only when at least 5 people from it answered that question"));
  }

  @Test
  void aSettingTurnsCommentsOff() {
    Evaluation club = BundledExamples.load("dementia-club");
    EvaluationReport report =
        Evaluator.evaluate(
            club,
            RecordCheckSettings.defaults(),
            ScoringSettings.defaults(),
            ReportSettings.of(false));
    assertFalse(report.commentsShown());
    assertEquals(List.of(), report.comments());
    for (ReportFormat format : EVERY) {
      assertFalse(shows(render(format, club, report), SHOWN), format.cliName());
    }
    assertTrue(
        shows(
            render(ReportFormat.TEXT, club, report),
            "Raters' comments are left out of this report, as its settings ask."));
  }

  @Test
  void commentsComeInAlphabeticalOrderNotTheOrderPeopleAnsweredIn() {
    Evaluation club =
        withComments(
            BundledExamples.load("dementia-club"),
            "notice-given",
            InterestGroup.PEOPLE_WHO_USE_SERVICES,
            List.of("Zebra crossing outside helped.", "All good.", "Must be earlier."));
    EvaluationReport report = Evaluator.evaluate(club);
    GroupComments notice =
        report.comments().stream()
            .filter(c -> c.itemId().equals("notice-given"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("All good.", "Must be earlier.", "Zebra crossing outside helped."),
        notice.comments());
  }

  /** Comments that try to become markup, a formula, a heading or a terminal command. */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert('x')</script> & <img src=x onerror=alert(1)>",
          "=HYPERLINK(\"http://attacker.example\",\"Click\")",
          "+cmd|' /C calc'!A0",
          "-2+3",
          "@SUM(A1:A9)",
          "# Not a heading\n- not a list\n1. not numbered\n=also not a formula",
          "**bold** _under_ [link](http://attacker.example) | cell | `code` &lt;b&gt;",
          "\u001b[31mred text\u001b[0m and \u202eright to left\u202c");

  @Test
  void hostileCommentsAreTextInEveryFormat() {
    // Expenses and fees is the club's one red flag, so SARIF carries the comments too.
    Evaluation club =
        withComments(
            BundledExamples.load("dementia-club"),
            "expenses-and-fees",
            InterestGroup.PEOPLE_WHO_USE_SERVICES,
            HOSTILE);
    EvaluationReport report = Evaluator.evaluate(club);

    String html = render(ReportFormat.HTML, club, report);
    assertFalse(html.contains("<script>alert"), "a script in a comment runs");
    assertFalse(html.contains("<img src=x"), "an element in a comment is made");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img"));
    assertTrue(html.contains("&amp;lt;b&amp;gt;"), "an entity is shown as typed");

    String markdown = render(ReportFormat.MARKDOWN, club, report);
    assertTrue(markdown.contains("\\<script\\>alert('x')\\</script\\> \\& \\<img"));
    assertTrue(
        markdown.contains(
            "\\*\\*bold\\*\\* \\_under\\_ \\[link\\](http://attacker.example) \\| cell \\|"
                + " \\`code\\` \\&lt;b\\&gt;"));
    assertTrue(markdown.contains("- \u201c\\# Not a heading - not a list 1. not numbered"));
    for (String line : markdown.split("\n")) {
      assertFalse(line.startsWith("# Not") || line.startsWith("=also"), line);
    }

    String text = render(ReportFormat.TEXT, club, report);
    assertFalse(text.contains("\u001b"), "a terminal control code reaches the terminal");
    assertFalse(text.contains("\u202e"), "a direction override turns the report around");
    assertTrue(shows(text, "\u201c[31mred text[0m and right to left\u201d"), text);

    String csv = render(ReportFormat.CSV, club, report);
    String cell = csvComments(csv, "expenses-and-fees");
    List<String> lines = List.of(cell.split("\n"));
    assertEquals(HOSTILE.size(), lines.size(), cell);
    for (String line : lines) {
      assertFalse("=+-@\t\r".indexOf(line.charAt(0)) >= 0, "a formula could run: " + line);
    }
    assertTrue(lines.contains("'=HYPERLINK(\"http://attacker.example\",\"Click\")"), cell);
    assertTrue(lines.contains("'-2+3"), cell);

    String sarif = render(ReportFormat.SARIF, club, report);
    assertTrue(sarif.contains("\"comments\""), "SARIF carries the flagged item's comments");
    assertTrue(sarif.contains("\\u001B") || !sarif.contains("\u001b"), "no raw control code");
    assertFalse(sarif.contains("\u001b"));
  }

  @Test
  void oneLineTakesOutWhatNoLayoutCanShow() {
    assertEquals("a b c", OwnWords.oneLine("  a\r\n\tb \u0000\u0007c  "));
    assertEquals("evil", OwnWords.oneLine("\u202eevil\u200b"));
    assertEquals("\u201cfine\u201d", OwnWords.quoted("fine"));
  }

  /** The comments cell of the given item's row for people who use services, latest round. */
  private static String csvComments(String csv, String itemId) {
    CsvMapper mapper = new CsvMapper();
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows.stream()
        .filter(r -> r.get("item_id").equals(itemId))
        .filter(r -> r.get("group").equals("people_who_use_services"))
        .reduce((first, second) -> second)
        .orElseThrow()
        .get("comments");
  }

  /**
   * The evaluation with one more anonymous rater of the group for each comment, who answers the one
   * item yes and adds the comment, in the order given.
   */
  static Evaluation withComments(
      Evaluation evaluation, String itemId, InterestGroup group, List<String> comments) {
    ResponseSet like =
        evaluation.responses().stream()
            .filter(r -> r.raterInterestGroup() == group)
            .findFirst()
            .orElseThrow();
    List<ResponseSet> responses = new ArrayList<>(evaluation.responses());
    for (int i = 0; i < comments.size(); i++) {
      responses.add(
          ResponseSet.builder()
              .from(like)
              .id("anonymous-" + i)
              .participantId(Optional.empty())
              .answers(
                  List.of(
                      ItemResponse.builder()
                          .itemId(itemId)
                          .answer(Answer.YES)
                          .comment(comments.get(i))
                          .build()))
              .build());
    }
    return Evaluation.builder().from(evaluation).responses(responses).build();
  }
}
