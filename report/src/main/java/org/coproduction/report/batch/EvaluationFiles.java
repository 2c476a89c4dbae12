package org.coproduction.report.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;

/**
 * Reads the evaluations behind a list of paths, one input at a time, for a run over many: a file
 * holds one evaluation document; a file whose name ends in {@code .jsonl} or {@code .ndjson} holds
 * one evaluation a line ({@link EvaluationLines}); a folder stands for the evaluation files in it.
 * Whatever cannot be read (a missing file, a file that is not valid, a folder with no evaluation
 * files) becomes a failed {@link EvaluationInput} with its path, and the rest are still read.
 *
 * <p>A folder's evaluation files are those directly inside it (not in its subfolders) whose names
 * end in {@code .json}, {@code .jsonl} or {@code .ndjson}, in any case, and do not start with a
 * dot, taken in the order of their names, so two runs over the same folder read it in the same
 * order.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EvaluationFiles {
  private EvaluationFiles() {}

  /**
   * The files a list of paths stands for, in order: each folder replaced by its evaluation files,
   * and everything else as given. A folder with no evaluation files, or one that cannot be listed,
   * stays in the list as it is, so that {@link #read(Path)} reports it. Callers who want to show
   * progress count these.
   *
   * @param paths files and folders
   * @return the files to read, a folder's in the order of their names
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      List<Path> inside = Files.isDirectory(path) ? evaluationFilesIn(path) : List.of();
      if (inside.isEmpty()) {
        files.add(path);
      } else {
        files.addAll(inside);
      }
    }
    return List.copyOf(files);
  }

  /**
   * Whether a file holds one evaluation a line, by its name.
   *
   * @param file a file
   * @return {@code true} when its name ends in {@code .jsonl} or {@code .ndjson}, in any case
   */
  public static boolean isJsonLines(Path file) {
    String name = fileName(file);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /**
   * Reads every evaluation behind a list of paths, one at a time: {@link #read(Path)} for each of
   * {@link #expand(List)}. Close the stream (try-with-resources) to close the file being read.
   *
   * @param paths files and folders
   * @return one input per evaluation, or per file, folder or line that could not be read
   */
  public static Stream<EvaluationInput> read(List<Path> paths) {
    return expand(paths).stream().flatMap(EvaluationFiles::read);
  }

  /**
   * Reads the evaluations in one file: one for an evaluation document, one a line for a JSON-lines
   * file, and for a folder those of its evaluation files. Close the stream (try-with-resources) to
   * close the file.
   *
   * @param path a file or a folder
   * @return one input per evaluation, or per file, folder or line that could not be read
   */
  public static Stream<EvaluationInput> read(Path path) {
    String source = path.toString();
    if (Files.isDirectory(path)) {
      List<Path> inside = evaluationFilesIn(path);
      if (inside.isEmpty() && !Files.isReadable(path)) {
        return Stream.of(EvaluationInput.failed(source, "permission denied"));
      }
      if (inside.isEmpty()) {
        return Stream.of(
            EvaluationInput.failed(
                source,
                "is a folder with no evaluation files in it (names ending in .json, .jsonl or"
                    + " .ndjson)"));
      }
      return inside.stream().flatMap(EvaluationFiles::read);
    }
    if (!isJsonLines(path)) {
      return Stream.of(readOne(path));
    }
    Reader reader;
    try {
      reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Stream.of(EvaluationInput.failed(source, reason(e)));
    }
    return EvaluationLines.read(reader, source)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Reads a file that holds one evaluation document.
   *
   * @param file the file
   * @return the evaluation, or why it could not be read: the file is missing, unreadable, not UTF-8
   *     text, a folder, too large or not a valid evaluation
   */
  public static EvaluationInput readOne(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      return EvaluationInput.failed(source, "is a folder, not a file");
    }
    try {
      return EvaluationInput.read(source, Documents.read(file, Evaluation.class));
    } catch (IOException e) {
      return EvaluationInput.failed(source, reason(e));
    } catch (CoProductionException e) {
      return EvaluationInput.failed(source, e.getMessage());
    }
  }

  /**
   * Why a file could not be read, in plain words.
   *
   * @param e what went wrong
   * @return for example {@code no such file}
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static List<Path> evaluationFilesIn(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .filter(Files::isRegularFile)
          .filter(EvaluationFiles::isEvaluationFileName)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      // Reading the folder itself then says what is wrong with it.
      return List.of();
    }
  }

  private static boolean isEvaluationFileName(Path file) {
    String name = fileName(file);
    return !name.startsWith(".") && (name.endsWith(".json") || isJsonLines(file));
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
