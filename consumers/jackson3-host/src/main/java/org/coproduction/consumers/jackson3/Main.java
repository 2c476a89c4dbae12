package org.coproduction.consumers.jackson3;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionJacksonModule;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 3 application on the module path: the library's named modules resolve from {@code
 * requires org.coproduction.scoring}, score the built-in checklist and round-trip documents, and
 * the host's own JsonMapper reads the library's documents as plain JSON, and with the library's
 * module registered reads and writes them as Documents does.
 */
public final class Main {
  /** A value of the host's own, written and read by its Jackson 3. */
  public record Visit(String who, int minutes) {}

  public static void main(String[] args) {
    check(Main.class.getModule().isNamed(), "to run as a named module");
    check(
        Scoring.class.getModule().getName().equals("org.coproduction.scoring"),
        "the library as the named module org.coproduction.scoring");
    JsonMapper own = JsonMapper.builder().build();

    Checklist checklist = BuiltInChecklist.get();
    List<ResponseSet> answers =
        List.of(
            answers(
                checklist,
                "r1",
                Role.PERSON_WHO_USES_SERVICES,
                InterestGroup.PEOPLE_WHO_USE_SERVICES,
                Answer.NO),
            answers(
                checklist,
                "r2",
                Role.CARER_OR_FAMILY,
                InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
                Answer.NO),
            answers(
                checklist,
                "r3",
                Role.MANAGER,
                InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES,
                Answer.YES));
    // One rater per interest group: k = 1 counts every answer. With the default k of 3, answers of
    // a group of fewer than 3 are left out of every figure (README, "What a report never shows").
    ScoringSettings everyAnswer = ScoringSettings.builder().minimumGroupSize(1).build();
    ScoreReport report = Scoring.score(checklist, answers, List.of(), everyAnswer);
    check(report.raters() == 3, "3 raters, was " + report.raters());
    double overall = report.overall().value().orElseThrow();
    check(Math.abs(overall - 100.0 / 3) < 0.1, "overall 33.3 (two no, one yes), was " + overall);
    check(
        report.redFlags().size() == checklist.items().size(),
        "every item flagged when two of three say no, was " + report.redFlags().size());

    for (ResponseSet set : answers) {
      check(
          Documents.read(Documents.write(set), ResponseSet.class).equals(set),
          "response set round trip");
    }
    String reportJson = Documents.write(report);
    check(Documents.read(reportJson, ScoreReport.class).equals(report), "report round trip");

    check(
        own.readValue(own.writeValueAsString(new Visit("p1", 45)), Visit.class)
            .equals(new Visit("p1", 45)),
        "the host's own Jackson 3 record round trip");
    check(
        own.readTree(reportJson).get("raters").asInt() == 3, "the host's mapper reads the report");

    // The host's mapper with the library's module reads and writes documents as Documents does.
    JsonMapper withModule = JsonMapper.builder().addModule(new CoProductionJacksonModule()).build();
    ResponseSet first = answers.get(0);
    String written = withModule.writeValueAsString(first);
    check(
        withModule.readValue(written, ResponseSet.class).equals(first),
        "a response set round trip through the host's mapper");
    check(
        Documents.read(written, ResponseSet.class).equals(first),
        "Documents reads what the host's mapper writes");
    check(
        withModule.readValue(reportJson, ScoreReport.class).equals(report),
        "the host's mapper reads the report Documents wrote");
    try {
      withModule.readValue(written.replace("\"NO\"", "\"NO \""), ResponseSet.class);
      throw new AssertionError("expected the host's mapper to refuse an answer with a space");
    } catch (JacksonException e) {
      String problem = CoProductionJacksonModule.problem(e).getMessage();
      check(
          problem.startsWith("answers[0].answer: must be an id of 1 to 64 letters"),
          "the library's message for a refused answer, was " + problem);
    }

    System.out.println(
        "jackson3-host: on the module path, scored "
            + checklist.items().size()
            + " items from "
            + report.raters()
            + " raters, overall "
            + Math.round(overall * 10) / 10.0
            + ", "
            + report.redFlags().size()
            + " red flags; documents round-trip, through the host's mapper too");
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
