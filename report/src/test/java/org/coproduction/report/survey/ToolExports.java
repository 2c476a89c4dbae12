package org.coproduction.report.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;

/**
 * The same eight invented respondents to the dementia club's survey, written as each survey tool
 * lays out its export: a clean CSV, SurveyMonkey (two header rows, a matrix question), Google Forms
 * (a tick-box group question), Microsoft Forms (a workbook, ";"-joined ticks), Qualtrics (three
 * header rows) and a Citizen Space-like workbook (a named sheet after a summary sheet). The
 * examples module bundles what this writes; {@code ToolExportsTest} checks both.
 */
public final class ToolExports {
  private ToolExports() {}

  /** One respondent: role, the groups they ticked (first is theirs), six answers, a comment. */
  record Respondent(String role, List<String> groups, List<String> answers, String comment) {}

  static final String ROLE = "Which of these best describes you?";
  static final String GROUP = "Which group are you speaking for?";
  static final String COMMENT = "Tell us more about your ideas";
  static final String MATRIX = "How well did the club do these?";

  /** The six questions, and the checklist items they ask. */
  static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

  static {
    QUESTIONS.put(
        "Were members there from the very start, before anything was decided?",
        "involved-from-start");
    QUESTIONS.put("Were you told what happened to your ideas?", "outcomes-fed-back");
    QUESTIONS.put("Were your travel and other costs paid?", "expenses-and-fees");
    QUESTIONS.put("Were you told about meetings at least two weeks ahead?", "notice-given");
    QUESTIONS.put("Could you get into and around the hall, and see and hear?", "venue-access");
    QUESTIONS.put("Did we decide things together?", "power-shared");
  }

  private static final String PEOPLE = "People who come to the club";
  private static final String FAMILY = "Family and friends who care";

  static final List<Respondent> RESPONDENTS =
      List.of(
          new Respondent(
              "I live with dementia",
              List.of(PEOPLE),
              List.of("Yes", "Yes", "Yes", "Yes", "Yes", "Partly"),
              "They told us why we can't meet on Saturdays."),
          new Respondent(
              "I live with dementia",
              List.of(PEOPLE),
              List.of("Yes", "Partly", "Yes", "Yes", "Partly", "Yes"),
              ""),
          new Respondent(
              "I care for someone who comes to the club",
              List.of(FAMILY),
              List.of("Yes", "Yes", "Yes", "Yes", "Yes", "Yes"),
              "Notes came by post, which helped, as I'm not online."),
          new Respondent(
              "I care for someone who comes to the club",
              List.of(FAMILY, PEOPLE),
              List.of("Partly", "Yes", "Partly", "Yes", "Yes", "Yes"),
              ""),
          new Respondent(
              "I volunteer at the club",
              List.of("Local people"),
              List.of("Yes", "Yes", "Yes", "Yes", "Yes", "Yes"),
              ""),
          new Respondent(
              "I live nearby",
              List.of("Local people"),
              List.of("Don't know", "Don't know", "Does not apply", "Yes", "Yes", "Partly"),
              ""),
          new Respondent(
              "I run the club",
              List.of("People who run or fund the club"),
              List.of("Yes", "Yes", "Partly", "Yes", "Yes", "Yes"),
              ""),
          new Respondent(
              "I work with the club for another service",
              List.of("People who work with the club"),
              List.of("Yes", "Yes", "Yes", "Partly", "No", "Yes"),
              "The ramp at the back door is steep."));

