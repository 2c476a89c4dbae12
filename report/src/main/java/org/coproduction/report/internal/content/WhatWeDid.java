package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.actions.ActionCheck;
import org.coproduction.report.actions.ActionReview;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Paragraph;

/**
 * "What we did" in the easy-read report: the actions of an earlier round's plan that were done and
 * whether things got better, then what became of the round's suggestions ("you said, we did", see
 * {@link SuggestionsEasyRead}).
 */
final class WhatWeDid {
  private WhatWeDid() {}

  static List<Block> blocks(EvaluationReport report, ReportTexts texts) {
    List<Item> done = new ArrayList<>();
    if (report.actions().filter(ActionReview::followUp).isPresent()) {
      for (ActionCheck check : report.actions().get().actions()) {
        if (check.action().status().open()) {
          continue;
        }
        List<String> details = new ArrayList<>();
        check.action().note().ifPresent(details::add);
        details.add(
            check.stillFlagged()
                ? "You told us it is still not right. We will keep working on it."
                : "You told us it is better now.");
        String item =
            ParticipantContent.easyRead(texts, check.action().itemId())
                .map(t -> "We worked on this. " + t)
                .orElse("We worked on this.");
        done.add(new Item("", item, List.copyOf(details)));
      }
    }
    List<Block> ideas = SuggestionsEasyRead.blocks(report.youSaidWeDid());
    if (done.isEmpty() && ideas.isEmpty()) {
      return List.of(new Paragraph("We have nothing to tell you about yet."));
    }
    List<Block> blocks = new ArrayList<>();
    if (!done.isEmpty()) {
      blocks.add(new Paragraph("This is what we did since last time."));
      blocks.add(new Items(false, done));
    }
    blocks.addAll(ideas);
    return List.copyOf(blocks);
  }
}
