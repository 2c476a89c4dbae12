package org.coproduction.report.internal.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a cell that may hold several ticked boxes, as a tick-box question exports them ("People who
 * use services, Carers"). The whole cell is looked up first, so a word that holds the separator
 * itself ("Yes, fully") still counts as one; only when the whole cell is unknown is it split, and
 * then every part must be a known word.
 */
public final class Choices {
  private Choices() {}

  /**
   * The words the cell ticks.
   *
   * @param cell the cell's text, not blank
   * @param separator what the tool puts between ticked boxes
   * @param lookUp finds one word's meaning
   * @param <T> a role or an interest group
   * @return the meanings in the cell's order, without repeats; empty when any part is unknown
   */
  public static <T> List<T> read(
      String cell, String separator, Function<String, Optional<T>> lookUp) {
    Optional<T> whole = lookUp.apply(cell);
    if (whole.isPresent()) {
      return List.of(whole.get());
    }
    List<T> found = new ArrayList<>();
    for (String part : cell.split(java.util.regex.Pattern.quote(separator), -1)) {
      if (part.isBlank()) {
        continue;
      }
      Optional<T> meaning = lookUp.apply(part);
      if (meaning.isEmpty()) {
        return List.of();
      }
      if (!found.contains(meaning.get())) {
        found.add(meaning.get());
      }
    }
    return List.copyOf(found);
  }
}
