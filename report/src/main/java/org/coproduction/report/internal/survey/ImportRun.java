package org.coproduction.report.internal.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.report.survey.ExportSource;
import org.coproduction.report.survey.HeldBackRespondent;
import org.coproduction.report.survey.ItemColumn;
import org.coproduction.report.survey.MultipleChoiceRule;
import org.coproduction.report.survey.RowProblem;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyMapping;
import org.coproduction.report.survey.UnknownAnswerRule;

/**
 * One import of one export's rows: checks every respondent row on its own, keeps the good ones as
 * response sets and says why the others were skipped, by row and column, without repeating what the
 * respondent wrote.
 */
public final class ImportRun {
  /** What a spreadsheet makes of a long number: 1.1888E+11, or 1,1888E+11 where "," is decimal. */
  private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]([.,][0-9]+)?[eE][+-]?[0-9]+");

  private final SurveyMapping mapping;
  private final ExportSource source;
  private final List<ResponseSet> responses = new ArrayList<>();
  private final Checklist checklist;
  private final List<RowProblem> problems = new ArrayList<>();
  private final List<RowProblem> notes = new ArrayList<>();
  private final List<HeldBackRespondent> heldBack = new ArrayList<>();
  private final Map<String, Integer> responseIds = new HashMap<>();
  private final Map<String, Integer> participantIds = new HashMap<>();
  private final Map<String, List<String>> scientificIds = new HashMap<>();
  private HeaderIndex header;
  private int rowsRead;

  /**
   * Starts an import.
   *
   * @param mapping how to read the rows
   * @param checklist the checklist answered, whose scales say what each answer cell may be
   * @param source how the file was read, for the summary and messages
   */
  public ImportRun(SurveyMapping mapping, Checklist checklist, ExportSource source) {
    this.mapping = mapping;
    this.checklist = checklist;
    this.source = source;
  }

  /**
   * Reads the table.
   *
   * @param table the export's rows
   * @return the import's result
   * @throws CoProductionException when the export is empty or its header cannot be used
   */
  public SurveyImport read(Table table) {
    String file = source.file();
    int headerRows = mapping.headerRowCount();
    List<String[]> rows = table.rows();
    if (table.brokenAt().isPresent() && table.brokenAt().getAsInt() <= headerRows) {
      throw CoProductionException.at(
          file + ", header row " + table.brokenAt().getAsInt(),
          "the header row cannot be read as CSV: a quoted heading is never closed, or a quote is"
              + " misplaced; open the file in a spreadsheet and save it as CSV again");
    }
    if (rows.isEmpty()) {
      throw CoProductionException.at(file, "the export is empty: it has no header row");
    }
    if (rows.size() < headerRows) {
      throw CoProductionException.at(
          file,
          "the export has "
              + rows.size()
              + (rows.size() == 1 ? " row" : " rows")
              + ", but the mapping expects "
              + headerRows
              + " header rows before the respondents; check the mapping's preset or headerRows");
    }
    List<String> headings =
        Headings.of(
            rows.subList(0, headerRows),
            mapping.headingRowNumber(),
            mapping.preset().map(p -> p.subHeadings()).orElse(false));
    header =
        HeaderIndex.of(mapping, headings, file, mapping.headingRowNumber(), source.separator());
    for (int r = headerRows; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      if (!blankFrom(cells, 0)) {
        rowsRead++;
        readRow(r + 1, cells);
      }
    }
    table
        .brokenAt()
        .ifPresent(
            row -> {
              // The quoting is broken from here on, so nothing after this row can be trusted.
              rowsRead++;
              problems.add(
                  problem(
                      row,
                      Optional.empty(),
                      "the CSV quoting breaks here (a quoted cell is never closed, or a quote is"
                          + " misplaced), so this row and any after it cannot be read; correct the"
                          + " quotes in this row and import again"));
            });
    return SurveyImport.builder()
        .responses(responses)
        .problems(problems)
        .notes(notes)
        .heldBack(heldBack)
        .notices(notices())
        .source(source)
        .rowsRead(rowsRead)
        .build();
  }

  private void readRow(int row, String[] cells) {
    int before = problems.size();
    if (cells.length < header.width() && !shortRowIsBlankPadding(cells)) {
      problems.add(
          problem(
              row,
              Optional.of(header.headingAt(cells.length)),
              "the row ends after "
                  + cells.length
                  + (cells.length == 1 ? " cell" : " cells")
                  + ", but the header has "
                  + header.width()
                  + " columns; this and later cells are missing"));
      return;
    }
    if (cells.length > header.width() && !blankFrom(cells, header.width())) {
      problems.add(
          problem(
              row,
              Optional.empty(),
              "the row has "
                  + cells.length
                  + " cells, but the header has only "
                  + header.width()
                  + " columns; a "
                  + source.separator().map(ImportRun::singular).orElse("cell")
                  + " may be missing its quotes"));
      return;
    }

    String id = responseId(row, cells);
    Optional<String> participant = participantId(row, cells);
    List<Role> roles = roles(row, cells);
    List<InterestGroup> groups = interestGroups(row, cells, roles);
    List<ItemResponse> answers = answers(row, cells);
    int refusedBefore = problems.size();
    Optional<Role> role = choose(row, mapping.roleColumn(), roles, "roles", Role::ordinal);
    Optional<InterestGroup> group =
        mapping.interestGroupColumn().isPresent()
            ? choose(
                row,
                mapping.interestGroupColumn().get(),
                groups,
                "interest groups",
                InterestGroup::ordinal)
            : role.flatMap(Role::usualInterestGroup);
    if (problems.size() > refusedBefore && refusedBefore == before && !answers.isEmpty()) {
      heldBack.add(
          HeldBackRespondent.builder()
              .row(row)
              .roles(roles)
              .interestGroups(groups)
              .answers(answers)
              .build());
    }
    if (problems.size() == before && answers.isEmpty()) {
      problems.add(
          problem(
              row,
              Optional.empty(),
              "answers none of the checklist questions the mapping reads; check that this row"
                  + " is a respondent and not a further header row"));
    }
    if (problems.size() > before) {
      return;
    }
    responses.add(
        ResponseSet.builder()
            .id(id)
            .checklist(mapping.checklist())
            .initiativeId(mapping.initiativeId())
            .reviewRoundId(mapping.reviewRoundId())
            .raterRole(role.orElseThrow())
            .raterInterestGroup(group.orElseThrow())
            .participantId(participant)
            .answers(answers)
            .build());
    responseIds.put(id, row);
    participant.ifPresent(p -> participantIds.put(p, row));
  }

  /** A workbook row stops at its last filled cell; blank cells after it are not missing. */
  private boolean shortRowIsBlankPadding(String[] cells) {
    return source.sheet().isPresent();
  }

  private static String singular(String separatorName) {
    return separatorName.endsWith("s")
        ? separatorName.substring(0, separatorName.length() - 1)
        : separatorName;
  }

  private String responseId(int row, String[] cells) {
    if (mapping.responseIdColumn().isEmpty()) {
      return "row-" + row;
    }
    String column = mapping.responseIdColumn().get();
    String cell = header.cell(cells, column).strip();
    if (cell.isEmpty()) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "is blank, but every response needs an id; fill it in, or leave the mapping's"
                  + " responseIdColumn out to name responses by row"));
      return "";
    }
    if (SCIENTIFIC.matcher(cell).matches()) {
      scientificIds.computeIfAbsent(column, c -> new ArrayList<>()).add(cell);
      return "row-" + row;
    }
    if (!Checks.isId(cell)) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "is not a well-formed id: 1 to 64 letters, digits, '.', '_' or '-', starting with a"
                  + " letter or digit"));
      return "";
    }
    Integer first = responseIds.get(cell);
    if (first != null) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "response id '" + cell + "' is already used at row " + first));
    }
    return cell;
  }

  private Optional<String> participantId(int row, String[] cells) {
    if (mapping.participantIdColumn().isEmpty()) {
      return Optional.empty();
    }
    String column = mapping.participantIdColumn().get();
    String cell = header.cell(cells, column).strip();
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    if (SCIENTIFIC.matcher(cell).matches()) {
      scientificIds.computeIfAbsent(column, c -> new ArrayList<>()).add(cell);
      return Optional.empty();
    }
    // A malformed id may be a real name typed in the wrong place, so it is never repeated.
    if (!Checks.isId(cell)) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "is not a well-formed participant id (1 to 64 letters, digits, '.', '_' or '-');"
                  + " leave it blank to answer anonymously"));
      return Optional.empty();
    }
    Integer first = participantIds.get(cell);
    if (first != null) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "participant '" + cell + "' already answered at row " + first));
    }
    return Optional.of(cell);
  }

  private List<Role> roles(int row, String[] cells) {
    return words(row, cells, mapping.roleColumn(), "role", mapping.roleWords(), mapping::role);
  }

  private List<InterestGroup> interestGroups(int row, String[] cells, List<Role> roles) {
    if (mapping.interestGroupColumn().isEmpty()) {
      return List.of();
    }
    return words(
        row,
        cells,
        mapping.interestGroupColumn().get(),
        "interest group",
        mapping.interestGroupWords(),
        mapping::interestGroup);
  }

  private <T> List<T> words(
      int row,
      String[] cells,
      String column,
      String what,
      Map<String, T> known,
      Function<String, Optional<T>> lookUp) {
    String cell = header.cell(cells, column);
    if (cell.isBlank()) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "is blank, but every respondent needs " + article(what) + " " + what));
      return List.of();
    }
    List<T> found = Choices.read(cell, mapping.choiceSeparatorInUse(), lookUp);
    if (found.isEmpty()) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "is not one of the mapping's "
                  + what
                  + " words ("
                  + words(known)
                  + ")"
                  + hint(cell, known)
                  + "; correct the cell, or add the word to the mapping"));
    }
    return found;
  }

  private static String article(String what) {
    return what.startsWith("i") ? "an" : "a";
  }

  /** Picks one of several ticked roles or groups, as the mapping's rule says. */
  private <T> Optional<T> choose(
      int row, String column, List<T> ticked, String what, Function<T, Integer> listOrder) {
    if (ticked.size() <= 1) {
      return ticked.stream().findFirst();
    }
    String names = ticked.stream().map(Object::toString).collect(Collectors.joining(", "));
    MultipleChoiceRule rule = mapping.multipleChoices();
    if (rule == MultipleChoiceRule.REFUSE) {
      problems.add(
          problem(
              row,
              header.heading(column),
              "ticks "
                  + ticked.size()
                  + " "
                  + what
                  + " ("
                  + names
                  + "), but each respondent is counted for one; their answers are kept in the"
                  + " import's held-back respondents. Ask which one they speak for and leave only"
                  + " that in the export, or set the mapping's multipleChoices to FIRST or"
                  + " FIRST_IN_LIST_ORDER"));
      return Optional.empty();
    }
    T chosen =
        rule == MultipleChoiceRule.FIRST
            ? ticked.get(0)
            : ticked.stream().min(Comparator.comparing(listOrder)).orElseThrow();
    notes.add(
        problem(
            row,
            header.heading(column),
            "ticks "
                + ticked.size()
                + " "
                + what
                + " ("
                + names
                + "); counted as "
                + chosen
                + ", as the mapping's multipleChoices "
                + rule
                + " says"));
    return Optional.of(chosen);
  }

  /** The one place an answer cell becomes an answer. */
  private List<ItemResponse> answers(int row, String[] cells) {
    List<ItemResponse> answers = new ArrayList<>();
    for (ItemColumn item : mapping.items()) {
      String cell = header.cell(cells, item.column());
      if (cell.isBlank()) {
        continue;
      }
      AnswerScale scale =
          checklist.item(item.itemId()).map(checklist::scaleOf).orElseGet(checklist::scale);
      Optional<String> answer = AnswerWords.code(scale, mapping, cell);
      if (answer.isEmpty()) {
        boolean missing = mapping.unknownAnswers() == UnknownAnswerRule.TREAT_AS_MISSING;
        boolean ownWords = scale.id().equals(AnswerScales.YES_PARTLY_NO_ID);
        (missing ? notes : problems)
            .add(
                problem(
                    row,
                    header.heading(item.column()),
                    (ownWords
                            ? "is not one of the mapping's answer words ("
                                + words(mapping.answerWords())
                                + ")"
                                + hint(cell, mapping.answerWords())
                            : "is not an answer on this question's scale ("
                                + AnswerWords.accepted(scale)
                                + ")")
                        + (missing
                            ? "; counted as not answered, as the mapping's unknownAnswers says"
                            : "; correct the cell, add the word to the mapping's answerWords, or"
                                + " set its unknownAnswers to TREAT_AS_MISSING")));
        continue;
      }
      ItemResponse.Builder response =
          ItemResponse.builder().itemId(item.itemId()).answerCode(answer.get());
      item.commentColumn()
          .map(c -> header.cell(cells, c).strip())
          .filter(c -> !c.isEmpty())
          .ifPresent(response::comment);
      answers.add(response.build());
    }
    return answers;
  }

  /** Where a cell differs from the mapping word it looks like; nothing when it looks like none. */
  private String hint(String cell, Map<String, ?> known) {
    return LookAlikes.nearest(cell, known.keySet(), mapping.ignoreCase())
        .map(
            word ->
                "; it is nearest to '"
                    + word.strip()
                    + "', but "
                    + LookAlikes.whatDiffers(cell, word, mapping.ignoreCase()))
        .orElse("");
  }

  private List<String> notices() {
    List<String> notices = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : scientificIds.entrySet()) {
      boolean response = mapping.responseIdColumn().filter(e.getKey()::equals).isPresent();
      int n = e.getValue().size();
      notices.add(
          "column '"
              + e.getKey().strip()
              + "': "
              + n
              + (n == 1 ? " id is a number" : " ids are numbers")
              + " in scientific notation (such as "
              + e.getValue().get(0)
              + "), as a spreadsheet shows long numbers; their last digits are lost, so "
              + (response
                  ? "these responses are named by their row instead"
                  : "these respondents were imported as anonymous")
              + ". To keep the ids, import the survey tool's own export, or format the column as"
              + " Text in the spreadsheet before pasting or opening the data, and save again");
    }
    notices.sort(Comparator.naturalOrder());
    return notices;
  }

  private static RowProblem problem(int row, Optional<String> column, String problem) {
    return RowProblem.builder().row(row).column(column).problem(problem).build();
  }

  /** The mapping's own words, which are safe to show, in a stable order. */
  private static String words(Map<String, ?> words) {
    return words.keySet().stream()
        .map(String::strip)
        .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(w -> w))
        .collect(Collectors.joining(", "));
  }

  private static boolean blankFrom(String[] cells, int from) {
    for (int i = from; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        return false;
      }
    }
    return true;
  }
}
