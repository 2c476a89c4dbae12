package org.coproduction.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.examples.ReadmeBlocks.Block;

/**
 * The README's Python and R blocks, checked without Python or R (the build has neither): the CSV
 * files they read must be ones a README command above them wrote; every column they name must be in
 * those files' header; and every filter they apply ({@code level == "OVERALL"}, {@code group !=
 * "ALL"}, ...) must keep at least one row of them, so a renamed column or code fails the build.
 */
final class ReadmeTidyScripts {
  private static final Pattern FILE = Pattern.compile("\"([\\w.-]+\\.csv)\"");
  private static final Pattern CONDITION =
      Pattern.compile("(?:\\w+\\.)?(\\w+)\\s*(==|!=)\\s*\"([^\"]*)\"");
  private static final Pattern PYTHON_COLUMNS = Pattern.compile("\\[\\[([^\\]]+)\\]\\]");
  private static final Pattern R_FORMULA = Pattern.compile("(\\w+)\\s*~\\s*(\\w+)");

  private ReadmeTidyScripts() {}

  /** What is wrong with one script, one finding a line. */
  static List<String> check(Block script, Path workspace) throws IOException {
    List<String> wrong = new ArrayList<>();
    String where = script.where() + ": ";
    List<String> header = null;
    List<Map<String, String>> rows = new ArrayList<>();
    Matcher file = FILE.matcher(script.text());
    while (file.find()) {
      Path csv = workspace.resolve(file.group(1));
      if (!Files.exists(csv)) {
        wrong.add(where + file.group(1) + " is written by no command above it");
        continue;
      }
      List<List<String>> table = Csv.parse(Files.readString(csv));
      if (header != null && !header.equals(table.get(0))) {
        wrong.add(where + file.group(1) + " has another header than the file before it");
      }
      header = table.get(0);
      for (List<String> cells : table.subList(1, table.size())) {
        Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), cells.get(i));
        }
        rows.add(row);
      }
    }
    if (header == null) {
      return wrong.isEmpty() ? List.of(where + "reads no CSV file") : wrong;
    }
    Set<String> columns = new LinkedHashSet<>();
    Matcher listed = PYTHON_COLUMNS.matcher(script.text());
    while (listed.find()) {
      Matcher name = Pattern.compile("\"(\\w+)\"").matcher(listed.group(1));
      while (name.find()) {
        columns.add(name.group(1));
      }
    }
    Matcher formula = R_FORMULA.matcher(script.text());
    while (formula.find()) {
      columns.add(formula.group(1));
      columns.add(formula.group(2));
    }
    for (String line : script.text().split("\n")) {
      List<String[]> conditions = new ArrayList<>();
      Matcher c = CONDITION.matcher(line);
      while (c.find()) {
        conditions.add(new String[] {c.group(1), c.group(2), c.group(3)});
        columns.add(c.group(1));
      }
      if (!conditions.isEmpty()
          && rows.stream().noneMatch(row -> conditions.stream().allMatch(k -> holds(row, k)))) {
        wrong.add(where + "no row is kept by: " + line.strip());
      }
    }
    for (String column : columns) {
      if (!header.contains(column)) {
        wrong.add(where + "there is no column " + column + "; the columns are " + header);
      }
    }
    if (script.language().equals("r") && !script.text().contains("na.strings = \"\"")) {
      wrong.add(where + "base R needs na.strings = \"\" to read empty cells as missing");
    }
    return wrong;
  }

  private static boolean holds(Map<String, String> row, String[] condition) {
    String value = row.get(condition[0]);
    boolean equal = condition[2].equals(value);
    return condition[1].equals("==") == equal && value != null;
  }

  /** RFC 4180 CSV: commas, double quotes around a cell, a doubled quote inside one. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            cell.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (ch == '\n') {
          row.add(cell.toString().replace("\r", ""));
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          cell.append(ch);
        }
      }
      if (cell.length() > 0 || !row.isEmpty()) {
        row.add(cell.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
