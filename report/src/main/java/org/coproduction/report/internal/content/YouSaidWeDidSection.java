package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.initiative.OutcomeReason;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.SuggestionFeedback;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Section;

/**
 * "You said, we did, or why not": each suggestion of the round, the interest group it came from
 * (never the person; a group too small to name is not named), what became of it and why, and
 * whether and when people were told, with an easy-read line that can be handed to the people who
 * made the suggestions. Source: "The Co-production Police and accountability", Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016 (you were consulted and never hear of it again).
 */
final class YouSaidWeDidSection extends SectionBuilder {
  YouSaidWeDidSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "you-said-we-did";
  }

  @Override
  Section build() {
    List<Block> blocks = new ArrayList<>();
    List<SuggestionFeedback> lines = report.youSaidWeDid();
    if (lines.isEmpty()) {
      blocks.add(para("The records of this round hold no suggestions."));
      return section(TITLE, blocks);
    }
    long told = lines.stream().filter(SuggestionFeedback::told).count();
    blocks.add(
        para(
            count(lines.size(), "suggestion was", "suggestions were")
                + " made in this round; people were told what became of "
                + told
                + ". Each is shown by the interest group it came from, never by person, and a"
                + " group with fewer than "
                + settings.minimumGroupSize()
                + " people is not named."));
    List<Item> entries = new ArrayList<>();
    for (SuggestionFeedback line : lines) {
      List<String> details = new ArrayList<>();
      details.add("Suggested by: " + from(line.interestGroup().map(Words::group)) + ".");
      details.add("What happened: " + happened(line) + ".");
      details.add("Told: " + told(line) + ".");
      details.add("In easy read: " + easyRead(line));
      entries.add(new Item(line.suggestionId() + ":", line.summary(), details));
    }
    blocks.add(new Items(false, entries));
    return section(TITLE, blocks);
  }

  private static final String TITLE = "You said, we did, or why not";

  private static String from(Optional<String> group) {
    return group.orElse("a group too small to name");
  }

  private static String happened(SuggestionFeedback line) {
    String kind =
        line.outcomeReason()
            .map(OutcomeReason::plainWords)
            .orElse("turned down, kind of reason not recorded");
    return line.reason().map(r -> kind + " (\"" + r + "\")").orElse(kind);
  }

  private static String told(SuggestionFeedback line) {
    if (!line.told()) {
      return "not yet";
    }
    return line.toldOn().map(d -> "yes, on " + d).orElse("yes, day not recorded");
  }

  private static String easyRead(SuggestionFeedback line) {
    String did = SuggestionsEasyRead.outcome(line.outcomeReason());
    String toldLine = SuggestionsEasyRead.told(line, LocalDate::toString);
    return "You said: " + line.summary() + ". " + did + " " + toldLine;
  }
}
