package org.coproduction.report.questionnaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.core.CoProductionException;
import org.coproduction.report.survey.ItemColumn;
import org.coproduction.report.survey.SurveyMapping;
import org.immutables.value.Value;

/**
 * What to set up in a survey tool so its export imports with no hand-written mapping: the
 * questions' headings in order (the CSV header the export will have) and the {@link SurveyMapping}
 * that reads such an export. Build the survey with exactly these questions and the answer words of
 * {@link AnswerOptions}; the HTML questionnaire's CSV file has the same header, so its files import
 * the same way.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SurveyTemplate {
  private static final Set<String> YES_PARTLY_NO_CODES =
      Arrays.stream(Answer.values()).map(Enum::name).collect(Collectors.toSet());

  SurveyTemplate() {}

  /**
   * The export's column headings, in order: response id, participant code, role, interest group,
   * then each item's question and its comment.
   *
   * @return the headings
   */
  public abstract List<String> headings();

  /**
   * The mapping that reads an export with these headings.
   *
   * @return the mapping; write it with {@code Documents.write}
   */
  public abstract SurveyMapping mapping();

  /**
   * The header as one CSV line, every heading quoted, ending with a line break.
   *
   * @return the CSV header
   */
  public String csvHeader() {
    return QuestionnaireCsv.line(headings());
  }

  /**
   * The template for a checklist.
   *
   * @param checklist the checklist the survey asks
   * @param settings the initiative and review round the answers are about
   * @return the headings and the mapping
   * @throws CoProductionException when two items' options give one word two meanings
   */
  public static SurveyTemplate of(Checklist checklist, QuestionnaireSettings settings) {
    List<String> headings = new ArrayList<>();
    headings.add(QuestionnaireWords.RESPONSE_ID);
    headings.add(QuestionnaireWords.PARTICIPANT);
    headings.add(QuestionnaireWords.ROLE);
    headings.add(QuestionnaireWords.GROUP);
    SurveyMapping.Builder mapping =
        SurveyMapping.builder()
            .id(settings.surveyId())
            .checklist(checklist.ref())
            .initiativeId(settings.initiativeId())
            .reviewRoundId(settings.reviewRoundId())
            .responseIdColumn(QuestionnaireWords.RESPONSE_ID)
            .participantIdColumn(QuestionnaireWords.PARTICIPANT)
            .roleColumn(QuestionnaireWords.ROLE)
            .interestGroupColumn(QuestionnaireWords.GROUP);
    QuestionnaireWords.roles().forEach((role, word) -> mapping.putRoleWords(word, role));
    QuestionnaireWords.groups()
        .forEach((group, word) -> mapping.putInterestGroupWords(word, group));
    Map<String, Answer> answerWords = new LinkedHashMap<>();
    List<ChecklistItem> items = checklist.items();
    for (int i = 0; i < items.size(); i++) {
      ChecklistItem item = items.get(i);
      String question = QuestionnaireWords.question(i + 1, item);
      String comment = QuestionnaireWords.comment(i + 1);
      headings.add(question);
      headings.add(comment);
      mapping.addItems(
          ItemColumn.builder().column(question).itemId(item.id()).commentColumn(comment).build());
      for (AnswerOption option : AnswerOptions.of(checklist, item)) {
        // Answers of other scales are read by their own labels (see the survey import); only the
        // yes/partly/no codes and the usual non-answers have mapping words.
        if (!YES_PARTLY_NO_CODES.contains(option.code())) {
          continue;
        }
        Answer answer = Answer.valueOf(option.code());
        Answer earlier = answerWords.putIfAbsent(option.label(), answer);
        if (earlier != null && earlier != answer) {
          throw CoProductionException.at(
              "items[" + i + "]",
              "the answer word '" + option.label() + "' means both " + earlier + " and " + answer);
        }
      }
    }
    mapping.putAllAnswerWords(answerWords);
    return ImmutableSurveyTemplate.builder().headings(headings).mapping(mapping.build()).build();
  }
}
