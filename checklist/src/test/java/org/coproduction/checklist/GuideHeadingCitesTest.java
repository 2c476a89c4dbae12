package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coproduction.core.Source;
import org.junit.jupiter.api.Test;

/**
 * No built-in checklist cites a heading of the national guide that the guide uses more than once.
 * The guide has five headings called "Recommendations" (the summary at the front and one at the end
 * of each part of "How to do co-production"), and two each called "Introduction", "Culture",
 * "Structure", "Practice" and "Review"; a cite of one of these names the part it sits in, such as
 * "How to do co-production > Practice > Recommendations".
 */
class GuideHeadingCitesTest {
  private static final Set<String> REPEATED =
      Set.of("Recommendations", "Introduction", "Culture", "Structure", "Practice", "Review");

  @Test
  void noBuiltInChecklistCitesARepeatedHeadingOfTheGuideOnItsOwn() {
    Map<String, String> ambiguous = new TreeMap<>();
    for (Checklist checklist :
        List.of(
            BuiltInChecklist.get(),
            RecommendationsSelfAssessment.get(),
            LadderQuestionnaire.get())) {
      for (ChecklistItem item : checklist.items()) {
        for (Source s : item.sources()) {
          if (s.document().equals("scie-guide-2015") && REPEATED.contains(s.section())) {
            ambiguous.put(checklist.id() + "/" + item.id(), s.section());
          }
        }
      }
    }
    assertEquals(Map.of(), ambiguous);
  }

  @Test
  void eachRecommendationsCiteNamesThePartOfTheItemsRecommendations() {
    for (ChecklistItem item : BuiltInChecklist.get().items()) {
      for (Source s : item.sources()) {
        if (s.section().endsWith("> Recommendations")) {
          String part =
              item.area().name().charAt(0) + item.area().name().substring(1).toLowerCase();
          assertEquals(
              "How to do co-production > " + part + " > Recommendations", s.section(), item.id());
        }
      }
    }
  }
}
