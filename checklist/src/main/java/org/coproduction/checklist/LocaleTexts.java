package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;

/**
 * An organisation's own wording for checklist items, or a translation, read from a plain text file:
 * one file per language, the way accessibility checkers keep their messages in locale files. Used
 * with {@link ChecklistDerivation#texts(LocaleTexts)} to derive a checklist whose items keep their
 * ids and meaning but speak the organisation's language.
 *
 * <p>The file is UTF-8 text. Each line is blank, a comment starting with {@code #}, or
 *
 * <pre>
 *   item-id.statement = text
 *   item-id.easyRead = text
 * </pre>
 *
 * The text is everything after the first {@code =}, trimmed, on one line. An item may be given a
 * statement, an easy-read wording or both. Reading is strict, because a typing mistake in a
 * translation should not silently leave the old wording in place: a line of another form, an
 * unknown key, a blank text, a second text for the same item and key, and (when applied) an item id
 * the checklist does not have all fail with {@link CoProductionException} whose path is the line,
 * for example {@code line 7: no item 'notice-givn' in checklist coproduction-police 1.0}. Messages
 * never repeat the texts.
 */
@API(status = STABLE, since = "0.1")
public final class LocaleTexts {
  private static final String STATEMENT = "statement";
  private static final String EASY_READ = "easyRead";

  private final String language;
  private final Map<String, Text> statements;
  private final Map<String, Text> easyReads;

  /** One replacement text and the line it came from, for messages. */
  static final class Text {
    final String text;
    final int line;

    Text(String text, int line) {
      this.text = text;
      this.line = line;
    }
  }

  private LocaleTexts(String language, Map<String, Text> statements, Map<String, Text> easyReads) {
    this.language = language;
    this.statements = Collections.unmodifiableMap(statements);
    this.easyReads = Collections.unmodifiableMap(easyReads);
  }

  /**
   * Reads texts from the content of a locale file.
   *
   * @param language the language the texts are in, as a tag such as {@code cy} or {@code en-GB}
   * @param content the file's content
   * @return the texts
   * @throws CoProductionException with the line number when a line is malformed
   */
  public static LocaleTexts parse(String language, String content) {
    Checklist.checkLanguage("language", language);
    Map<String, Text> statements = new LinkedHashMap<>();
    Map<String, Text> easyReads = new LinkedHashMap<>();
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = "line " + lineNo;
      int eq = line.indexOf('=');
      int dot = eq < 0 ? -1 : line.lastIndexOf('.', eq);
      if (eq < 0 || dot < 0) {
        throw CoProductionException.at(
            where, "expected 'item-id.statement = text' or 'item-id.easyRead = text'");
      }
      String itemId = line.substring(0, dot).strip();
      String key = line.substring(dot + 1, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (!Checks.isId(itemId)) {
        throw CoProductionException.at(
            where,
            "the item id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter"
                + " or digit");
      }
      Map<String, Text> target;
      if (key.equals(STATEMENT)) {
        target = statements;
      } else if (key.equals(EASY_READ)) {
        target = easyReads;
      } else {
        throw CoProductionException.at(
            where, "unknown key after item id '" + itemId + "': use statement or easyRead");
      }
      if (value.isEmpty()) {
        throw CoProductionException.at(where, "the text must not be blank");
      }
      Text earlier = target.putIfAbsent(itemId, new Text(value, lineNo));
      if (earlier != null) {
        throw CoProductionException.at(
            where, "item '" + itemId + "' already has a " + key + " at line " + earlier.line);
      }
    }
    return new LocaleTexts(language, statements, easyReads);
  }

  /**
   * Reads texts from a UTF-8 locale file.
   *
   * @param language the language the texts are in, as a tag such as {@code cy}
   * @param file the file
   * @return the texts
   * @throws CoProductionException with the line number when a line is malformed
   * @throws IOException when the file cannot be read
   */
  public static LocaleTexts read(String language, Path file) throws IOException {
    return parse(language, Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * A locale file holding a checklist's current texts, for a translator or an organisation to start
   * from: every item's statement and easy-read wording, in the checklist's order.
   *
   * @param checklist the checklist whose texts to write out
   * @return the file's content; {@link #parse(String, String)} reads it back
   */
  public static String template(Checklist checklist) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Texts for checklist ")
        .append(checklist.ref())
        .append(" (")
        .append(checklist.language())
        .append(").\n")
        .append("# Keep the item ids; replace the text after '='. One text per line.\n");
    for (ChecklistItem item : checklist.items()) {
      sb.append('\n');
      sb.append(item.id())
          .append('.')
          .append(STATEMENT)
          .append(" = ")
          .append(oneLine(item.statement()))
          .append('\n');
      sb.append(item.id())
          .append('.')
          .append(EASY_READ)
          .append(" = ")
          .append(oneLine(item.easyRead()))
          .append('\n');
    }
    return sb.toString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The language the texts are written in.
   *
   * @return a language tag such as {@code cy}
   */
  public String language() {
    return language;
  }

  /**
   * The replacement statements.
   *
   * @return item id to statement, in file order
   */
  public Map<String, String> statements() {
    return texts(statements);
  }

  /**
   * The replacement easy-read wordings.
   *
   * @return item id to easy-read wording, in file order
   */
  public Map<String, String> easyReads() {
    return texts(easyReads);
  }

  private static Map<String, String> texts(Map<String, Text> from) {
    Map<String, String> out = new LinkedHashMap<>();
    from.forEach((id, t) -> out.put(id, t.text));
    return Collections.unmodifiableMap(out);
  }

  Map<String, Text> statementLines() {
    return statements;
  }

  Map<String, Text> easyReadLines() {
    return easyReads;
  }
}
