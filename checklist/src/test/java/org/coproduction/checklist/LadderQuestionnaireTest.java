package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.Documents;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;

class LadderQuestionnaireTest {
  @Test
  void asksOnceAboutEveryStageInStageOrder() {
    Checklist q = LadderQuestionnaire.get();
    assertEquals(
        Arrays.stream(Stage.values()).map(LadderQuestionnaire::itemId).toList(),
        q.items().stream().map(ChecklistItem::id).toList());
    for (Stage s : Stage.values()) {
      assertEquals(Optional.of(s), LadderQuestionnaire.stage(LadderQuestionnaire.itemId(s)));
    }
    assertEquals(Optional.empty(), LadderQuestionnaire.stage("notice-given"));
  }

  @Test
  void isAnsweredOnTheLadderWhoseAnswersAreTheRungsInOrder() {
    Checklist q = LadderQuestionnaire.get();
    assertEquals(AnswerScales.LADDER, q.scale());
    List<String> bottomUp =
        AnswerScales.LADDER.ascending().stream().map(AnswerOption::code).toList();
    assertEquals(Arrays.stream(LadderRung.values()).map(Enum::name).toList(), bottomUp);
    assertEquals(Optional.of(LadderRung.CONSULTATION), LadderQuestionnaire.rung("CONSULTATION"));
    assertEquals(Optional.empty(), LadderQuestionnaire.rung("DONT_KNOW"));
    assertEquals(Optional.of(AnswerScales.LADDER), AnswerScales.builtIn("ladder-7"));
  }

  @Test
  void readsBackAsWritten() {
    Checklist q = LadderQuestionnaire.get();
    assertEquals(q, Documents.read(Documents.write(q), Checklist.class));
  }
}
