package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The bundled instrument of one's own (the invented "Equal Say" questionnaire on the five-point
 * agreement scale, mapped to the national guide's principles and to a council's own charter) and
 * the README's walk-through of it: it scores, flags at the bottom of its scale, compares groups,
 * measures agreement over its five answers and renders in every format.
 */
class OwnInstrumentTest {
  private static final Path FOLDER = Path.of("src/main/resources/org/coproduction/examples");
  private static final Path INSTRUMENT = FOLDER.resolve("own-instrument/instrument.json");
  private static final Path RESPONSES = FOLDER.resolve("own-instrument/responses.jsonl");
  private static final Path EVALUATION = FOLDER.resolve("own-instrument/evaluation.json");

  /** The command as the README gives it, with its arguments, run from the repository's root. */
  private static final Pattern EXEC_ARGS = Pattern.compile("-Dexec\\.args=\"([^\"]*)\"");

  @Test
  void theEvaluationHoldsTheInstrumentFileAndTheResponseSetsFile() throws Exception {
    Evaluation evaluation = Documents.read(EVALUATION, Evaluation.class);
    Checklist instrument = Documents.read(INSTRUMENT, Checklist.class);
    assertEquals(Optional.of(instrument), evaluation.checklist());
    try (Stream<ResponseSet> sets = Documents.readAll(RESPONSES, ResponseSet.class)) {
      assertEquals(sets.toList(), evaluation.responses());
    }
    assertEquals(AnswerScales.AGREEMENT, instrument.scale());
    assertEquals(Set.of("guide", "hillside"), frameworkIds(instrument));
    assertEquals("hillside", evaluation.frameworks().get(0).id());
  }

  @Test
  void itScoresAndFlagsTheItemAThirdAnsweredAtTheBottomOfTheScale() {
    ScoreReport latest = report().latest();
    assertEquals(Optional.of(57.2), latest.overall().value());
    RedFlag flag = latest.redFlags().get(0);
    assertEquals(1, latest.redFlags().size());
    assertEquals("time-valued", flag.itemId());
    assertEquals(Set.of(FlagTrigger.RATERS_SAID_NO), Set.copyOf(flag.triggers()));
    // 4 of 12 strongly disagree: exactly the third that raises a flag.
    assertEquals(4, flag.answers().byAnswer().get("STRONGLY_DISAGREE"));
    assertTrue(latest.items().stream().anyMatch(i -> !i.itemId().equals("time-valued")));
    assertTrue(
        latest.redFlags().stream().noneMatch(f -> f.itemId().equals("set-the-agenda")),
        "one strongly disagree in twelve raises no flag");
  }

  @Test
  void itComparesTheInterestGroupsAndTheTwoSides() {
    ScoreReport latest = report().latest();
    for (InterestGroup g :
        List.of(
            InterestGroup.PEOPLE_WHO_USE_SERVICES,
            InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
            InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES,
            InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)) {
      assertEquals(Visibility.SHOWN, latest.overall().byGroup().group(g).visibility(), g.name());
    }
    assertEquals(
        Visibility.NO_RATERS,
        latest.overall().byGroup().group(InterestGroup.MEMBERS_OF_THE_PUBLIC).visibility());
    assertEquals(
        "This group has no answer that counts on these items.",
        latest.overall().byGroup().group(InterestGroup.MEMBERS_OF_THE_PUBLIC).reason());
    assertTrue(latest.overall().byGroup().gap().orElseThrow() > 40, "providers score it higher");
    assertTrue(latest.tokenism().stream().anyMatch(t -> t.itemId().equals("set-the-agenda")));
  }

  @Test
  void ordinalAlphaRunsOverAllFiveAnswersOfTheScale() {
    ScoreReport latest = report().latest();
    Set<String> given = new TreeSet<>();
    latest
        .items()
        .forEach(
            i ->
                i.answers()
                    .byAnswer()
                    .forEach(
                        (code, n) -> {
                          if (n > 0) {
                            given.add(code);
                          }
                        }));
    assertEquals(
        new TreeSet<>(AnswerScales.AGREEMENT.ascending().stream().map(o -> o.code()).toList()),
        given,
        "every answer of the scale was given");
    Agreement agreement = latest.overall().agreement();
    // 12 raters on 6 items less one don't know; ordinal is the default for an agreement scale.
    assertEquals(71, agreement.ordinal().pairableAnswers());
    assertEquals(Optional.of(0.033), agreement.ordinal().value());
    assertTrue(agreement.lowAgreement(), "staff and people who use services see it differently");
    assertFalse(agreement.ordinal().value().equals(agreement.nominal().value()));
  }

  @Test
  void everyFormatShowsTheInstrumentInItsOwnWords() {
    Evaluation evaluation = evaluation();
    EvaluationReport report = Evaluator.evaluate(evaluation);
    for (ReportFormat format : ReportFormat.values()) {
      String text = format.render(report, evaluation.checklistInUse());
      assertFalse(text.isBlank(), format.cliName());
      assertFalse(text.contains("yes, partly or no"), format.cliName() + " follows the scale");
      assertFalse(
          text.contains("Co-production Police"), format.cliName() + " cites no police checklist");
    }
    for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.SARIF, ReportFormat.HTML)) {
      String text = format.render(report, evaluation.checklistInUse());
      assertTrue(text.contains("time-valued"), format.cliName() + " names the flagged item");
    }
    String markdown = ReportFormat.MARKDOWN.render(report, evaluation.checklistInUse());
    assertTrue(markdown.contains("| Everyone sits at one table | 65.1 | on the way |"), markdown);
    assertTrue(markdown.contains("| Equality | 59.7 | on the way |"), markdown);
  }

  @Test
  void theReadmeCommandPrintsTheQuotedExcerpt() {
    List<ReadmeBlocks.Block> blocks = ReadmeBlocks.in(ReadmeBlocks.READMES.get(0));
    int at = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).info().startsWith("sh")
          && blocks.get(i).text().contains("own-instrument/evaluation.json")) {
        at = i;
      }
    }
    assertTrue(at >= 0, "the README evaluates the bundled instrument");
    Matcher args = EXEC_ARGS.matcher(blocks.get(at).text());
    assertTrue(args.find(), blocks.get(at).text());
    List<String> argv = new ArrayList<>();
    for (String arg : args.group(1).trim().split("\\s+")) {
      // The README runs from the repository's root; tests run in the examples module's folder.
      argv.add(arg.startsWith("examples/") ? arg.substring("examples/".length()) : arg);
    }
    CommandRun run = CommandRun.of(argv.toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    ReadmeBlocks.Block quoted = blocks.get(at + 1);
    assertEquals("text", quoted.info(), "the report's excerpt follows the command");
    // Each run of lines between "..." lines is a piece of the report, in order.
    int from = 0;
    for (String piece : quoted.text().split("(?m)^\\.\\.\\.\\R?")) {
      if (piece.isBlank()) {
        continue;
      }
      int found = run.out().indexOf(piece.strip(), from);
      assertTrue(found >= 0, "the report says, after what came before:\n" + piece);
      from = found + piece.strip().length();
    }
  }

  private static Set<String> frameworkIds(Checklist checklist) {
    Set<String> ids = new TreeSet<>();
    checklist.frameworks().forEach(f -> ids.add(f.id()));
    return ids;
  }

  private static Evaluation evaluation() {
    try {
      return Documents.read(EVALUATION, Evaluation.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static EvaluationReport report() {
    return Evaluator.evaluate(evaluation());
  }
}
