package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.list;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.scoring.representation.BodyRepresentation;
import org.coproduction.scoring.representation.MeetingRepresentation;
import org.coproduction.scoring.representation.RepresentationReport;
import org.coproduction.scoring.representation.SeldomHeardReach;

/** Section 12: who is represented in bodies, meetings and seldom-heard groups. */
final class RepresentationSection extends SectionBuilder {
  RepresentationSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "representation";
  }

  @Override
  Section build() {
    return representation(report.representation());
  }

  private Section representation(RepresentationReport r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(para(RepresentationHeadline.of(r)));

    blocks.add(new Subheading("Bodies"));
    if (r.bodies().isEmpty()) {
      blocks.add(para("The initiative names no bodies such as a steering group or board."));
    } else {
      List<Item> entries = new ArrayList<>();
      for (BodyRepresentation b : r.bodies()) {
        List<String> details = new ArrayList<>();
        if (!b.groupsMissing().isEmpty()) {
          details.add("No member from " + Words.groups(b.groupsMissing()) + ".");
        }
        entries.add(
            new Item(
                b.bodyId(),
                "("
                    + Words.bodyKind(b.kind())
                    + "): "
                    + count(b.members(), "member", "members")
                    + b.membersWithLivedExperience()
                        .map(
                            n ->
                                ", "
                                    + (n == 0 ? "none" : n)
                                    + " with lived experience"
                                    + b.livedExperienceShare()
                                        .map(s -> " (" + Words.percent(s) + ")")
                                        .orElse(""))
                        .orElse(""),
                details));
      }
      blocks.add(new Items(false, entries));
    }

    blocks.add(new Subheading("Meetings"));
    List<Item> gaps = new ArrayList<>();
    for (MeetingRepresentation m : r.meetings()) {
      if (m.groupsMissing().isEmpty() && m.groupsNotInvited().isEmpty()) {
        continue;
      }
      List<String> details = new ArrayList<>();
      if (!m.groupsMissing().isEmpty()) {
        details.add("Nobody came from " + Words.groups(m.groupsMissing()) + ".");
      }
      if (!m.groupsNotInvited().isEmpty()) {
        details.add("Nobody was invited from " + Words.groups(m.groupsNotInvited()) + ".");
      }
      String where =
          m.date()
              + m.stage().map(s -> ", " + Words.stage(s)).orElse("")
              + m.bodyId().map(b -> ", " + b).orElse("");
      gaps.add(new Item(m.meetingId(), "(" + where + "): " + m.attended() + " came", details));
    }
    if (r.meetings().isEmpty()) {
      blocks.add(para("No meetings are recorded."));
    } else if (gaps.isEmpty()) {
      blocks.add(
          para(
              "All "
                  + count(r.meetings().size(), "meeting", "meetings")
                  + " had someone from every interest group."));
    } else {
      blocks.add(
          para(
              gaps.size()
                  + " of "
                  + count(r.meetings().size(), "meeting", "meetings")
                  + " had an interest group missing:"));
      blocks.add(new Items(false, gaps));
    }

    blocks.add(new Subheading("Seldom-heard groups"));
    if (r.seldomHeard().isEmpty()) {
      blocks.add(
          para(
              "No group that is often left out was reached by "
                  + r.settings().minGroupSize()
                  + " or more people."));
    } else {
      List<String> reached = new ArrayList<>();
      for (SeldomHeardReach s : r.seldomHeard()) {
        reached.add(
            Words.seldomHeard(s.group()) + " (" + count(s.people(), "person", "people") + ")");
      }
      blocks.add(para("Reached: " + list(reached) + "."));
    }
    r.peopleInSeldomHeardGroups()
        .ifPresent(n -> blocks.add(para("People in at least one seldom-heard group: " + n + ".")));
    if (!r.seldomHeardFewOrNone().isEmpty()) {
      blocks.add(
          para(
              "Reached by fewer than "
                  + r.settings().minGroupSize()
                  + " people, or none: "
                  + list(r.seldomHeardFewOrNone().stream().map(Words::seldomHeard).toList())
                  + "."));
    }
    return section("Representation", blocks);
  }
}
