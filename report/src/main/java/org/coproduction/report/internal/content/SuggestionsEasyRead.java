package org.coproduction.report.internal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coproduction.checklist.internal.Readability;
import org.coproduction.core.initiative.OutcomeReason;
import org.coproduction.report.SuggestionFeedback;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Paragraph;

/**
 * What became of people's suggestions, in easy read: the wording the full report's "You said, we
 * did, or why not" hands out, and the list in the participant report's "What we did". Each
 * suggestion is shown by the interest group it came from only where the report names that group,
 * and never by person. Source: "The Co-production Police and accountability", Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016 (you were consulted and never hear of it again).
 */
final class SuggestionsEasyRead {
  /** The most words an easy-read sentence may have. */
  private static final int MAX_WORDS = 15;

  private SuggestionsEasyRead() {}

  /**
   * What became of a suggestion, in short sentences.
   *
   * @param reason the kind of reason, or empty for a rejection whose kind the record does not say
   * @return one or two sentences
   */
  static String outcome(Optional<OutcomeReason> reason) {
    return reason.map(SuggestionsEasyRead::outcome).orElse("We did not do it. We did not say why.");
  }

  private static String outcome(OutcomeReason reason) {
    switch (reason) {
      case ADOPTED:
        return "We did it.";
      case ADOPTED_IN_PART:
        return "We did some of it.";
      case NOT_WITHIN_BUDGET:
        return "We could not do it. There was not enough money.";
      case OUTSIDE_GROUP_REMIT:
        return "We could not do it. This group cannot decide it.";
      case DOES_NOT_FIT_CURRENT_MODEL:
        return "We did not do it. We said it did not fit the way we work now.";
      case OTHER_REASON:
        return "We did not do it. We gave a reason.";
      default:
        return "We have not decided yet.";
    }
  }

  /**
   * Whether the people who made a suggestion were told what became of it.
   *
   * @param line the suggestion's line
   * @param day how the report writes a date
   * @return one sentence
   */
  static String told(SuggestionFeedback line, Function<LocalDate, String> day) {
    if (!line.told()) {
      return "We have not told you yet.";
    }
    return line.toldOn().map(d -> "We told you on " + day.apply(d) + ".").orElse("We told you.");
  }

  /**
   * The participant report's account of the round's suggestions.
   *
   * @param lines the report's "you said, we did" lines
   * @return a paragraph and a list, or nothing when there were no suggestions
   */
  static List<Block> blocks(List<SuggestionFeedback> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    List<Item> entries = new ArrayList<>();
    for (SuggestionFeedback line : lines) {
      List<String> details = new ArrayList<>();
      line.interestGroup()
          .ifPresent(g -> details.add("This idea came from " + Words.group(g) + "."));
      details.add(outcome(line.outcomeReason()));
      details.add(told(line, ParticipantContent::day));
      entries.add(new Item("", idea(line.summary()), List.copyOf(details)));
    }
    return List.of(
        new Paragraph(
            "You gave us "
                + Words.count(lines.size(), "idea", "ideas")
                + ". This is what happened to "
                + (lines.size() == 1 ? "it." : "them.")),
        new Items(false, List.copyOf(entries)));
  }

  /**
   * The suggestion in the record's own words when they keep to easy read's short sentences; a
   * longer summary is not cut, which could change its meaning, but pointed to.
   */
  private static String idea(String summary) {
    String sentence = summary.strip();
    if (!sentence.matches("(?s).*[.!?]$")) {
      sentence = sentence + ".";
    }
    boolean fits =
        Readability.sentences(sentence).stream()
            .allMatch(s -> Readability.words(s).size() <= MAX_WORDS);
    return fits ? sentence : "This idea is too long to write here. Ask us about it.";
  }
}
