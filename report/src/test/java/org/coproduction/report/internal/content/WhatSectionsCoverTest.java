package org.coproduction.report.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coproduction.report.internal.content.SectionBuilder.Scope;
import org.junit.jupiter.api.Test;

/**
 * The intro of a report of several rounds says which sections are about the latest round from the
 * sections actually present, so a crosswalk or an action plan after the change between rounds is
 * not left out of the sentence.
 */
class WhatSectionsCoverTest {
  private static final Scope TREND =
      new Scope("compares it with the first", "compare it with the first");
  private static final Scope CROSSWALK =
      new Scope("sets it beside the other instruments", "set it beside the other instruments");
  private static final Scope ACTIONS =
      new Scope("follows up the action plan", "follow up the action plan");

  private static List<Scope> thisRound(int sections) {
    return new ArrayList<>(Collections.nCopies(sections, Scope.THIS_ROUND));
  }

  @Test
  void theChangeBetweenRoundsLastIsNamedAfterTheSectionsAboutThisRound() {
    List<Scope> scopes = thisRound(14);
    scopes.add(TREND);
    assertEquals(
        "Sections 1 to 14 are about this round; section 15 compares it with the first.",
        ReportContent.whatSectionsCover(scopes));
  }

  @Test
  void sectionsAfterTheChangeBetweenRoundsAreNamedToo() {
    List<Scope> scopes = thisRound(14);
    scopes.addAll(List.of(TREND, CROSSWALK, ACTIONS));
    assertEquals(
        "Sections 1 to 14 are about this round; section 15 compares it with the first;"
            + " section 16 sets it beside the other instruments; section 17 follows up the action"
            + " plan.",
        ReportContent.whatSectionsCover(scopes));
  }

  @Test
  void anActionPlanMadeInThisRoundIsAboutThisRound() {
    List<Scope> scopes = thisRound(14);
    scopes.add(TREND);
    scopes.add(Scope.THIS_ROUND);
    assertEquals(
        "Sections 1 to 14 are about this round; section 15 compares it with the first;"
            + " section 16 is about this round.",
        ReportContent.whatSectionsCover(scopes));
  }

  @Test
  void twoNeighbouringSectionsAreJoinedWithAnd() {
    assertEquals(
        "Sections 1 and 2 are about this round; section 3 compares it with the first.",
        ReportContent.whatSectionsCover(List.of(Scope.THIS_ROUND, Scope.THIS_ROUND, TREND)));
  }
}
