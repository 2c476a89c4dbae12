package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a survey tool's CSV export into response sets, using a {@link SurveyMapping}.
 *
 * <p>The export has a header row and then one row per respondent. Cells may be quoted, and quoted
 * cells may hold commas, quotes and line breaks. A byte order mark at the start and blank lines are
 * ignored. Every row is checked on its own: a row with too few or too many cells, a role or answer
 * word the mapping does not know, or a malformed participant id is skipped and reported with its
 * row and column, and the good rows are kept. Problems never quote what a respondent wrote.
 *
 * <p>Two things stop the import as a whole, with a {@link CoProductionException}: a mapping that
 * does not fit the checklist given, and an export whose header lacks a column the mapping reads.
 * Nothing can be imported correctly from either, and one clear message is more use than a problem
 * on every row.
 *
 * <p>The importer keeps nothing between calls; its methods are thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SurveyImporter {
  // The caller owns the stream and closes it.
  private static final CsvMapper CSV =
      CsvMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private SurveyImporter() {}

  /**
   * Imports an export from a character stream, which is not closed.
   *
   * @param csv the export
   * @param mapping how to read it
   * @param checklist the checklist the mapping names, so every item can be checked against it
   * @return the response sets from the good rows, the problems of the others, and the counts
   * @throws CoProductionException when the mapping names another checklist or an item the checklist
   *     lacks, or the export is empty or lacks a column the mapping reads
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static SurveyImport read(Reader csv, SurveyMapping mapping, Checklist checklist) {
    checkMappingAgainst(mapping, checklist);
    return new Run(mapping, checklist).read(csv);
  }

  /**
   * Imports an export from a file in UTF-8.
   *
   * @param csv the export
   * @param mapping how to read it
   * @param checklist the checklist the mapping names
   * @return the response sets from the good rows, the problems of the others, and the counts
   * @throws CoProductionException when the mapping does not fit the checklist or the export's
   *     header
   * @throws IOException when the file cannot be opened or read
   */
  public static SurveyImport read(Path csv, SurveyMapping mapping, Checklist checklist)
      throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return read(reader, mapping, checklist);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void checkMappingAgainst(SurveyMapping mapping, Checklist checklist) {
    if (!mapping.checklist().equals(checklist.ref())) {
      throw CoProductionException.at(
          "checklist",
          "the mapping is for checklist "
              + mapping.checklist()
              + ", but the answers are to be read against "
              + checklist.ref());
    }
    Set<String> known = Set.copyOf(checklist.itemIds());
    for (int i = 0; i < mapping.items().size(); i++) {
      String itemId = mapping.items().get(i).itemId();
      if (!known.contains(itemId)) {
        throw CoProductionException.at(
            "items[" + i + "].itemId", "no item '" + itemId + "' in checklist " + checklist.ref());
      }
    }
  }

  /** One import: the header's layout and what has been seen so far. */
  private static final class Run {
    private final SurveyMapping mapping;
    private final Checklist checklist;
    private final List<ResponseSet> responses = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Integer> responseIds = new HashMap<>();
    private final Map<String, Integer> participantIds = new HashMap<>();
    private List<String> header = List.of();
    private final Map<String, Integer> index = new HashMap<>();
    private int rowsRead;

    Run(SurveyMapping mapping, Checklist checklist) {
      this.mapping = mapping;
      this.checklist = checklist;
    }

    SurveyImport read(Reader csv) {
      int row = 0;
      try (MappingIterator<String[]> rows =
          CSV.readerFor(String[].class)
              .with(CsvSchema.emptySchema())
              .with(CsvReadFeature.WRAP_AS_ARRAY)
              .readValues(withoutByteOrderMark(csv))) {
        while (rows.hasNextValue()) {
          String[] cells = rows.nextValue();
          row++;
          if (row == 1) {
            readHeader(cells);
          } else if (!blank(cells)) {
            rowsRead++;
            readRow(row, cells);
          }
        }
      } catch (JacksonException e) {
        if (e.getCause() instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        if (row == 0) {
          throw CoProductionException.at("header", "the header row cannot be read as CSV");
        }
        // The quoting is broken from here on, so nothing after this row can be trusted.
        rowsRead++;
        problems.add(
            problem(
                row + 1,
                Optional.empty(),
                "the CSV quoting breaks here (a quoted cell is never closed, or a quote is"
                    + " misplaced), so this row and any after it cannot be read"));
      }
      if (row == 0) {
        throw CoProductionException.at("header", "the export is empty: it has no header row");
      }
      return SurveyImport.builder()
          .responses(responses)
          .problems(problems)
          .rowsRead(rowsRead)
          .build();
    }

    private void readHeader(String[] cells) {
      header = List.of(cells);
      Map<String, Integer> all = new HashMap<>();
      for (int i = 0; i < cells.length; i++) {
        all.putIfAbsent(SurveyMapping.normalise(cells[i]), i);
      }
      Set<String> missing = new LinkedHashSet<>();
      for (String column : mapping.columnsUsed()) {
        String key = SurveyMapping.normalise(column);
        Integer at = all.get(key);
        if (at == null) {
          missing.add("'" + column.strip() + "'");
          continue;
        }
        for (int j = at + 1; j < cells.length; j++) {
          if (SurveyMapping.normalise(cells[j]).equals(key)) {
            throw CoProductionException.at(
                "header",
                "the export has two columns headed '"
                    + column.strip()
                    + "' (columns "
                    + (at + 1)
                    + " and "
                    + (j + 1)
                    + "), so the mapping cannot tell which to read");
          }
        }
        index.put(key, at);
      }
      if (!missing.isEmpty()) {
        throw CoProductionException.at(
            "header",
            "the export has no column headed "
                + String.join(", ", missing)
                + ", which the mapping reads; check the mapping's headings against the export's first row");
      }
    }

    private void readRow(int row, String[] cells) {
      int before = problems.size();
      if (cells.length < header.size()) {
        problems.add(
            problem(
                row,
                Optional.of(header.get(cells.length)),
                "the row ends after "
                    + cells.length
                    + (cells.length == 1 ? " cell" : " cells")
                    + ", but the header has "
                    + header.size()
                    + " columns; this and later cells are missing"));
        return;
      }
      if (cells.length > header.size() && !blankFrom(cells, header.size())) {
        problems.add(
            problem(
                row,
                Optional.empty(),
                "the row has "
                    + cells.length
                    + " cells, but the header has only "
                    + header.size()
                    + " columns; a comma may be missing its quotes"));
        return;
      }

      String id = responseId(row, cells);
      Optional<String> participant = participantId(row, cells);
      Optional<Role> role = role(row, cells);
      Optional<InterestGroup> group = interestGroup(row, cells, role);
      List<ItemResponse> answers = answers(row, cells);
      if (problems.size() == before && answers.isEmpty()) {
        problems.add(
            problem(
                row,
                Optional.empty(),
                "answers none of the checklist questions the mapping reads"));
      }
      if (problems.size() > before) {
        return;
      }
      ResponseSet.Builder set =
          ResponseSet.builder()
              .id(id)
              .checklist(mapping.checklist())
              .initiativeId(mapping.initiativeId())
              .reviewRoundId(mapping.reviewRoundId())
              .raterRole(role.orElseThrow())
              .raterInterestGroup(group.orElseThrow())
              .participantId(participant)
              .answers(answers);
      responses.add(set.build());
      responseIds.put(id, row);
      participant.ifPresent(p -> participantIds.put(p, row));
    }

    private String responseId(int row, String[] cells) {
      if (mapping.responseIdColumn().isEmpty()) {
        return "row-" + row;
      }
      String column = mapping.responseIdColumn().get();
      String cell = cell(cells, column).strip();
      if (cell.isEmpty()) {
        problems.add(problem(row, heading(column), "is blank, but every response needs an id"));
        return "";
      }
      if (!wellFormedId(cell)) {
        problems.add(
            problem(
                row,
                heading(column),
                "is not a well-formed id: 1 to 64 letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit"));
        return "";
      }
      Integer first = responseIds.get(cell);
      if (first != null) {
        problems.add(
            problem(
                row,
                heading(column),
                "response id '" + cell + "' is already used at row " + first));
      }
      return cell;
    }

    private Optional<String> participantId(int row, String[] cells) {
      if (mapping.participantIdColumn().isEmpty()) {
        return Optional.empty();
      }
      String column = mapping.participantIdColumn().get();
      String cell = cell(cells, column).strip();
      if (cell.isEmpty()) {
        return Optional.empty();
      }
      // A malformed id may be a real name typed in the wrong place, so it is never repeated.
      if (!wellFormedId(cell)) {
        problems.add(
            problem(
                row,
                heading(column),
                "is not a well-formed participant id (1 to 64 letters, digits, '.', '_' or '-');"
                    + " leave it blank to answer anonymously"));
        return Optional.empty();
      }
      Integer first = participantIds.get(cell);
      if (first != null) {
        problems.add(
            problem(
                row,
                heading(column),
                "participant '" + cell + "' already answered at row " + first));
      }
      return Optional.of(cell);
    }

    private Optional<Role> role(int row, String[] cells) {
      String column = mapping.roleColumn();
      String cell = cell(cells, column);
      if (cell.isBlank()) {
        problems.add(problem(row, heading(column), "is blank, but every respondent needs a role"));
        return Optional.empty();
      }
      Optional<Role> role = mapping.role(cell);
      if (role.isEmpty()) {
        problems.add(
            problem(
                row,
                heading(column),
                "is not one of the mapping's role words (" + words(mapping.roleWords()) + ")"));
      }
      return role;
    }

    private Optional<InterestGroup> interestGroup(int row, String[] cells, Optional<Role> role) {
      if (mapping.interestGroupColumn().isEmpty()) {
        // The mapping's own check makes sure every mapped role has a usual group.
        return role.flatMap(Role::usualInterestGroup);
      }
      String column = mapping.interestGroupColumn().get();
      String cell = cell(cells, column);
      if (cell.isBlank()) {
        problems.add(
            problem(
                row, heading(column), "is blank, but every respondent needs an interest group"));
        return Optional.empty();
      }
      Optional<InterestGroup> group = mapping.interestGroup(cell);
      if (group.isEmpty()) {
        problems.add(
            problem(
                row,
                heading(column),
                "is not one of the mapping's interest group words ("
                    + words(mapping.interestGroupWords())
                    + ")"));
      }
      return group;
    }

    private List<ItemResponse> answers(int row, String[] cells) {
      List<ItemResponse> answers = new ArrayList<>();
      for (ItemColumn item : mapping.items()) {
        String cell = cell(cells, item.column());
        if (cell.isBlank()) {
          continue;
        }
        AnswerScale scale =
            checklist.item(item.itemId()).map(checklist::scaleOf).orElseGet(checklist::scale);
        Optional<String> answer = AnswerWords.code(scale, mapping, cell);
        if (answer.isEmpty()) {
          problems.add(
              problem(
                  row,
                  heading(item.column()),
                  scale.id().equals(AnswerScales.YES_PARTLY_NO_ID)
                      ? "is not one of the mapping's answer words ("
                          + words(mapping.answerWords())
                          + ")"
                      : "is not an answer on this question's scale ("
                          + AnswerWords.accepted(scale)
                          + ")"));
          continue;
        }
        ItemResponse.Builder response =
            ItemResponse.builder().itemId(item.itemId()).answerCode(answer.get());
        item.commentColumn()
            .map(c -> cell(cells, c).strip())
            .filter(c -> !c.isEmpty())
            .ifPresent(response::comment);
        answers.add(response.build());
      }
      return answers;
    }

    private String cell(String[] cells, String column) {
      return cells[index.get(SurveyMapping.normalise(column))];
    }

    /** The heading as the export writes it, so a person finds the column they know. */
    private Optional<String> heading(String column) {
      String text = header.get(index.get(SurveyMapping.normalise(column))).strip();
      return Optional.of(text.isEmpty() ? column.strip() : text);
    }
  }

  private static RowProblem problem(int row, Optional<String> column, String problem) {
    return RowProblem.builder().row(row).column(column).problem(problem).build();
  }

  private static boolean wellFormedId(String text) {
    try {
      Checks.id("id", text);
      return true;
    } catch (CoProductionException e) {
      return false;
    }
  }

  /** The mapping's own words, which are safe to show, in a stable order. */
  private static String words(Map<String, ?> words) {
    return words.keySet().stream()
        .map(String::strip)
        .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(w -> w))
        .collect(Collectors.joining(", "));
  }

  private static boolean blank(String[] cells) {
    return blankFrom(cells, 0);
  }

  private static boolean blankFrom(String[] cells, int from) {
    for (int i = from; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Survey tools often start a UTF-8 export with a byte order mark; it is not part of a heading.
   */
  private static Reader withoutByteOrderMark(Reader csv) {
    PushbackReader reader = new PushbackReader(csv, 1);
    try {
      int first = reader.read();
      if (first != -1 && first != BYTE_ORDER_MARK) {
        reader.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reader;
  }
}
