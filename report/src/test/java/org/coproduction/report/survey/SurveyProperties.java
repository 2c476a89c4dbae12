package org.coproduction.report.survey;

import static org.coproduction.report.survey.SurveyGenerators.mappings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.report.internal.survey.CsvTables;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

class SurveyProperties {
  private static final String SECRET = "Ann Smith, 12 Hill Road";
  private static final List<String> COMMENTS =
      List.of(
          "Fine",
          "Late, again; \"two days\" notice",
          "Line one\nline two",
          "Café ✓, naïve",
          "Naïve café, à la carte",
          SECRET);

  /** One generated export: its text, and for each row whether it should be imported. */
  record Export(
      SurveyMapping mapping, String csv, List<Boolean> good, List<Map<String, String>> rows) {}

  @Test
  void everyMappingSurvivesARoundTripThroughJson() {
    qt().forAll(mappings())
        .checkAssert(m -> assertEquals(m, Documents.read(Documents.write(m), SurveyMapping.class)));
  }

  @Test
  void goodRowsAreImportedAndEveryBadRowIsSkippedWithItsRowNumber() {
    qt().withExamples(300)
        .forAll(exports())
        .checkAssert(
            export -> {
              SurveyImport result =
                  SurveyImporter.read(
                      new StringReader(export.csv()), export.mapping(), BuiltInChecklist.get());
              int goodRows = (int) export.good().stream().filter(g -> g).count();
              assertEquals(export.good().size(), result.rowsRead());
              assertEquals(goodRows, result.imported());
              Set<Integer> badRows = new TreeSet<>();
              for (int i = 0; i < export.good().size(); i++) {
                if (!export.good().get(i)) {
                  badRows.add(i + 2);
                }
              }
              assertEquals(
                  badRows,
                  result.problems().stream()
                      .map(RowProblem::row)
                      .collect(Collectors.toCollection(TreeSet::new)));
              for (RowProblem p : result.problems()) {
                assertFalse(p.message().contains("Ann Smith"), p.message());
                assertFalse(p.message().contains("???"), p.message());
              }
              int k = 0;
              for (int i = 0; i < export.good().size(); i++) {
                if (export.good().get(i)) {
                  assertMatches(
                      export.mapping(), export.rows().get(i), i + 2, result.responses().get(k++));
                }
              }
            });
  }

  /**
   * Saving an export again in another encoding or with another separator, as a spreadsheet does,
   * never changes what is imported: the same response sets and the same problems.
   */
  @Test
  void reEncodingOrReSeparatingAnExportNeverChangesWhatIsImported() {
    List<Charset> encodings =
        List.of(
            StandardCharsets.UTF_8,
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            Charset.forName("windows-1252"));
    qt().withExamples(200)
        .forAll(exports(), pick(List.of(",", ";", "\t")), pick(encodings), booleans())
        .checkAssert(
            (export, separator, encoding, mark) -> {
              SurveyImport original =
                  SurveyImporter.read(
                      new StringReader(export.csv()), export.mapping(), BuiltInChecklist.get());
              String text =
                  export.csv().startsWith("\uFEFF") ? export.csv().substring(1) : export.csv();
              StringBuilder again = new StringBuilder(mark ? "\uFEFF" : "");
              for (String[] row : CsvTables.read(text, ',').rows()) {
                again
                    .append(
                        Stream.of(row)
                            .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                            .collect(Collectors.joining(separator)))
                    .append("\r\n");
              }
              Charset charset =
                  encoding.newEncoder().canEncode(again) ? encoding : StandardCharsets.UTF_8;
              SurveyImport saved;
              try {
                saved =
                    SurveyImporter.read(
                        new ByteArrayInputStream(again.toString().getBytes(charset)),
                        "saved.csv",
                        export.mapping(),
                        BuiltInChecklist.get(),
                        ExportOptions.detect());
              } catch (IOException e) {
                throw new AssertionError(e);
              }
              assertEquals(original.responses(), saved.responses(), saved.summary());
              assertEquals(original.problems(), saved.problems(), saved.summary());
            });
  }

