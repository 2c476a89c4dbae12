package org.coproduction.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of the project's READMEs, so tests can run every one of them.
 *
 * <p>A block that cannot run says so just above its fence, in a comment a reader of the rendered
 * page does not see: {@code <!-- not run: the reason -->}. Tests that run blocks skip those; {@code
 * ReadmeCoverageTest} checks every other block is run by some test.
 */
final class ReadmeBlocks {
  /** The root README and the worked examples' README, as seen from a module's folder. */
  static final List<Path> READMES =
      List.of(Path.of("..", "README.md"), Path.of("..", "examples", "README.md"));

  private static final Pattern NOT_RUN = Pattern.compile("<!--\\s*not run:\\s*(.+?)\\s*-->");

  private ReadmeBlocks() {}

  /**
   * One fenced block.
   *
   * @param file the README it is in
   * @param line the 1-based line of its opening fence
   * @param info everything after the opening backticks, for example {@code java embedding-example}
   * @param text the lines between the fences, each ending in a line break
   * @param notRun why it cannot run, when the line above the fence says so
   */
  record Block(Path file, int line, String info, String text, Optional<String> notRun) {
    /** The first word of the info string: {@code java}, {@code sh}, {@code text}, or empty. */
    String language() {
      String trimmed = info.strip();
      int space = trimmed.indexOf(' ');
      return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** Where the block is, for failure messages: {@code README.md line 120}. */
    String where() {
      return file.getFileName() + " line " + line;
    }
  }

  /** Every block in both READMEs, in order. */
  static List<Block> all() {
    List<Block> blocks = new ArrayList<>();
    for (Path readme : READMES) {
      blocks.addAll(in(readme));
    }
    return blocks;
  }

  /** Every block of one language (the first word after the fence) in both READMEs. */
  static List<Block> ofLanguage(String language) {
    return all().stream().filter(b -> b.language().equals(language)).toList();
  }

  /** The blocks of one Markdown file, in order. */
  static List<Block> in(Path markdown) {
    List<String> lines;
    try {
      lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String open = lines.get(i);
      if (!open.startsWith("```")) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).startsWith("```")) {
        text.append(lines.get(j)).append('\n');
        j++;
      }
      if (j == lines.size()) {
        throw new IllegalStateException(markdown + " line " + (i + 1) + ": a block never ends");
      }
      blocks.add(new Block(markdown, i + 1, open.substring(3), text.toString(), notRun(lines, i)));
      i = j;
    }
    return blocks;
  }

  private static Optional<String> notRun(List<String> lines, int fence) {
    int above = fence - 1;
    while (above >= 0 && lines.get(above).isBlank()) {
      above--;
    }
    if (above < 0) {
      return Optional.empty();
    }
    Matcher m = NOT_RUN.matcher(lines.get(above));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
