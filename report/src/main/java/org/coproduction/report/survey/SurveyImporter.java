package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.CoProductionException;
import org.coproduction.report.internal.survey.CsvTables;
import org.coproduction.report.internal.survey.ImportRun;
import org.coproduction.report.internal.survey.Separators;
import org.coproduction.report.internal.survey.Table;
import org.coproduction.report.internal.survey.TextDecoder;
import org.coproduction.report.internal.survey.Workbooks;

/**
 * Reads a survey tool's export, CSV or Excel workbook, into response sets, using a {@link
 * SurveyMapping}.
 *
 * <p>A file is read as a workbook (.xlsx, the first sheet or the mapping's {@link
 * SurveyMapping#sheet()}) when it is one, and as CSV otherwise. For CSV the importer finds the text
 * encoding (UTF-8 with or without a byte order mark, UTF-16, Windows-1252) and the separator
 * (comma, semicolon or tab) unless {@link ExportOptions} names them, and {@link
 * SurveyImport#summary()} says which it used. The mapping's {@link SurveyMapping#preset()} or
 * {@link SurveyMapping#headerRows()} says how many header rows come before the respondents.
 *
 * <p>Every row is checked on its own: a row with too few or too many cells, a role or answer word
 * the mapping does not know, or a malformed participant id is skipped and reported with its row and
 * column, and the good rows are kept. Problems never quote what a respondent wrote.
 *
 * <p>Two things stop the import as a whole, with a {@link CoProductionException} that names the
 * file: a mapping that does not fit the checklist given, and an export that cannot be read or whose
 * header lacks a column the mapping reads. Nothing can be imported correctly from either, and one
 * clear message is more use than a problem on every row.
 *
 * <p>The importer keeps nothing between calls; its methods are thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SurveyImporter {
  private static final String UNNAMED = "the export";

  private SurveyImporter() {}

  /**
   * Imports a CSV export from a character stream, which is not closed. The separator is found as
   * for a file; the encoding is the stream's.
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
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = csv.read(buffer); n >= 0; n = csv.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Survey tools often start a UTF-8 export with a byte order mark; it is not part of a heading.
    if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
      text.deleteCharAt(0);
    }
    return fromText(
        text.toString(), UNNAMED, Optional.empty(), ExportOptions.detect(), mapping, checklist);
  }

  /**
   * Imports an export file, finding whether it is CSV or a workbook, and its encoding and
   * separator.
   *
   * @param export the export
   * @param mapping how to read it
   * @param checklist the checklist the mapping names
   * @return the response sets from the good rows, the problems of the others, and the counts
   * @throws CoProductionException when the mapping does not fit the checklist, or the file cannot
   *     be read as an export, or its header lacks a column the mapping reads
   * @throws IOException when the file cannot be opened or read
   */
  public static SurveyImport read(Path export, SurveyMapping mapping, Checklist checklist)
      throws IOException {
    return read(export, mapping, checklist, ExportOptions.detect());
  }

  /**
   * Imports an export file with the encoding, separator or sheet the options name.
   *
   * @param export the export
   * @param mapping how to read it
   * @param checklist the checklist the mapping names
   * @param options what not to find for itself
   * @return the response sets from the good rows, the problems of the others, and the counts
   * @throws CoProductionException when the mapping does not fit the checklist, or the file cannot
   *     be read as an export, or its header lacks a column the mapping reads
   * @throws IOException when the file cannot be opened or read
   */
  public static SurveyImport read(
      Path export, SurveyMapping mapping, Checklist checklist, ExportOptions options)
      throws IOException {
    Path name = export.getFileName();
    return read(
        Files.readAllBytes(export),
        name == null ? export.toString() : name.toString(),
        mapping,
        checklist,
        options);
  }

  /**
   * Imports an export from a byte stream, which is not closed, such as an upload.
   *
   * @param export the export's bytes
   * @param fileName the file's name, used only in messages and the summary
   * @param mapping how to read it
   * @param checklist the checklist the mapping names
   * @param options what not to find for itself
   * @return the response sets from the good rows, the problems of the others, and the counts
   * @throws CoProductionException when the mapping does not fit the checklist, or the export cannot
   *     be read, or its header lacks a column the mapping reads
   * @throws IOException when the stream cannot be read
   */
  public static SurveyImport read(
      InputStream export,
      String fileName,
      SurveyMapping mapping,
      Checklist checklist,
      ExportOptions options)
      throws IOException {
    return read(export.readAllBytes(), fileName, mapping, checklist, options);
  }

  private static SurveyImport read(
      byte[] bytes,
      String name,
      SurveyMapping mapping,
      Checklist checklist,
      ExportOptions options) {
    checkMappingAgainst(mapping, checklist);
    if (Workbooks.looksLikeOldExcel(bytes)) {
      throw CoProductionException.at(
          name,
          "is an old Excel 97-2003 workbook (.xls), which cannot be read; open it in Excel or"
              + " LibreOffice and save it as .xlsx or as CSV UTF-8");
    }
    if (Workbooks.looksLikeWorkbook(bytes)) {
      Workbooks.SheetTable sheet = Workbooks.read(bytes, name, options.sheet().or(mapping::sheet));
      ExportSource source =
          ExportSource.builder()
              .file(name)
              .sheet(sheet.sheet())
              .headerRows(mapping.headerRowCount())
              .build();
      return new ImportRun(mapping, checklist, source).read(sheet.table());
    }
    TextDecoder.Decoded text;
    try {
      text = TextDecoder.decode(bytes, options.encoding());
    } catch (CharacterCodingException e) {
      throw CoProductionException.at(
          name,
          "is not written in "
              + options.encoding().orElseThrow()
              + " as chosen: some bytes mean nothing in it; leave the encoding out to let the"
              + " importer find it, or choose the one the survey tool names");
    }
    return fromText(text.text(), name, Optional.of(text.encoding()), options, mapping, checklist);
  }

  private static SurveyImport fromText(
      String text,
      String name,
      Optional<String> encoding,
      ExportOptions options,
      SurveyMapping mapping,
      Checklist checklist) {
    char separator = options.separator().orElseGet(() -> Separators.guess(text));
    Table table = CsvTables.read(text, separator);
    ExportSource source =
        ExportSource.builder()
            .file(name)
            .encoding(encoding)
            .separator(Separators.name(separator))
            .headerRows(mapping.headerRowCount())
            .build();
    return new ImportRun(mapping, checklist, source).read(table);
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
}
