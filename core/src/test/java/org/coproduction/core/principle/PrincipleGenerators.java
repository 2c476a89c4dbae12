package org.coproduction.core.principle;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.coproduction.core.Source;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for principles and principle frameworks, public so that tests in other
 * packages (checklists, scores) can build valid frameworks to work against.
 */
public final class PrincipleGenerators {
  private static final String ID_START =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_START + "._-";

  private PrincipleGenerators() {}

  /** Well-formed ids of 1 to 20 characters, as {@code Checks.id} accepts them. */
  public static Gen<String> ids() {
    Gen<Character> start = arbitrary().pick(chars(ID_START));
    Gen<List<Character>> rest = lists().of(arbitrary().pick(chars(ID_REST))).ofSizeBetween(0, 19);
    return start.zip(
        rest,
        (first, others) -> {
          StringBuilder sb = new StringBuilder().append(first);
          others.forEach(sb::append);
          return sb.toString();
        });
  }

  /**
   * Non-blank free text of 1 to 60 characters, including accented letters, punctuation such as the
   * en dash used in the sources, quotes and backslashes, so that escaping is exercised.
   */
  public static Gen<String> texts() {
    Gen<String> start = strings().betweenCodePoints(0x21, 0x7E).ofLength(1);
    Gen<String> latin = strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(0, 59);
    Gen<String> special =
        arbitrary().pick(List.of("", " – ", "\"quoted\"", "back\\slash", "Grŵp", "\n"));
    return start.zip(latin, special, (a, b, c) -> a + b + c);
  }

  /** Text that {@code Checks.notBlank} refuses: empty or only whitespace. */
  public static Gen<String> blanks() {
    return arbitrary().pick(List.of("", " ", "   ", "\t", "\n", " \r\n "));
  }

  /** Text that is not a well-formed id. */
  public static Gen<String> malformedIds() {
    return arbitrary()
        .pick(
            List.of(
                "", " ", "-starts-with-hyphen", ".dot", "has space", "é", "a/b", "x".repeat(65)));
  }

  /** Citations with non-blank document and section. */
  public static Gen<Source> sources() {
    return texts().zip(texts(), Source::of);
  }

  /** Valid principles. */
  public static Gen<Principle> principles() {
    return ids()
        .zip(
            texts(),
            texts(),
            sources(),
            (id, name, description, source) ->
                Principle.builder()
                    .id(id)
                    .name(name)
                    .description(description)
                    .source(source)
                    .build());
  }

  /** Valid frameworks with 1 to 8 principles. */
  public static Gen<PrincipleFramework> frameworks() {
    return frameworks(1, 8);
  }

  /**
   * Valid frameworks with a number of principles in a range; ids that come out equal are made
   * distinct, so the size is exact.
   *
   * @param min the fewest principles, 1 or more
   * @param max the most principles
   * @return the generator
   */
  public static Gen<PrincipleFramework> frameworks(int min, int max) {
    Gen<List<Principle>> principles =
        lists()
            .of(principles())
            .ofSizeBetween(min, max)
            .map(
                ps ->
                    distinct(
                        ps, Principle::id, (p, id) -> Principle.builder().from(p).id(id).build()));
    return ids()
        .zip(
            texts(),
            texts(),
            principles,
            (id, version, name, ps) ->
                PrincipleFramework.builder()
                    .id(id)
                    .version(version)
                    .name(name)
                    .principles(ps)
                    .build());
  }

  /** An index into a list of the given size, spread evenly whatever the size. */
  static Gen<Integer> indexes() {
    return integers().between(0, 10_000);
  }

  /**
   * Renames elements whose id was already used, keeping the list's size and order.
   *
   * @param items the elements
   * @param id reads an element's id
   * @param rename gives a copy of an element with another id
   * @param <T> the element type
   * @return the elements with distinct ids
   */
  public static <T> List<T> distinct(
      List<T> items, Function<T, String> id, BiFunction<T, String, T> rename) {
    Set<String> seen = new HashSet<>();
    List<T> out = new ArrayList<>();
    for (T item : items) {
      String key = id.apply(item);
      if (!seen.add(key)) {
        do {
          key = key + "x";
        } while (!seen.add(key));
        item = rename.apply(item, key);
      }
      out.add(item);
    }
    return out;
  }

  private static List<Character> chars(String s) {
    List<Character> out = new ArrayList<>();
    for (char c : s.toCharArray()) {
      out.add(c);
    }
    return out;
  }
}
