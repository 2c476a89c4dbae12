package org.coproduction.report.questionnaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.report.internal.html.Html;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaire as one HTML file that people open in any browser, fill in and save, with no
 * server, no internet connection and nothing loaded from outside. It saves the rater's answers as a
 * response set ({@code Documents.read(file, ResponseSet.class)} reads it as it is) and as a CSV
 * file with {@link SurveyTemplate}'s header, which {@link
 * org.coproduction.report.survey.SurveyImporter} reads with the template's mapping.
 *
 * <p>The form is built for everybody who scores the checklist: every group of choices is a fieldset
 * with a legend, every field has a label, everything works with a keyboard and shows where the
 * focus is, and problems are listed with links to the question they are about. A button (or opening
 * the file with {@code #easy-read} at the end of its address) switches to easy read: large type,
 * each item's easy-read wording and one question at a time. The same form serves to type in answers
 * given on {@link PrintableQuestionnaire paper}: the questions have the same numbers.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QuestionnaireHtml {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private QuestionnaireHtml() {}

  /**
   * The questionnaire for a checklist.
   *
   * @param checklist the checklist to ask, with its own answer scale and easy-read wordings
   * @param settings the initiative and review round the answers are about
   * @return a complete HTML page in UTF-8
   */
  public static String render(Checklist checklist, QuestionnaireSettings settings) {
    String style = PageParts.resource("questionnaire.css");
    String script = PageParts.resource("questionnaire.js");
    Html html = new Html();
    PageParts.head(html, checklist.language(), checklist.title(), style, script);
    html.open("body");
    header(html, checklist);
    html.open("main").open("form", "id", "questionnaire", "novalidate", "novalidate");
    about(html);
    List<ChecklistItem> items = checklist.items();
    html.open("section", "aria-labelledby", "questions-heading")
        .element("h2", "The questions", "id", "questions-heading")
        .element(
            "p",
            "Answer as many as you can. You can skip a question. You can say more in your own"
                + " words under each question.",
            "class",
            "standard");
    for (int i = 0; i < items.size(); i++) {
      question(html, checklist, items.get(i), i + 1, items.size());
    }
    html.close("section");
    save(html);
    html.close("form").close("main");
    html.open("footer")
        .element(
            "p",
            "Checklist "
                + checklist.ref()
                + " about "
                + settings.initiativeId()
                + settings.reviewRoundId().map(r -> ", review round " + r).orElse("")
                + ". Your answers stay on this computer until you send the saved file.")
        .close("footer");
    html.open("script", "type", "application/json", "id", "questionnaire-data")
        .raw(config(checklist, settings))
        .close("script");
    html.open("script").raw(script).close("script");
    html.close("body").close("html").raw("\n");
    return html.toString();
  }

  private static void header(Html html, Checklist checklist) {
    html.open("header")
        .element("h1", checklist.title())
        .open("p", "class", "standard")
        .text(
            "These questions ask how well people were involved. Everybody involved answers the same"
                + " questions, so we can see how it looked from each side. You can use a keyboard"
                + " or a screen reader.")
        .close("p")
        .open("p", "class", "easy")
        .text("We want to know what you think. There are no right or wrong answers.")
        .close("p")
        .open("p", "class", "mode")
        .element(
            "button",
            "Easy read: bigger words, one question at a time",
            "type",
            "button",
            "id",
            "mode-toggle",
            "class",
            "secondary",
            "aria-pressed",
            "false")
        .close("p")
        .open("noscript")
        .element(
            "p",
            "This browser is not running the page's script, so the answers cannot be saved from"
                + " here. Please print the questions, or open this file in another browser.")
        .close("noscript")
        .close("header");
  }

  private static void about(Html html) {
    html.open("fieldset", "class", "step", "id", "step-about", "tabindex", "-1")
        .element("legend", "About you");
    choices(html, QuestionnaireWords.ROLE, "raterRole", "role", names(QuestionnaireWords.roles()));
    choices(
        html,
        QuestionnaireWords.GROUP,
        "raterInterestGroup",
        "group",
        names(QuestionnaireWords.groups()));
    html.open("div")
        .element(
            "label",
            QuestionnaireWords.PARTICIPANT + " (you do not have to give one)",
            "for",
            "participant")
        .element(
            "p", QuestionnaireWords.PARTICIPANT_HINT, "class", "hint", "id", "participant-hint")
        .empty(
            "input",
            "type",
            "text",
            "id",
            "participant",
            "name",
            "participantId",
            "autocomplete",
            "off",
            "aria-describedby",
            "participant-hint")
        .close("div");
    stepNav(html, false);
    html.close("fieldset");
  }

  private static <E extends Enum<E>> Map<String, String> names(Map<E, String> words) {
    Map<String, String> out = new LinkedHashMap<>();
    words.forEach((value, word) -> out.put(value.name(), word));
    return out;
  }

  private static void choices(
      Html html, String legend, String name, String idPrefix, Map<String, String> codeToWord) {
    html.open("fieldset").element("legend", legend);
    int i = 0;
    for (Map.Entry<String, String> choice : codeToWord.entrySet()) {
      String id = idPrefix + "-" + i++;
      html.open("div", "class", "option")
          .empty(
              "input",
              "type",
              "radio",
              "id",
              id,
              "name",
              name,
              "value",
              choice.getKey(),
              "data-word",
              choice.getValue())
          .element("label", choice.getValue(), "for", id)
          .close("div");
    }
    html.close("fieldset");
  }

  private static void question(
      Html html, Checklist checklist, ChecklistItem item, int number, int count) {
    String prefix = "q" + number;
    html.open(
            "fieldset",
            "class",
            "step question",
            "id",
            "question-" + number,
            "tabindex",
            "-1",
            "data-item",
            item.id())
        .open("legend")
        .element("span", "Question " + number + " of " + count, "class", "number")
        .element("span", item.statement(), "class", "standard")
        .element("span", item.easyRead(), "class", "easy")
        .close("legend");
    List<AnswerOption> options = AnswerOptions.of(checklist, item);
    for (int i = 0; i < options.size(); i++) {
      AnswerOption option = options.get(i);
      String id = prefix + "-" + i;
      html.open("div", "class", "option")
          .empty(
              "input",
              "type",
              "radio",
              "id",
              id,
              "name",
              "answer-" + number,
              "value",
              option.code(),
              "data-word",
              option.label())
          .open("label", "for", id)
          .element("span", option.label(), "class", "standard")
          .element("span", option.easyReadLabel(), "class", "easy")
          .close("label")
          .close("div");
    }
    html.element("label", QuestionnaireWords.COMMENT, "for", "comment-" + number)
        .open("textarea", "id", "comment-" + number, "name", "comment-" + number, "rows", "3")
        .close("textarea");
    stepNav(html, true);
    html.close("fieldset");
  }

  private static void stepNav(Html html, boolean back) {
    html.open("div", "class", "step-nav");
    if (back) {
      html.element("button", "Previous question", "type", "button", "class", "previous secondary");
    }
    html.element("button", "Next", "type", "button", "class", "next").close("div");
  }

  private static void save(Html html) {
    html.open(
            "section",
            "class",
            "step",
            "id",
            "step-save",
            "tabindex",
            "-1",
            "aria-labelledby",
            "save-heading")
        .element("h2", "Save your answers", "id", "save-heading")
        .element(
            "p",
            "When you have finished, press the button. Then save the file and send it to the"
                + " person who asked you. Nothing is sent from this page.")
        .open("div", "id", "errors", "class", "errors", "tabindex", "-1", "role", "alert")
        .close("div")
        .open("div", "class", "save-actions")
        .element("button", "Save my answers", "type", "submit", "id", "save");
    html.open("div", "class", "step-nav")
        .element("button", "Previous question", "type", "button", "class", "previous secondary")
        .close("div");
    html.element("p", "", "id", "status", "role", "status")
        .open("p")
        .element(
            "a",
            "Download my answers (JSON file)",
            "id",
            "download-json",
            "class",
            "download",
            "hidden",
            "hidden")
        .element(
            "a",
            "Download my answers (CSV file, for a spreadsheet)",
            "id",
            "download-csv",
            "class",
            "download",
            "hidden",
            "hidden")
        .close("p")
        .open("div", "id", "saved-text", "hidden", "hidden")
        .element(
            "label",
            "Your answers as text, to copy if the download does not work",
            "for",
            "saved-json")
        .open("textarea", "id", "saved-json", "readonly", "readonly", "rows", "8")
        .close("textarea")
        .close("div")
        .close("div")
        .close("section");
  }

  /**
   * What the script needs, as JSON that cannot end the script element early, in a fixed order so
   * the page is the same every time.
   */
  private static String config(Checklist checklist, QuestionnaireSettings settings) {
    Map<String, Object> config = new LinkedHashMap<>();
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("id", checklist.id());
    ref.put("version", checklist.version());
    config.put("checklist", ref);
    config.put("initiativeId", settings.initiativeId());
    settings.reviewRoundId().ifPresent(r -> config.put("reviewRoundId", r));
    config.put("headings", SurveyTemplate.of(checklist, settings).headings());
    List<Map<String, Object>> questions = new ArrayList<>();
    List<ChecklistItem> items = checklist.items();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> question = new LinkedHashMap<>();
      question.put("number", i + 1);
      question.put("itemId", items.get(i).id());
      questions.add(question);
    }
    config.put("questions", questions);
    return JSON.writeValueAsString(config).replace("<", "\\u003c");
  }
}
