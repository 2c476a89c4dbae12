package org.coproduction.report.internal.content;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.actions.ActionCheck;
import org.coproduction.report.actions.ActionReview;
import org.coproduction.report.actions.Owner;
import org.coproduction.report.actions.PlannedAction;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Paragraph;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.scoring.Band;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;

/**
 * The report for the people who took part, in easy read: what you told us, what we will do, what we
 * did. Short sentences, everyday words, no figures but star pictures, and no statistics. The same
 * rules protect people as in the full report: a group's view is shown only when enough of its
 * people answered ({@link Visibility}), and nobody is named. Source: "The Co-production Police and
 * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016 (people must hear
 * what came of what they said).
 */
@API(status = INTERNAL, since = "0.1")
public final class ParticipantContent {
  /** Dates as people write them, such as 19 November 2025. */
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private ParticipantContent() {}

  /**
   * The easy-read content of a report.
   *
   * @param report the evaluation report
   * @param texts the wording behind its ids, for each item's easy-read text
   * @return the content, in reading order
   */
  public static Content of(EvaluationReport report, ReportTexts texts) {
    ScoreReport latest = report.latest();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("what-you-told-us", "What you told us", toldUs(latest, texts)));
    sections.add(new Section("what-we-will-do", "What we will do", willDo(report, texts)));
    sections.add(new Section("what-we-did", "What we did", WhatWeDid.blocks(report, texts)));
    return new Content(
        "Easy read report",
        report.title(),
        List.of(
            "Thank you for taking part.",
            "You answered our questions about how we work with you.",
            "This report tells you what you said.",
            "It tells you what we will do next."),
        List.copyOf(sections),
        List.of("We do not show the answers of small groups. This keeps your answers private."));
  }

  private static List<Block> toldUs(ScoreReport latest, ReportTexts texts) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(para(Words.count(latest.raters(), "person", "people") + " answered."));
    blocks.add(para("We show each answer as stars. Four stars is the best."));
    List<Item> views = new ArrayList<>();
    views.add(new Item("Everyone", overall(latest.overall()), List.of()));
    for (GroupScore group : latest.overall().byGroup().groups()) {
      String name = Words.capitalise(Words.group(group.group()));
      if (group.visibility() == Visibility.SHOWN && group.value().isPresent()) {
        Band band = latest.settings().band(group.value().get());
        views.add(new Item(name, stars(band), List.of()));
      } else {
        views.add(
            new Item(
                name, "Too few people in this group answered. We keep it private.", List.of()));
      }
    }
    blocks.add(new Items(false, views));
    List<Item> flagged = new ArrayList<>();
    for (RedFlag flag : latest.redFlags()) {
      easyRead(texts, flag.itemId()).ifPresent(t -> flagged.add(new Item("", t, List.of())));
    }
    if (flagged.isEmpty()) {
      blocks.add(para("You did not tell us that anything is going badly wrong."));
    } else {
      blocks.add(para("You told us these things are not right yet."));
      blocks.add(new Items(false, flagged));
    }
    return blocks;
  }

  /** A score as stars and words, or why there is none. */
  private static String overall(Score score) {
    return score
        .band()
        .map(ParticipantContent::stars)
        .orElse("Too few people answered to be sure.");
  }

  /** A band as a picture of stars and the same in words, so a screen reader can say it. */
  static String stars(Band band) {
    int n = band.ordinal() + 1;
    return "★".repeat(n)
        + "☆".repeat(Band.values().length - n)
        + " "
        + n
        + " out of "
        + Band.values().length
        + " stars. "
        + Words.capitalise(band.words())
        + ".";
  }

  private static List<Block> willDo(EvaluationReport report, ReportTexts texts) {
    Optional<ActionReview> review = report.actions();
    List<Item> open = new ArrayList<>();
    if (review.isPresent()) {
      for (ActionCheck check : review.get().actions()) {
        PlannedAction action = check.action();
        boolean stillToDo =
            action.status().open() && (!review.get().followUp() || check.stillFlagged());
        if (stillToDo) {
          open.add(action(action, texts, review.get().followUp() && check.due()));
        }
      }
    }
    if (open.isEmpty()) {
      return List.of(
          para(
              review.isPresent()
                  ? "There is nothing more on our plan for now."
                  : "We have not made our plan yet. We will tell you when we have."));
    }
    return List.of(para("This is our plan."), new Items(false, open));
  }

  private static Item action(PlannedAction action, ReportTexts texts, boolean late) {
    List<String> details = new ArrayList<>();
    action.note().ifPresent(details::add);
    details.add("Who: " + owner(action.owner()) + ".");
    details.add("When: by " + day(action.dueBy()) + ".");
    if (late) {
      details.add("This is late. We are sorry.");
    }
    String goal =
        easyRead(texts, action.itemId()).map(t -> "We want this to be true. " + t).orElse("");
    return new Item("", goal, List.copyOf(details));
  }

  /** The easy-read text of an item, when the checklist is at hand. */
  static Optional<String> easyRead(ReportTexts texts, String itemId) {
    return texts.item(itemId).map(ChecklistItem::easyRead);
  }

  static String owner(Owner owner) {
    return owner
        .role()
        .map(r -> "the " + Words.plain(r))
        .orElseGet(() -> "the group we call " + owner.bodyId().orElseThrow());
  }

  static String day(LocalDate date) {
    return date.format(DAY);
  }

  private static Paragraph para(String text) {
    return new Paragraph(text);
  }
}
