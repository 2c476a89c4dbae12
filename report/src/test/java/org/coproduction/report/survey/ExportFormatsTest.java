package org.coproduction.report.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports in the encodings and separators spreadsheets write, and workbooks, read alike. */
class ExportFormatsTest {
  private static final String CLEAN =
      new String(ToolExports.export("clean"), StandardCharsets.UTF_8).replace("\r\n", "\n");
  private static final SurveyMapping MAPPING = ToolExports.mapping("clean");

  private static SurveyImport read(byte[] bytes, String name, ExportOptions options)
      throws IOException {
    return SurveyImporter.read(
        new ByteArrayInputStream(bytes), name, MAPPING, BuiltInChecklist.get(), options);
  }

  private static SurveyImport read(byte[] bytes) throws IOException {
    return read(bytes, "export.csv", ExportOptions.detect());
  }

  private static final List<?> EXPECTED;

  static {
    try {
      EXPECTED = read(CLEAN.getBytes(StandardCharsets.UTF_8)).responses();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The clean export with a café comment, so Windows-1252 and UTF-8 bytes differ. */
  private static final String ACCENTED = CLEAN.replace("as I'm not online", "at the café");

  private static void assertReadAs(byte[] bytes, String how) throws IOException {
    SurveyImport result = read(bytes);
    assertEquals(List.of(), result.messages(), how);
    assertEquals(
        "8 rows read: 8 imported, 0 skipped (export.csv: CSV in " + how + ", 1 header row)",
        result.summary());
  }

  @Test
  void utf8WithAndWithoutAByteOrderMark() throws IOException {
    assertReadAs(ACCENTED.getBytes(StandardCharsets.UTF_8), "UTF-8, separated by commas");
    assertReadAs(
        ("\uFEFF" + ACCENTED).getBytes(StandardCharsets.UTF_8),
        "UTF-8 with a byte order mark, separated by commas");
  }

  @Test
  void windows1252AsExcelSavesCsv() throws IOException {
    byte[] bytes = ACCENTED.getBytes(Charset.forName("windows-1252"));
    assertReadAs(bytes, "Windows-1252, separated by commas");
    assertEquals(
        Optional.of("Notes came by post, which helped, at the café."),
        read(bytes).responses().get(2).answers().get(1).comment());
  }

  @Test
  void utf16AsExcelSavesUnicodeTextWithTabs() throws IOException {
    String tabbed = ToolExports.csv(rows(), "\t");
    assertReadAs(
        ("\uFEFF" + tabbed).getBytes(StandardCharsets.UTF_16LE),
        "UTF-16 (little-endian) with a byte order mark, separated by tabs");
    assertReadAs(
        ("\uFEFF" + tabbed).getBytes(StandardCharsets.UTF_16BE),
        "UTF-16 (big-endian) with a byte order mark, separated by tabs");
    assertReadAs(
        tabbed.getBytes(StandardCharsets.UTF_16LE), "UTF-16 (little-endian), separated by tabs");
  }

  @Test
  void semicolonsAsExcelSavesCsvWhereTheCommaIsTheDecimalMark() throws IOException {
    // Excel quotes only cells holding the separator, so headings keep their commas unquoted.
    String semicolons =
        String.join(
            "\n",
            rows().stream()
                .map(
                    row ->
                        String.join(
                            ";",
                            row.stream().map(c -> c.contains(";") ? "\"" + c + "\"" : c).toList()))
                .toList());
    assertReadAs(semicolons.getBytes(StandardCharsets.UTF_8), "UTF-8, separated by semicolons");
  }

  @Test
  void theCallerMayNameTheEncodingAndSeparator() throws IOException {
    byte[] bytes = ToolExports.csv(rows(), "|").getBytes(StandardCharsets.ISO_8859_1);
    SurveyImport result =
        read(
            bytes,
            "export.txt",
            ExportOptions.builder().encoding(StandardCharsets.ISO_8859_1).separator('|').build());
    assertEquals(EXPECTED, result.responses());
    assertEquals(
        "8 rows read: 8 imported, 0 skipped (export.txt: CSV in ISO-8859-1, as chosen, separated by"
            + " vertical bars, 1 header row)",
        result.summary());
  }

  @Test
  void aChosenEncodingTheFileIsNotInIsRefusedInPlainWords() {
    byte[] bytes = ACCENTED.getBytes(Charset.forName("windows-1252"));
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                read(
                    bytes,
                    "export.csv",
                    ExportOptions.builder().encoding(StandardCharsets.UTF_8).build()));
    assertEquals(
        "export.csv: is not written in UTF-8 as chosen: some bytes mean nothing in it; leave the"
            + " encoding out to let the importer find it, or choose the one the survey tool names",
        e.getMessage());
  }

  @Test
  void aWrongSeparatorIsNamedInTheHeaderMessage() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                read(
                    ToolExports.csv(rows(), "\t").getBytes(StandardCharsets.UTF_8),
                    "export.csv",
                    ExportOptions.builder().separator(';').build()));
    assertEquals(
        true,
        e.getMessage()
            .contains(
                "the header row has only one column, so the cells may be separated by something"
                    + " other than semicolons: name the separator when you import"),
        e.getMessage());
  }

  @Test
  void aFileOnDiskIsReadByItsName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("forms.xlsx");
    Files.write(file, ToolExports.export("microsoft-forms"));
    SurveyImport result =
        SurveyImporter.read(file, ToolExports.mapping("microsoft-forms"), BuiltInChecklist.get());
    assertEquals(
        "8 rows read: 8 imported, 0 skipped (forms.xlsx: Excel workbook, sheet 'Form1', 1 header"
            + " row)",
        result.summary());
  }

  @Test
  void aMissingSheetIsNamedWithTheSheetsThereAre() {
    SurveyMapping mapping =
        SurveyMapping.builder().from(ToolExports.mapping("citizen-space")).sheet("Answers").build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                SurveyImporter.read(
                    new ByteArrayInputStream(ToolExports.export("citizen-space")),
                    "cs.xlsx",
                    mapping,
                    BuiltInChecklist.get(),
                    ExportOptions.detect()));
    assertEquals(
        "cs.xlsx: the workbook has no sheet called 'Answers'; its sheets are 'Summary',"
            + " 'Responses'; correct the mapping's sheet",
        e.getMessage());
  }

  @Test
  void aDamagedWorkbookAndAnOldXlsFileAreRefusedInPlainWords() {
    byte[] damaged = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> read(damaged, "broken.xlsx", ExportOptions.detect()));
    assertEquals(
        "broken.xlsx: cannot be read as an Excel workbook (.xlsx): it may be damaged, protected by"
            + " a password, or another kind of file; open it in Excel or LibreOffice and save it"
            + " again as .xlsx or as CSV UTF-8",
        e.getMessage());
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
    CoProductionException old =
        assertThrows(
            CoProductionException.class, () -> read(xls, "old.xls", ExportOptions.detect()));
    assertEquals(
        "old.xls: is an old Excel 97-2003 workbook (.xls), which cannot be read; open it in Excel"
            + " or LibreOffice and save it as .xlsx or as CSV UTF-8",
        old.getMessage());
  }

  private static List<List<String>> rows() {
    return CLEAN.lines().map(line -> List.of(parseLine(line))).toList();
  }

  /** The clean export's lines, whose only quoted cells hold commas and no quotes. */
  private static String[] parseLine(String line) {
    java.util.List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(new String[0]);
  }
}
