package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.internal.Readability;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.internal.content.Content;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Paragraph;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.ParticipantContent;
import org.coproduction.report.internal.content.ReportTexts;
import org.coproduction.report.internal.content.Words;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The easy-read report for the people who took part: short sentences that read easily, no
 * statistics, each group's view hidden when too few of its people answered, and the action plan's
 * open and done actions.
 */
class ParticipantReportTest {
  static List<String> examples() {
    return BundledExamples.names();
  }

  private static Content content(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    EvaluationReport report = Evaluator.evaluate(evaluation);
    return ParticipantContent.of(
        report, ReportTexts.of(report, Optional.of(evaluation.checklistInUse())));
  }

  /** Every sentence a reader sees: paragraphs, list entries and their details, intro and close. */
  private static List<String> sentences(Content content) {
    List<String> texts = new ArrayList<>(content.intro());
    texts.addAll(content.closing());
    for (Section section : content.sections()) {
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph p) {
          texts.add(p.text());
        } else if (block instanceof Items items) {
          for (Item item : items.entries()) {
            texts.add(item.lead().isEmpty() ? item.text() : item.lead() + ". " + item.text());
            texts.addAll(item.details());
          }
        }
      }
    }
    List<String> sentences = new ArrayList<>();
    texts.forEach(t -> sentences.addAll(Readability.sentences(t)));
    return sentences;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everySentenceHasAtMostFifteenWordsAndTheWholeReadsEasily(String example) {
    List<String> sentences = sentences(content(example));
    for (String sentence : sentences) {
      int words = Readability.words(sentence).size();
      assertTrue(words <= 15, example + ": " + words + " words in: " + sentence);
    }
    double ease = Readability.fleschReadingEase(String.join(" ", sentences));
    assertTrue(ease >= 70, example + ": reading ease " + ease);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void noStatisticsTermsOrScoresAreShown(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    EvaluationReport report = Evaluator.evaluate(evaluation);
    Checklist checklist = evaluation.checklistInUse();
    for (ReportFormat format :
        List.of(ReportFormat.EASY_READ_MARKDOWN, ReportFormat.EASY_READ_HTML)) {
      // The style sheet's widths are not for reading.
      String text =
          format
              .render(report, checklist)
              .replaceAll("(?s)<style>.*</style>", "")
              .toLowerCase(java.util.Locale.ROOT);
      for (String term :
          List.of("alpha", "krippendorff", "gini", "coefficient", "inconclusive", "median", "%")) {
        assertFalse(text.contains(term), example + " as " + format.cliName() + " says " + term);
      }
    }
  }

  @Test
  void aGroupWithFewerThanThreePeopleAnsweringHasItsViewHidden() {
    // At the fair, two carers answered in each round.
    Evaluation fair = BundledExamples.load("opportunities-fair");
    EvaluationReport report = Evaluator.evaluate(fair);
    assertEquals(3, report.latest().settings().minimumGroupSize());
    GroupScore carers =
        report.latest().overall().byGroup().groups().stream()
            .filter(g -> g.group() == InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
            .findFirst()
            .orElseThrow();
    assertEquals(Visibility.NO_RATERS, carers.visibility());
    String markdown = ParticipantReport.markdown(report, fair.checklistInUse());
    String line =
        markdown
            .lines()
            .filter(l -> l.contains(Words.capitalise(Words.group(carers.group()))))
            .findFirst()
            .orElseThrow();
    assertFalse(line.contains("★"), line);
    assertTrue(line.contains("Too few people in this group answered. We keep it private."), line);
    // A group with three or more shows its stars.
    assertTrue(markdown.contains("**People who use services** ★"), markdown);
  }

  @Test
  void theFairsReportSaysWhatWillBeDoneAndWhatWasDone() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    String markdown = ParticipantReport.markdown(Evaluator.evaluate(fair), fair.checklistInUse());
    String willDo = markdown.substring(markdown.indexOf("## 2."), markdown.indexOf("## 3."));
    String did = markdown.substring(markdown.indexOf("## 3."));
    // The two overdue actions on expenses are still to do, and late.
    assertTrue(willDo.contains("Pay travel costs and a fee for each planning meeting."), willDo);
    assertTrue(willDo.contains("Who: the commissioner."), willDo);
    assertEquals(2, willDo.split("This is late", -1).length - 1, willDo);
    // The letters are not yet due, but their flag has cleared: nothing more to promise.
    assertFalse(willDo.contains("short letter"), willDo);
    assertTrue(did.contains("Pick a venue with level access and a hearing loop."), did);
    assertTrue(did.contains("You told us it is better now."), did);
    assertFalse(did.contains("You told us it is still not right."), did);
  }

  @Test
  void theFairsReportSaysWhatBecameOfEachSuggestionByGroupOnlyWhereTheGroupIsNamed() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    EvaluationReport report = Evaluator.evaluate(fair);
    Content content =
        ParticipantContent.of(report, ReportTexts.of(report, Optional.of(fair.checklistInUse())));
    Section did = content.sections().get(2);
    assertEquals("what-we-did", did.id());
    assertTrue(
        did.blocks().contains(new Paragraph("You gave us 5 ideas. This is what happened to them.")),
        did.toString());
    Items ideas = (Items) did.blocks().get(did.blocks().size() - 1);
    List<SuggestionFeedback> lines = report.youSaidWeDid();
    assertEquals(lines.size(), ideas.entries().size());
    for (int i = 0; i < lines.size(); i++) {
      SuggestionFeedback line = lines.get(i);
      List<String> details = ideas.entries().get(i).details();
      boolean named = details.stream().anyMatch(d -> d.startsWith("This idea came from "));
      assertEquals(line.interestGroup().isPresent(), named, line.suggestionId() + ": " + details);
    }
    // s07, timed slots, came from a group too small to name; s06 from people who use services.
    assertEquals(
        new Item(
            "",
            "Timed slots for talks so people can plan their travel.",
            List.of("We did some of it.", "We told you.")),
        ideas.entries().get(1));
    assertEquals(
        List.of("This idea came from people who use services.", "We did it.", "We told you."),
        ideas.entries().get(0).details());
    // Its summary has 16 words: not cut, but pointed to.
    assertEquals(
        "This idea is too long to write here. Ask us about it.", ideas.entries().get(0).text());
    Item fee = ideas.entries().get(4);
    assertEquals("Pay volunteers a fee for planning meetings.", fee.text());
    assertTrue(
        fee.details().contains("We could not do it. There was not enough money."),
        fee.details().toString());
    String markdown = ParticipantReport.markdown(report, fair.checklistInUse());
    for (String participant : List.of("o03", "v01", "v02", "v03", "v04")) {
      assertFalse(markdown.substring(markdown.indexOf("## 3.")).contains(participant), markdown);
    }
  }

  @Test
  void anActionDoneWhoseFlagIsStillRaisedIsToldAsStillNotRight() {
    Evaluation fair = DoneButStillFlagged.fair();
    EvaluationReport report = Evaluator.evaluate(fair);
    Content content =
        ParticipantContent.of(report, ReportTexts.of(report, Optional.of(fair.checklistInUse())));
    Section did = content.sections().get(2);
    Items actions = (Items) did.blocks().get(1);
    String easyRead =
        fair.checklistInUse().item(DoneButStillFlagged.ITEM_ID).orElseThrow().easyRead();
    List<Item> expenses =
        actions.entries().stream().filter(i -> i.text().endsWith(easyRead)).toList();
    assertEquals(1, expenses.size(), actions.toString());
    assertEquals(
        List.of(
            "Pay travel costs and a fee for each planning meeting.",
            "You told us it is still not right. We will keep working on it."),
        expenses.get(0).details());
    // Every other action done cleared its flag.
    assertEquals(
        1,
        actions.entries().stream()
            .filter(
                i ->
                    i.details()
                        .contains("You told us it is still not right. We will keep working on it."))
            .count());
    String markdown = ParticipantReport.markdown(report, fair.checklistInUse());
    String willDo = markdown.substring(markdown.indexOf("## 2."), markdown.indexOf("## 3."));
    assertEquals(1, willDo.split("This is late", -1).length - 1, "only the open one is late");
    List<String> sentences = sentences(content);
    sentences.forEach(s -> assertTrue(Readability.words(s).size() <= 15, s));
    assertTrue(Readability.fleschReadingEase(String.join(" ", sentences)) >= 70);
  }

  @Test
  void withoutAPlanTheReportSaysThePlanIsStillToCome() {
    Evaluation club = BundledExamples.load("dementia-club");
    String markdown = ParticipantReport.markdown(Evaluator.evaluate(club), club.checklistInUse());
    assertTrue(markdown.contains("We have not made our plan yet."), markdown);
    // Nothing on a plan was done, but the club's suggestions were acted on.
    assertFalse(markdown.contains("This is what we did since last time."), markdown);
    assertTrue(markdown.contains("You gave us 9 ideas. This is what happened to them."), markdown);
  }

  @Test
  void withNoPlanAndNoSuggestionsThereIsNothingToTellYet() {
    Evaluation club = BundledExamples.load("dementia-club");
    Evaluation quiet =
        Evaluation.builder()
            .from(club)
            .initiative(Initiative.builder().from(club.initiative()).suggestions(List.of()).build())
            .build();
    String markdown = ParticipantReport.markdown(Evaluator.evaluate(quiet), club.checklistInUse());
    assertTrue(markdown.contains("We have nothing to tell you about yet."), markdown);
    assertFalse(markdown.contains("You gave us"), markdown);
  }

  @Test
  void theHtmlPageLoadsNothingAndUsesLargeType() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    String html = ParticipantReport.html(Evaluator.evaluate(fair), fair.checklistInUse());
    assertTrue(html.contains("default-src 'none'"));
    assertTrue(html.contains("font-size:1.35rem"));
    assertFalse(html.contains("<script"));
    assertTrue(html.contains("<h2 id=\"what-you-told-us-heading\">1. What you told us</h2>"), html);
  }
}
