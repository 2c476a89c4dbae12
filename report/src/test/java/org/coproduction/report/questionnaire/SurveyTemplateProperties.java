package org.coproduction.report.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;
import org.coproduction.report.survey.SurveyMapping;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A survey tool set up from the template exports a CSV that imports, with the template's own
 * mapping, into exactly the response sets the respondents gave.
 */
class SurveyTemplateProperties {
  private static final QuestionnaireSettings SETTINGS =
      QuestionnaireSettings.of("day-centre-redesign", Optional.of("round-2"));
  private static final List<String> COMMENTS =
      List.of("Fine", "Late, again; \"two days\" notice", "Line one\nline two", "Café ✓, naïve");

  @Test
  void aFilledTemplateImportsAsTheSameResponseSets() {
    for (Checklist checklist :
        List.of(
            BuiltInChecklist.get(),
            QuestionnaireBrowserTest.smallChecklist(),
            QuestionnaireBrowserTest.agreementChecklist())) {
      SurveyTemplate template = SurveyTemplate.of(checklist, SETTINGS);
      qt().forAll(respondents(checklist))
          .checkAssert(
              sets -> {
                SurveyImport imported =
                    SurveyImporter.read(
                        new StringReader(fill(checklist, template, sets)),
                        template.mapping(),
                        checklist);
                assertEquals(List.of(), imported.problems());
                assertEquals(sets, imported.responses());
              });
    }
  }

  @Test
  void anAgreementScaleExportReadsByTheScalesOwnLabelsBesideTheTemplatesWords() {
    Checklist checklist = QuestionnaireBrowserTest.agreementChecklist();
    SurveyTemplate template = SurveyTemplate.of(checklist, SETTINGS);
    assertEquals(
        Map.of("Don't know", Answer.DONT_KNOW, "Does not apply", Answer.NOT_APPLICABLE),
        template.mapping().answerWords(),
        "only the options that are not answers have words in the mapping");
    String csv =
        template.csvHeader()
            + QuestionnaireCsv.line(
                List.of(
                    "r1",
                    "",
                    QuestionnaireWords.roles().get(Role.PERSON_WHO_USES_SERVICES),
                    QuestionnaireWords.groups().get(InterestGroup.values()[0]),
                    "Neither agree nor disagree",
                    "",
                    "Don't know",
                    "",
                    "On the way",
                    ""));
    SurveyImport imported =
        SurveyImporter.read(new StringReader(csv), template.mapping(), checklist);
    assertEquals(List.of(), imported.problems());
    assertEquals(
        List.of(
            ItemResponse.of("notice", "NEITHER"),
            ItemResponse.of("venue", "DONT_KNOW"),
            ItemResponse.of("plan", "ON_THE_WAY")),
        imported.responses().get(0).answers());
  }

  @Test
  void theTemplatesMappingSurvivesARoundTripThroughJson() {
    SurveyMapping mapping = SurveyTemplate.of(BuiltInChecklist.get(), SETTINGS).mapping();
    assertEquals(mapping, Documents.read(Documents.write(mapping), SurveyMapping.class));
  }

  /** What a survey tool exports: the template's header, then one row per respondent. */
  private static String fill(Checklist checklist, SurveyTemplate template, List<ResponseSet> sets) {
    StringBuilder csv = new StringBuilder(template.csvHeader());
    for (ResponseSet set : sets) {
      List<String> row = new ArrayList<>();
      row.add(set.id());
      row.add(set.participantId().orElse(""));
      row.add(QuestionnaireWords.roles().get(set.raterRole()));
      row.add(QuestionnaireWords.groups().get(set.raterInterestGroup()));
      for (ChecklistItem item : checklist.items()) {
        Optional<ItemResponse> answer =
            set.answers().stream().filter(a -> a.itemId().equals(item.id())).findFirst();
        row.add(
            answer
                .map(
                    a ->
                        AnswerOptions.of(checklist, item).stream()
                            .filter(o -> o.code().equals(a.answerCode()))
                            .findFirst()
                            .orElseThrow()
                            .label())
                .orElse(""));
        row.add(answer.flatMap(ItemResponse::comment).orElse(""));
      }
      csv.append(QuestionnaireCsv.line(row));
    }
    return csv.toString();
  }

  private static Gen<List<ResponseSet>> respondents(Checklist checklist) {
    return in -> {
      int count = range(1, 6).generate(in);
      List<ResponseSet> sets = new ArrayList<>();
      for (int r = 0; r < count; r++) {
        List<ItemResponse> answers = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
          if (booleans().generate(in) || answers.isEmpty() && item.equals(last(checklist))) {
            ItemResponse.Builder answer =
                ItemResponse.builder()
                    .itemId(item.id())
                    .answerCode(pick(checklist.scaleOf(item).codes()).generate(in));
            if (booleans().generate(in)) {
              answer.comment(pick(COMMENTS).generate(in));
            }
            answers.add(answer.build());
          }
        }
        ResponseSet.Builder set =
            ResponseSet.builder()
                .id("answers-" + r)
                .checklist(checklist.ref())
                .initiativeId(SETTINGS.initiativeId())
                .reviewRoundId(SETTINGS.reviewRoundId())
                .raterRole(enumValues(Role.class).generate(in))
                .raterInterestGroup(enumValues(InterestGroup.class).generate(in))
                .answers(answers);
        if (booleans().generate(in)) {
          set.participantId("p-" + r);
        }
        sets.add(set.build());
      }
      return sets;
    };
  }

  private static ChecklistItem last(Checklist checklist) {
    return checklist.items().get(checklist.items().size() - 1);
  }
}
