package org.coproduction.report.questionnaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.report.internal.html.Html;

/**
 * The questionnaire as a page to print, for people who prefer paper: the same numbered questions as
 * the {@link QuestionnaireHtml HTML form}, each with its easy-read wording, boxes to tick and room
 * to write. Someone then types each paper copy into the HTML form, question by question, and saves
 * it, so paper answers become response sets like any other. The page has no script.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PrintableQuestionnaire {
  private PrintableQuestionnaire() {}

  /**
   * The printable questionnaire for a checklist.
   *
   * @param checklist the checklist to ask
   * @param settings the initiative and review round the answers are about
   * @return a complete HTML page in UTF-8, laid out for A4 or letter paper
   */
  public static String render(Checklist checklist, QuestionnaireSettings settings) {
    String style = PageParts.resource("print.css");
    Html html = new Html();
    PageParts.head(html, checklist.language(), checklist.title() + " (to print)", style, null);
    html.open("body").open("header").element("h1", checklist.title());
    html.element(
        "p",
        "Please tick one box for each question. You can skip a question. You can write more in"
            + " the space under each question. There are no right or wrong answers.");
    html.close("header").open("main");
    html.element("h2", "About you");
    html.open("div", "class", "question")
        .element("p", QuestionnaireWords.ROLE, "class", "statement");
    choices(html, QuestionnaireWords.roles().values());
    html.close("div");
    html.open("div", "class", "question")
        .element("p", QuestionnaireWords.GROUP, "class", "statement");
    choices(html, QuestionnaireWords.groups().values());
    html.close("div");
    html.open("div", "class", "question")
        .element(
            "p",
            QuestionnaireWords.PARTICIPANT + " (you do not have to give one)",
            "class",
            "statement")
        .element("p", QuestionnaireWords.PARTICIPANT_HINT)
        .element("div", "", "class", "write")
        .close("div");
    html.element("h2", "The questions");
    List<ChecklistItem> items = checklist.items();
    for (int i = 0; i < items.size(); i++) {
      ChecklistItem item = items.get(i);
      html.open("div", "class", "question")
          .element("p", "Question " + (i + 1) + " of " + items.size())
          .element("p", item.statement(), "class", "statement")
          .element("p", "In easy words: " + item.easyRead(), "class", "easy");
      choices(html, AnswerOptions.of(checklist, item).stream().map(AnswerOption::label).toList());
      html.element("p", QuestionnaireWords.COMMENT)
          .element("div", "", "class", "lines")
          .element("div", "", "class", "lines")
          .close("div");
    }
    html.close("main").open("footer");
    html.element(
        "p",
        "For the person who collects the paper copies: open the questionnaire file in a browser,"
            + " give the same answers to the same numbered questions, and save. Each paper copy"
            + " becomes one file of answers.");
    html.element(
        "p",
        "Checklist "
            + checklist.ref()
            + " about "
            + settings.initiativeId()
            + settings.reviewRoundId().map(r -> ", review round " + r).orElse("")
            + ".");
    html.close("footer").close("body").close("html").raw("\n");
    return html.toString();
  }

  private static void choices(Html html, Collection<String> words) {
    html.open("ul", "class", "choices");
    for (String word : words) {
      html.open("li").element("span", "", "class", "box").text(word).close("li");
    }
    html.close("ul");
  }
}
