package org.coproduction.consumers.jackson2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;

/**
 * A Jackson 2 application that embeds the library: its own ObjectMapper works before and after the
 * library's Jackson 3 has loaded, and the library scores and round-trips documents in between.
 */
public final class Main {
  /** A value of the host's own, written and read by its Jackson 2. */
  public record Visit(String who, int minutes) {}

  public static void main(String[] args) throws Exception {
    ObjectMapper jackson2 = new ObjectMapper();
    String jackson2Version = jackson2.version().toString();
    check(
        jackson2Version.startsWith("2.18."),
        "the host's Jackson 2 is 2.18, was " + jackson2Version);
    String visit = jackson2.writeValueAsString(new Visit("p1", 45));

    Checklist checklist = BuiltInChecklist.get();
    List<ResponseSet> answers =
        List.of(
            answers(
                checklist,
                "r1",
                Role.PERSON_WHO_USES_SERVICES,
                InterestGroup.PEOPLE_WHO_USE_SERVICES,
                Answer.YES),
            answers(
                checklist,
                "r2",
                Role.CARER_OR_FAMILY,
                InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
                Answer.YES),
            answers(
                checklist,
                "r3",
                Role.MANAGER,
                InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES,
                Answer.PARTLY),
            answers(
                checklist,
                "r4",
                Role.FRONTLINE_STAFF,
                InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES,
                Answer.PARTLY));
    // One rater per interest group: k = 1 counts every answer. With the default k of 3, answers of
    // a group of fewer than 3 are left out of every figure (README, "What a report never shows").
    ScoringSettings everyAnswer = ScoringSettings.builder().minimumGroupSize(1).build();
    ScoreReport report = Scoring.score(checklist, answers, List.of(), everyAnswer);
    check(report.raters() == 4, "4 raters, was " + report.raters());
    double overall = report.overall().value().orElseThrow();
    check(overall == 75.0, "overall 75.0 (two yes, two partly), was " + overall);

    for (ResponseSet set : answers) {
      check(
          Documents.read(Documents.write(set), ResponseSet.class).equals(set),
          "response set round trip");
    }
    check(
        Documents.read(Documents.write(report), ScoreReport.class).equals(report),
        "report round trip");
    check(
        Documents.read(Documents.write(checklist), Checklist.class).equals(checklist),
        "checklist round trip");

    check(
        jackson2.readValue(visit, Visit.class).equals(new Visit("p1", 45)),
        "Jackson 2 record round trip");
    Map<?, ?> tree = jackson2.readValue(Documents.write(answers.get(0)), Map.class);
    check(tree.get("id").equals("r1"), "Jackson 2 reads the library's document as a map");

    System.out.println(
        "jackson2-host: Jackson 2 "
            + jackson2Version
            + " beside the library, annotations "
            + JsonInclude.class.getPackage().getImplementationVersion()
            + "; scored "
            + checklist.items().size()
            + " items from "
            + report.raters()
            + " raters, overall "
            + overall
            + "; documents round-trip");
  }

  static ResponseSet answers(
      Checklist checklist, String id, Role role, InterestGroup group, Answer answer) {
    List<ItemResponse> responses = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      responses.add(ItemResponse.of(item.id(), answer));
    }
    return ResponseSet.builder()
        .id(id)
        .checklist(checklist.ref())
        .initiativeId("riverside")
        .raterRole(role)
        .raterInterestGroup(group)
        .answers(responses)
        .build();
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("expected " + what);
    }
  }
}
