package org.coproduction.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.report.Evaluation;
import org.coproduction.report.batch.EvaluationFiles;
import org.coproduction.report.survey.RowProblem;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;
import org.coproduction.report.survey.SurveyMapping;

/**
 * An evaluation made from a survey tool's CSV export, for {@code evaluate --survey}: the export is
 * read with its mapping ({@link SurveyImporter}, as it is), and the response sets it gives are put
 * beside the initiative's records and, when given, its ledger. The evaluation takes its id from the
 * mapping, and its title and description from the initiative's name and purpose. The answers are to
 * the built-in checklist, which is the one a mapping names.
 *
 * <p>Rows the importer skips are kept as their problems, which name the row and column but never
 * what the respondent wrote; anything that stops the import as a whole is a {@link Failed} naming
 * the file it is in.
 *
 * @param evaluation the evaluation, ready to score
 * @param imported what the import gave: the response sets, the skipped rows' problems and counts
 */
record SurveyEvaluation(Evaluation evaluation, SurveyImport imported) {
  /** The survey could not be made into an evaluation; the message names the file and the place. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message);
    }
  }

  /**
   * Reads the files and makes the evaluation.
   *
   * @param export the survey tool's CSV export, in UTF-8
   * @param mappingFile the survey mapping document
   * @param recordsFile the initiative document: its participants, meetings and review rounds
   * @param ledgerFile the reciprocity ledger document, or {@code null}
   * @return the evaluation and the import's result
   * @throws Failed when a file is missing or not valid, the files do not belong together, or no row
   *     could be imported
   */
  static SurveyEvaluation read(Path export, Path mappingFile, Path recordsFile, Path ledgerFile)
      throws Failed {
    SurveyMapping mapping = document(mappingFile, SurveyMapping.class);
    Initiative initiative = document(recordsFile, Initiative.class);
    Optional<ReciprocityLedger> ledger =
        ledgerFile == null
            ? Optional.empty()
            : Optional.of(document(ledgerFile, ReciprocityLedger.class));
    checkBelongTogether(mapping, mappingFile, initiative, recordsFile);

    SurveyImport imported;
    try {
      imported = SurveyImporter.read(export, mapping, BuiltInChecklist.get());
    } catch (IOException e) {
      throw new Failed(export + ": " + EvaluationFiles.reason(e));
    } catch (CoProductionException e) {
      // The importer names the export by its file name (and header row) when the file itself is
      // refused; anything else it refuses is the mapping's.
      String name = String.valueOf(export.getFileName());
      if (e.path().startsWith(name)) {
        throw new Failed(export + e.getMessage().substring(name.length()));
      }
      throw new Failed(mappingFile + ": " + e.getMessage());
    }
    if (imported.responses().isEmpty()) {
      throw new Failed(
          export
              + ": no row could be imported ("
              + imported.summary()
              + "), so there is nothing to score");
    }

    try {
      Evaluation evaluation =
          Evaluation.builder()
              .id(mapping.id())
              .title(initiative.name())
              .description(initiative.purpose())
              .initiative(initiative)
              .ledger(ledger)
              .responses(imported.responses())
              .build();
      return new SurveyEvaluation(evaluation, imported);
    } catch (CoProductionException e) {
      throw new Failed(export + ": " + inWordsOfTheExport(e, imported.responses()));
    }
  }

  /** The skipped rows' problems, one line each, with the export's path in front. */
  List<String> problemLines(Path export) {
    return imported.problems().stream()
        .map(RowProblem::message)
        .map(m -> export + ": " + m)
        .toList();
  }

  private static <T extends Document> T document(Path file, Class<T> type) throws Failed {
    try {
      return Documents.read(file, type);
    } catch (IOException e) {
      throw new Failed(file + ": " + EvaluationFiles.reason(e));
    } catch (CoProductionException e) {
      throw new Failed(file + ": " + e.getMessage());
    }
  }

  private static void checkBelongTogether(
      SurveyMapping mapping, Path mappingFile, Initiative initiative, Path recordsFile)
      throws Failed {
    if (!mapping.initiativeId().equals(initiative.id())) {
      throw new Failed(
          mappingFile
              + ": initiativeId: the mapping is for initiative '"
              + mapping.initiativeId()
              + "', but "
              + recordsFile
              + " holds the records of initiative '"
              + initiative.id()
              + "'");
    }
    Optional<String> round = mapping.reviewRoundId();
    if (round.isPresent()
        && initiative.reviewRounds().stream().map(ReviewRound::id).noneMatch(round.get()::equals)) {
      throw new Failed(
          mappingFile
              + ": reviewRoundId: the records of initiative '"
              + initiative.id()
              + "' have no review round '"
              + round.get()
              + "'");
    }
  }

  /**
   * An evaluation's complaint about its {@code responses[i]} told as the export's response, which a
   * person can find in the export by its id.
   */
  private static String inWordsOfTheExport(CoProductionException e, List<ResponseSet> responses) {
    String path = e.path();
    if (path.startsWith("responses[")) {
      int end = path.indexOf(']');
      int index = Integer.parseInt(path.substring("responses[".length(), end));
      String rest = path.substring(end + 1).replaceFirst("^\\.", "");
      return "response '"
          + responses.get(index).id()
          + "'"
          + (rest.isEmpty() ? "" : ", " + rest)
          + ": "
          + e.problem();
    }
    return e.getMessage();
  }
}
