package org.coproduction.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One command of a README {@code sh} block, split into words as a POSIX shell would for the forms
 * the README uses: words split at spaces, {@code "..."} and {@code '...'} keep their spaces, a
 * backslash at the end of a line continues it, {@code NAME=value} words in front set the
 * environment, and {@code > FILE} at the end sends standard output to a file.
 *
 * @param text the command as written, on one line
 * @param environment the {@code NAME=value} words in front of the command
 * @param words the command's words, the program first, quotes taken off
 * @param redirect the file after {@code >}, when there is one
 */
record ReadmeCommandLine(
    String text, List<String> environment, List<String> words, Optional<String> redirect) {
  /** The commands of a block, one per line once continued lines are joined. */
  static List<ReadmeCommandLine> of(String block) {
    List<ReadmeCommandLine> commands = new ArrayList<>();
    for (String line : block.replace("\\\n", " ").split("\n")) {
      if (!line.isBlank()) {
        commands.add(parse(line.strip().replaceAll(" +", " ")));
      }
    }
    return commands;
  }

  /** Splits the words of a string the way {@code sh} does for the quotes above. */
  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (c == ' ') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("a quote is never closed in: " + text);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static ReadmeCommandLine parse(String line) {
    List<String> words = new ArrayList<>(split(line));
    List<String> environment = new ArrayList<>();
    while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) {
      environment.add(words.remove(0));
    }
    Optional<String> redirect = Optional.empty();
    int arrow = words.indexOf(">");
    if (arrow >= 0) {
      if (arrow != words.size() - 2) {
        throw new IllegalArgumentException("> must come last, before one file: " + line);
      }
      redirect = Optional.of(words.get(arrow + 1));
      words = new ArrayList<>(words.subList(0, arrow));
    }
    return new ReadmeCommandLine(line, List.copyOf(environment), List.copyOf(words), redirect);
  }

  /** The program: the first word. */
  String program() {
    return words.get(0);
  }

  /** The words after the program. */
  List<String> arguments() {
    return words.subList(1, words.size());
  }

  /** The value of a {@code -Dname=value} word, when there is one. */
  Optional<String> property(String name) {
    String prefix = "-D" + name + "=";
    return words.stream()
        .filter(w -> w.startsWith(prefix))
        .map(w -> w.substring(prefix.length()))
        .findFirst();
  }

  /** The word after {@code option}, when the option is there. */
  Optional<String> after(String option) {
    int at = words.indexOf(option);
    return at >= 0 && at + 1 < words.size() ? Optional.of(words.get(at + 1)) : Optional.empty();
  }
}
