package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.representation.BodyRepresentation;
import org.coproduction.scoring.representation.MeetingRepresentation;
import org.coproduction.scoring.representation.RepresentationReport;

/**
 * The first sentence of the representation section: whether every interest group has someone who
 * speaks for it. Having people from a group in the records is not enough: a group whose people sit
 * on no body and came to no meeting has a name on a list, not a voice. So the sentence says "all
 * five interest groups have someone who speaks for them" only when every group has a participant
 * and each of them sits on a body or came to at least one meeting.
 */
final class RepresentationHeadline {
  private static final String MOTTO = "Nothing about any of us without all of us";

  private RepresentationHeadline() {}

  /**
   * The sentence.
   *
   * @param r the representation report
   * @return one sentence
   */
  static String of(RepresentationReport r) {
    List<InterestGroup> missing = r.groupsMissing();
    if (r.bodies().isEmpty() && r.meetings().isEmpty()) {
      return missing.isEmpty()
          ? MOTTO
              + ": the records name people from all five interest groups, but no body and no"
              + " meeting, so they cannot show that every group is heard."
          : MOTTO
              + ", but nobody speaks for "
              + Words.groups(missing)
              + ", and the records name no body and no meeting where the others are heard.";
    }
    List<InterestGroup> silent = silent(r);
    if (missing.isEmpty() && silent.isEmpty()) {
      return MOTTO + ": all five interest groups have someone who speaks for them.";
    }
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("nobody speaks for " + Words.groups(missing));
    }
    if (!silent.isEmpty()) {
      parts.add(
          "nobody from "
              + Words.groups(silent)
              + " sits on a body or came to a meeting, though the records name people from "
              + (silent.size() == 1 ? "that group" : "those groups"));
    }
    return MOTTO + ", but " + String.join(", and ", parts) + ".";
  }

  /**
   * The groups with people in the records of whom none sits on a body or came to a meeting, in the
   * order of {@link InterestGroup}.
   */
  static List<InterestGroup> silent(RepresentationReport r) {
    Set<InterestGroup> heard = EnumSet.noneOf(InterestGroup.class);
    for (BodyRepresentation b : r.bodies()) {
      heard.addAll(present(b.groupsMissing()));
    }
    for (MeetingRepresentation m : r.meetings()) {
      heard.addAll(present(m.groupsMissing()));
    }
    List<InterestGroup> silent = new ArrayList<>();
    for (InterestGroup g : InterestGroup.values()) {
      if (!r.groupsMissing().contains(g) && !heard.contains(g)) {
        silent.add(g);
      }
    }
    return silent;
  }

  private static Set<InterestGroup> present(List<InterestGroup> missing) {
    Set<InterestGroup> present = EnumSet.allOf(InterestGroup.class);
    missing.forEach(present::remove);
    return present;
  }
}
