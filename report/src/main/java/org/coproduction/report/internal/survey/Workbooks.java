package org.coproduction.report.internal.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.core.CoProductionException;

/**
 * Reads one sheet of an Excel workbook (.xlsx) as rows of cells, with Apache POI. Microsoft Forms
 * and Citizen Space export only workbooks. Numbers are written out in full (a long respondent id
 * stays 118880012345, never 1.1888E+11), dates as {@code 2025-12-01T10:14}, and formulas as their
 * last computed value.
 */
public final class Workbooks {
  private Workbooks() {}

  /** The sheet read and its rows. */
  public record SheetTable(String sheet, Table table) {}

  /**
   * Whether the bytes are a zip file, as every .xlsx is.
   *
   * @param bytes a file's bytes
   * @return true when the file starts as a zip file does
   */
  public static boolean looksLikeWorkbook(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  /**
   * Whether the bytes are an old Excel 97-2003 file (.xls), which this reader does not read.
   *
   * @param bytes a file's bytes
   * @return true when the file starts as an OLE2 compound document does
   */
  public static boolean looksLikeOldExcel(byte[] bytes) {
    return bytes.length >= 4
        && (bytes[0] & 0xFF) == 0xD0
        && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0;
  }

  /**
   * Reads a sheet.
   *
   * @param bytes the workbook's bytes
   * @param name the file's name, for messages
   * @param sheetName the sheet to read, or empty for the first
   * @return the sheet's name and rows
   * @throws CoProductionException when the file is not a workbook that can be read, or has no such
   *     sheet
   */
  public static SheetTable read(byte[] bytes, String name, Optional<String> sheetName) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = sheet(workbook, name, sheetName);
      List<String[]> rows = new ArrayList<>();
      for (Row row : sheet) {
        while (rows.size() < row.getRowNum()) {
          rows.add(new String[0]);
        }
        int width = Math.max(0, row.getLastCellNum());
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
          cells[i] = text(row.getCell(i));
        }
        rows.add(cells);
      }
      return new SheetTable(sheet.getSheetName(), new Table(rows, OptionalInt.empty()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof CoProductionException refused) {
        throw refused;
      }
      throw CoProductionException.at(
          name,
          "cannot be read as an Excel workbook (.xlsx): it may be damaged, protected by a password,"
              + " or another kind of file; open it in Excel or LibreOffice and save it again as"
              + " .xlsx or as CSV UTF-8");
    }
  }

  private static Sheet sheet(XSSFWorkbook workbook, String name, Optional<String> sheetName) {
    if (workbook.getNumberOfSheets() == 0) {
      throw CoProductionException.at(name, "the workbook has no sheets");
    }
    if (sheetName.isEmpty()) {
      return workbook.getSheetAt(0);
    }
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (LookAlikes.fold(workbook.getSheetName(i), true)
          .equals(LookAlikes.fold(sheetName.get(), true))) {
        return workbook.getSheetAt(i);
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add("'" + workbook.getSheetName(i) + "'");
    }
    throw CoProductionException.at(
        name,
        "the workbook has no sheet called '"
            + sheetName.get().strip()
            + "'; its sheets are "
            + String.join(", ", names)
            + "; correct the mapping's sheet");
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }
}