  /** The words every mapping shares; only the headings and the layout differ. */
  private static SurveyMapping.Builder base(String id) {
    SurveyMapping.Builder mapping =
        SurveyMapping.builder()
            .id(id)
            .checklist(BuiltInChecklist.get().ref())
            .initiativeId("dementia-club")
            .reviewRoundId("review-2025")
            .roleColumn(ROLE)
            .putRoleWords("I live with dementia", Role.PERSON_WHO_USES_SERVICES)
            .putRoleWords("I care for someone who comes to the club", Role.CARER_OR_FAMILY)
            .putRoleWords("I volunteer at the club", Role.VOLUNTEER)
            .putRoleWords("I live nearby", Role.COMMUNITY_MEMBER)
            .putRoleWords("I run the club", Role.MANAGER)
            .putRoleWords("I work with the club for another service", Role.FRONTLINE_STAFF)
            .interestGroupColumn(GROUP)
            .putInterestGroupWords(PEOPLE, InterestGroup.PEOPLE_WHO_USE_SERVICES)
            .putInterestGroupWords(FAMILY, InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
            .putInterestGroupWords("Local people", InterestGroup.MEMBERS_OF_THE_PUBLIC)
            .putInterestGroupWords(
                "People who run or fund the club",
                InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)
            .putInterestGroupWords(
                "People who work with the club", InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES)
            .putAnswerWords("Yes", Answer.YES)
            .putAnswerWords("Partly", Answer.PARTLY)
            .putAnswerWords("No", Answer.NO)
            .putAnswerWords("Don't know", Answer.DONT_KNOW)
            .putAnswerWords("Does not apply", Answer.NOT_APPLICABLE);
    for (Map.Entry<String, String> q : QUESTIONS.entrySet()) {
      ItemColumn.Builder item = ItemColumn.builder().column(q.getKey()).itemId(q.getValue());
      if (q.getValue().equals("outcomes-fed-back")) {
        item.commentColumn(COMMENT);
      }
      mapping.addItems(item.build());
    }
    return mapping;
  }

  /** The file names, in the order the README lists them. */
  static final List<String> TOOLS =
      List.of(
          "clean", "surveymonkey", "google-forms", "microsoft-forms", "qualtrics", "citizen-space");

  /**
   * The export's file name for a tool.
   *
   * @param tool one of {@link #TOOLS}
   * @return for example {@code microsoft-forms.xlsx}
   */
  static String fileName(String tool) {
    return tool
        + (tool.equals("microsoft-forms") || tool.equals("citizen-space") ? ".xlsx" : ".csv");
  }

  /** The mapping for a tool's export. */
  static SurveyMapping mapping(String tool) {
    return switch (tool) {
      case "clean" -> base("club-survey-clean").responseIdColumn("Response ID").build();
      case "surveymonkey" ->
          base("club-survey-surveymonkey")
              .preset(SurveyTool.SURVEYMONKEY)
              .responseIdColumn("Respondent ID")
              .build();
      case "google-forms" ->
          base("club-survey-google-forms")
              .preset(SurveyTool.GOOGLE_FORMS)
              .multipleChoices(MultipleChoiceRule.FIRST)
              .build();
      case "microsoft-forms" ->
          base("club-survey-microsoft-forms")
              .preset(SurveyTool.MICROSOFT_FORMS)
              .multipleChoices(MultipleChoiceRule.FIRST)
              .responseIdColumn("ID")
              .build();
      case "qualtrics" ->
          base("club-survey-qualtrics")
              .preset(SurveyTool.QUALTRICS)
              .multipleChoices(MultipleChoiceRule.FIRST)
              .responseIdColumn("Response ID")
              .build();
      case "citizen-space" ->
          base("club-survey-citizen-space")
              .sheet("Responses")
              .responseIdColumn("Response ID")
              .build();
      default -> throw new IllegalArgumentException(tool);
    };
  }

  /** The export's bytes for a tool. */
  static byte[] export(String tool) {
    return switch (tool) {
      case "clean" -> utf8(csv(clean(), ","));
      case "surveymonkey" -> utf8(csv(surveyMonkey(), ","));
      case "google-forms" -> utf8(csv(googleForms(), ","));
      case "microsoft-forms" -> workbook(List.of(), "Form1", microsoftForms());
      case "qualtrics" -> bom(csv(qualtrics(), ","));
      case "citizen-space" -> workbook(citizenSpaceSummary(), "Responses", citizenSpace());
      default -> throw new IllegalArgumentException(tool);
    };
  }

  private static List<List<String>> clean() {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Response ID", ROLE, GROUP));
    header.addAll(QUESTIONS.keySet());
    header.add(COMMENT);
    rows.add(header);
    for (int i = 0; i < RESPONDENTS.size(); i++) {
      Respondent r = RESPONDENTS.get(i);
      List<String> row = new ArrayList<>(List.of("R-" + (i + 1), r.role(), r.groups().get(0)));
      row.addAll(r.answers());
      row.add(r.comment());
      rows.add(row);
    }
    return rows;
  }

  /**
   * SurveyMonkey: its own columns first, the first question on its own, the other five as one
   * matrix whose second header row names each column, a curly apostrophe in "Don’t know" as the
   * survey's author typed it, and long respondent ids.
   */
  private static List<List<String>> surveyMonkey() {
    List<String> first =
        new ArrayList<>(
            List.of(
                "Respondent ID",
                "Collector ID",
                "Start Date",
                "End Date",
                "IP Address",
                "Email Address",
                "First Name",
                "Last Name",
                "Custom Data 1",
                ROLE,
                GROUP));
    List<String> second =
        new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "Response", "Response"));
    List<String> questions = List.copyOf(QUESTIONS.keySet());
    first.add(questions.get(0));
    second.add("Response");
    first.add(MATRIX);
    for (int q = 1; q < questions.size(); q++) {
      if (q > 1) {
        first.add("");
      }
      second.add(questions.get(q));
    }
    first.add(COMMENT);
    second.add("Open-Ended Response");
    List<List<String>> rows = new ArrayList<>(List.of(first, second));
    for (int i = 0; i < RESPONDENTS.size(); i++) {
      Respondent r = RESPONDENTS.get(i);
      String time = "12/0" + (1 + i % 5) + "/2025 10:1" + i + ":03 AM";
      List<String> row =
          new ArrayList<>(
              List.of(
                  String.valueOf(118880012301L + i * 7L),
                  "431234567",
                  time,
                  time,
                  "",
                  "",
                  "",
                  "",
                  "",
                  r.role(),
                  r.groups().get(0)));
      r.answers().forEach(a -> row.add(a.replace('\'', '\u2019')));
      row.add(r.comment());
      rows.add(row);
    }
    return rows;
  }

  /** Google Forms: a timestamp first, no response id, and the group as a tick-box question. */
  private static List<List<String>> googleForms() {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Timestamp", ROLE, GROUP));
    header.addAll(QUESTIONS.keySet());
    header.add(COMMENT);
    rows.add(header);
    for (int i = 0; i < RESPONDENTS.size(); i++) {
      Respondent r = RESPONDENTS.get(i);
      List<String> row =
          new ArrayList<>(
              List.of(
                  "2025/12/0" + (1 + i % 5) + " 10:1" + i + ":03 am GMT",
                  r.role(),
                  String.join(", ", r.groups())));
      row.addAll(r.answers());
      row.add(r.comment());
      rows.add(row);
    }
    return rows;
  }

  /** Microsoft Forms: its own columns, then the questions; ticked boxes end with ";". */
  private static List<List<Object>> microsoftForms() {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header =
        new ArrayList<>(
            List.of("ID", "Start time", "Completion time", "Email", "Name", ROLE, GROUP));
    header.addAll(QUESTIONS.keySet());
    header.add(COMMENT);
    rows.add(header);
    for (int i = 0; i < RESPONDENTS.size(); i++) {
      Respondent r = RESPONDENTS.get(i);
      String time = "12/" + (1 + i % 5) + "/25 10:1" + i + ":03";
      List<Object> row =
          new ArrayList<>(
              List.of(
                  (double) (i + 1),
                  time,
                  time,
                  "anonymous",
                  "",
                  r.role(),
                  r.groups().stream().map(g -> g + ";").collect(Collectors.joining())));
      row.addAll(r.answers());
      row.add(r.comment());
      rows.add(row);
    }
    return rows;
  }

  /** Qualtrics: codes, question texts and import ids as three header rows. */
  private static List<List<String>> qualtrics() {
    List<String> codes =
        new ArrayList<>(
            List.of(
                "StartDate",
                "EndDate",
                "Status",
                "Progress",
                "Finished",
                "ResponseId",
                "Q1",
                "Q2"));
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Start Date",
                "End Date",
                "Response Type",
                "Progress",
                "Finished",
                "Response ID",
                ROLE,
                GROUP));
    List<String> ids =
        new ArrayList<>(
            List.of(
                "{\"ImportId\":\"startDate\",\"timeZone\":\"Europe/London\"}",
                "{\"ImportId\":\"endDate\",\"timeZone\":\"Europe/London\"}",
                "{\"ImportId\":\"status\"}",
                "{\"ImportId\":\"progress\"}",
                "{\"ImportId\":\"finished\"}",
                "{\"ImportId\":\"_recordId\"}",
                "{\"ImportId\":\"QID1\"}",
                "{\"ImportId\":\"QID2\"}"));
    int q = 3;
    for (String question : QUESTIONS.keySet()) {
      codes.add("Q" + q);
      texts.add(question);
      ids.add("{\"ImportId\":\"QID" + q + "\"}");
      q++;
    }
    codes.add("Q" + q);
    texts.add(COMMENT);
    ids.add("{\"ImportId\":\"QID" + q + "_TEXT\"}");
    List<List<String>> rows = new ArrayList<>(List.of(codes, texts, ids));
    for (int i = 0; i < RESPONDENTS.size(); i++) {
      Respondent r = RESPONDENTS.get(i);
      String time = "2025-12-0" + (1 + i % 5) + " 10:1" + i + ":03";
      List<String> row =
          new ArrayList<>(
              List.of(
                  time,
                  time,
                  "IP Address",
                  "100",
                  "True",
                  "R_3kPq" + (char) ('A' + i) + "x9Lm2Vb7Tz",
                  r.role(),
                  String.join(",", r.groups())));
      row.addAll(r.answers());
      row.add(r.comment());
      rows.add(row);
    }
    return rows;
  }

  private static List<List<Object>> citizenSpaceSummary() {
    return List.of(
        List.of("Consultation", "Dementia club review 2025"),
        List.of("Responses", (double) RESPONDENTS.size()));
  }

  /** Citizen Space-like: a response id, when it came, then the questions, on sheet "Responses". */
  private static List<List<Object>> citizenSpace() {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header =
        new ArrayList<>(List.of("Response ID", "Response Submitted", ROLE, GROUP));
    header.addAll(QUESTIONS.keySet());
    header.add(COMMENT);
    rows.add(header);
    for (int i = 0; i < RESPONDENTS.size(); i++) {
      Respondent r = RESPONDENTS.get(i);
      List<Object> row =
          new ArrayList<>(
              List.of(
                  "ANON-4KZT-" + (char) ('A' + i) + "Q7M-" + (i + 1),
                  "2025-12-0" + (1 + i % 5) + " 10:1" + i + ":03",
                  r.role(),
                  r.groups().get(0)));
      row.addAll(r.answers());
      row.add(r.comment());
      rows.add(row);
    }
    return rows;
  }

  /** CSV with every cell quoted where it must be, lines ended with CR LF as the tools do. */
  static String csv(List<List<String>> rows, String separator) {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      text.append(row.stream().map(c -> quote(c, separator)).collect(Collectors.joining(separator)))
          .append("\r\n");
    }
    return text.toString();
  }

  private static String quote(String cell, String separator) {
    return cell.contains(separator)
            || cell.contains("\"")
            || cell.contains("\n")
            || cell.contains(",")
        ? "\"" + cell.replace("\"", "\"\"") + "\""
        : cell;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bom(String text) {
    return utf8("\uFEFF" + text);
  }

  /** A workbook with an optional first sheet, then the data sheet; numbers stay numbers. */
  static byte[] workbook(List<List<Object>> firstSheet, String sheetName, List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!firstSheet.isEmpty()) {
        fill(workbook.createSheet("Summary"), firstSheet);
      }
      fill(workbook.createSheet(sheetName), rows);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(Sheet sheet, List<List<Object>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        Object value = rows.get(r).get(c);
        if (value instanceof Double d) {
          row.createCell(c).setCellValue(d);
        } else if (!value.toString().isEmpty()) {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
  }
}
