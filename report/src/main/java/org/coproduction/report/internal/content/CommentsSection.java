package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.GroupComments;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;

/**
 * The people's own words: what raters added to their answers, under each item, grouped by interest
 * group and never with who wrote them. Which comments may be shown was settled when the report was
 * made ({@link EvaluationReport#comments()}); this section only lays them out, each in quotation
 * marks on a line of its own.
 */
final class CommentsSection extends SectionBuilder {
  private static final String TITLE = "In their own words";

  CommentsSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "comments";
  }

  @Override
  Section build() {
    List<Block> blocks = new ArrayList<>();
    if (!report.commentsShown()) {
      blocks.add(para("Raters' comments are left out of this report, as its settings ask."));
      return section(TITLE, blocks);
    }
    int k = settings.minimumGroupSize();
    String rule =
        "A group's comments on a question are shown only when at least "
            + k
            + " people from it answered that question, as for its scores.";
    if (report.comments().isEmpty()) {
      blocks.add(para("No rater added a comment that can be shown here. " + rule));
      return section(TITLE, blocks);
    }
    int total = report.comments().stream().mapToInt(c -> c.comments().size()).sum();
    blocks.add(
        para(
            "Raters added "
                + count(total, "comment", "comments")
                + " to their answers. Here they are in their own words, under the question they"
                + " answered and by interest group. Nobody is named, and each group's comments are"
                + " in alphabetical order, not the order people answered in. "
                + rule));
    Map<String, List<GroupComments>> byItem = new LinkedHashMap<>();
    for (GroupComments c : report.comments()) {
      byItem.computeIfAbsent(c.itemId(), i -> new ArrayList<>()).add(c);
    }
    byItem.forEach(
        (itemId, groups) -> {
          blocks.add(new Subheading(itemId));
          texts.statement(itemId).ifPresent(statement -> blocks.add(para(statement)));
          List<Item> entries = new ArrayList<>();
          for (GroupComments g : groups) {
            List<String> details = new ArrayList<>();
            g.comments().forEach(c -> details.add("- " + OwnWords.quoted(c)));
            entries.add(
                new Item(
                    Words.capitalise(Words.group(g.interestGroup())),
                    "(" + count(g.comments().size(), "comment", "comments") + ")",
                    details));
          }
          blocks.add(new Items(false, entries));
        });
    return section(TITLE, blocks);
  }
}