  private static void assertMatches(
      SurveyMapping mapping, Map<String, String> row, int rowNumber, ResponseSet set) {
    assertEquals(mapping.responseIdColumn().map(row::get).orElse("row-" + rowNumber), set.id());
    assertEquals(mapping.role(row.get(mapping.roleColumn())).orElseThrow(), set.raterRole());
    assertEquals(mapping.initiativeId(), set.initiativeId());
    assertEquals(mapping.reviewRoundId(), set.reviewRoundId());
    assertEquals(
        mapping.participantIdColumn().map(row::get).map(String::strip).filter(s -> !s.isEmpty()),
        set.participantId());
    List<ItemResponse> expected = new ArrayList<>();
    for (ItemColumn item : mapping.items()) {
      String cell = row.get(item.column());
      if (!cell.isBlank()) {
        ItemResponse.Builder answer =
            ItemResponse.builder().itemId(item.itemId()).answer(mapping.answer(cell).orElseThrow());
        item.commentColumn()
            .map(row::get)
            .map(String::strip)
            .filter(c -> !c.isEmpty())
            .ifPresent(answer::comment);
        expected.add(answer.build());
      }
    }
    assertEquals(expected, set.answers());
  }

  private static Gen<Export> exports() {
    return in -> {
      SurveyMapping mapping = mappings().generate(in);
      // Survey tools put their own columns, such as when the answers came in, first.
      List<String> header = new ArrayList<>(mapping.columnsUsed());
      Collections.shuffle(header, new Random(range(0, 1000).generate(in)));
      header.add(0, "Submitted");
      List<String> roleWords = List.copyOf(mapping.roleWords().keySet());
      List<String> answerWords = List.copyOf(mapping.answerWords().keySet());
      List<String> groupWords = List.copyOf(mapping.interestGroupWords().keySet());
      int n = range(0, 8).generate(in);
      List<Boolean> good = new ArrayList<>();
      List<Map<String, String>> rows = new ArrayList<>();
      StringBuilder csv = new StringBuilder(booleans().generate(in) ? "\uFEFF" : "");
      String newline = pick(List.of("\n", "\r\n")).generate(in);
      csv.append(quoted(header)).append(newline);
      for (int r = 0; r < n; r++) {
        int number = r + 1;
        Map<String, String> row = new HashMap<>();
        row.put("Submitted", "2025-12-0" + (1 + r % 9) + " 10:00");
        mapping.responseIdColumn().ifPresent(c -> row.put(c, "R-" + number));
        mapping
            .participantIdColumn()
            .ifPresent(c -> row.put(c, booleans().generate(in) ? "" : " p" + number + " "));
        row.put(mapping.roleColumn(), vary(in, pick(roleWords).generate(in)));
        mapping
            .interestGroupColumn()
            .ifPresent(c -> row.put(c, vary(in, pick(groupWords).generate(in))));
        for (int i = 0; i < mapping.items().size(); i++) {
          ItemColumn item = mapping.items().get(i);
          boolean answered = i == 0 || booleans().generate(in);
          row.put(item.column(), answered ? vary(in, pick(answerWords).generate(in)) : "");
          item.commentColumn()
              .ifPresent(
                  c -> row.put(c, booleans().generate(in) ? pick(COMMENTS).generate(in) : ""));
        }
        boolean ok = range(0, 3).generate(in) > 0;
        int cut = header.size();
        if (!ok) {
          switch (range(0, 2).generate(in)) {
            case 0 -> row.put(mapping.items().get(0).column(), "???");
            case 1 -> row.put(mapping.roleColumn(), SECRET);
            default -> cut = range(1, header.size() - 1).generate(in);
          }
        }
        good.add(ok);
        rows.add(row);
        csv.append(quoted(header.subList(0, cut).stream().map(row::get).toList())).append(newline);
      }
      return new Export(mapping, csv.toString(), good, rows);
    };
  }

  /** A word as a respondent might type it: other case, spaces either side. */
  private static String vary(RandomnessSource in, String word) {
    String cased =
        pick(List.of(word, word.toUpperCase(Locale.ROOT), word.toLowerCase(Locale.ROOT)))
            .generate(in);
    return pick(List.of("", " ", "  ")).generate(in) + cased + pick(List.of("", " ")).generate(in);
  }

  /** One CSV line with every cell quoted, quotes inside doubled. */
  private static String quoted(List<String> cells) {
    return cells.stream()
        .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(","));
  }
}
