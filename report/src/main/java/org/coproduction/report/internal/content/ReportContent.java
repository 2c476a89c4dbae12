package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.list;
import static org.coproduction.report.internal.content.Words.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.Stage;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Paragraph;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.AnswerValues;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.agreement.Alpha;
import org.coproduction.scoring.agreement.AlphaOutcome;
import org.coproduction.scoring.fairness.FairnessReport;
import org.coproduction.scoring.fairness.GroupReciprocity;
import org.coproduction.scoring.fairness.OutOfPocket;
import org.coproduction.scoring.fairness.PayGap;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.ladder.LadderAssessment;
import org.coproduction.scoring.ladder.LadderCap;
import org.coproduction.scoring.ladder.LadderFinding;
import org.coproduction.scoring.ladder.StagePlacement;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Side;
import org.coproduction.scoring.perspectives.SideScore;
import org.coproduction.scoring.perspectives.SuppressionReason;
import org.coproduction.scoring.perspectives.Visibility;
import org.coproduction.scoring.representation.BodyRepresentation;
import org.coproduction.scoring.representation.MeetingRepresentation;
import org.coproduction.scoring.representation.RepresentationReport;
import org.coproduction.scoring.representation.SeldomHeardReach;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.FlagChange;
import org.coproduction.scoring.trend.ItemTrend;
import org.coproduction.scoring.trend.TrendReport;

/**
 * Turns an {@link EvaluationReport} into the {@link Content} that the text and Markdown reports lay
 * out: what a provider reads first (red flags), then the scores, the views of each group, what the
 * records say, the ladder, fairness, representation and, with two rounds, the change between them.
 * Everything here is the report's own figures put into words; nothing is worked out afresh except
 * which record answers disagree with the raters, by the same 50-point rule the red flags use.
 */
public final class ReportContent {
  /** The number of the last section, which compares rounds; every other section is always there. */
  static final int TREND_SECTION = 13;

  /** The number of the section on what the records say, where every finding is listed. */
  static final int RECORDS_SECTION = 9;

  /** A red flag shows this many of the records' findings, so the list stays short. */
  private static final int FLAG_FINDINGS = 2;

  /** Record and raters this many points apart or more disagree; the red flags use the same rule. */
  private static final double DISAGREEMENT = 50;

  private final EvaluationReport report;
  private final ItemTexts texts;
  private final ScoreReport latest;
  private final ScoringSettings settings;

  private ReportContent(EvaluationReport report, ItemTexts texts) {
    this.report = report;
    this.texts = texts;
    this.latest = report.latest();
    this.settings = latest.settings();
  }

  /**
   * The content of a report.
   *
   * @param report the evaluation report
   * @param texts the wording behind its ids
   * @return the content, in reading order
   */
  public static Content of(EvaluationReport report, ItemTexts texts) {
    return new ReportContent(report, texts).build();
  }

  private Content build() {
    List<Section> sections = new ArrayList<>();
    sections.add(redFlags());
    sections.add(overall());
    sections.add(principles());
    sections.add(areas());
    sections.add(groups());
    sections.add(sides());
    sections.add(tokenism());
    sections.add(agreement());
    sections.add(records());
    sections.add(ladder(report.ladder()));
    sections.add(fairness());
    sections.add(representation(report.representation()));
    report.trend().ifPresent(trend -> sections.add(trend(trend)));
    return new Content(report.title(), intro(), sections);
  }

  private List<String> intro() {
    List<String> intro = new ArrayList<>();
    intro.add(report.description());
    String round = latest.reviewRoundId().map(id -> "review round " + id).orElse("one round");
    String checklist = latest.checklist().id() + " " + latest.checklist().version();
    if (report.rounds().size() == 1) {
      intro.add(
          "Scored: "
              + round
              + ", "
              + count(latest.raters(), "rater", "raters")
              + ", checklist "
              + checklist
              + ".");
    } else {
      intro.add(
          "Scored: "
              + round
              + ", the latest of "
              + report.rounds().size()
              + " rounds, "
              + count(latest.raters(), "rater", "raters")
              + ", checklist "
              + checklist
              + ". Sections 1 to 12 are about this round; section "
              + TREND_SECTION
              + " compares it with the first.");
    }
    intro.add(
        "Scores run from 0 to 100: each yes counts 100, partly 50 and no 0; don't know and not"
            + " applicable are left out. Below "
            + threshold(settings.startingOutFrom())
            + " is not there yet, from "
            + threshold(settings.startingOutFrom())
            + " starting out, from "
            + threshold(settings.onTheWayFrom())
            + " on the way and from "
            + threshold(settings.goingStrongFrom())
            + " going strong.");
    return intro;
  }

  // 1. Red flags

  private Section redFlags() {
    List<Block> blocks = new ArrayList<>();
    List<RedFlag> flags = latest.redFlags();
    String share = Words.percent(settings.redFlagShare());
    if (flags.isEmpty()) {
      blocks.add(
          para(
              "No red flags: on no item did "
                  + share
                  + " or more of the raters say no, and the records said no to none."));
    } else {
      blocks.add(
          para(
              count(flags.size(), "item is", "items are")
                  + " flagged, most severe first. An item is flagged when at least "
                  + share
                  + " of the raters who answered said no, or when the records say no."));
      List<Item> entries = new ArrayList<>();
      for (RedFlag flag : flags) {
        List<String> details = new ArrayList<>();
        texts.statement(flag.itemId()).ifPresent(details::add);
        details.add(raters(flag.answers(), flag.noShare(), flag.status()));
        flag.record().ifPresent(record -> details.add(recordLine(record, FLAG_FINDINGS)));
        flag.recordComparison()
            .ifPresent(
                comparison -> {
                  switch (comparison) {
                    case RECORDS_WORSE:
                      details.add(
                          "The records are 50 points or more below the raters' score: ask what"
                              + " raters did not see.");
                      break;
                    case RECORDS_BETTER:
                      details.add(
                          "The records are 50 points or more above the raters' score: ask raters"
                              + " what the records leave out.");
                      break;
                    default:
                      details.add("Records and raters agree.");
                  }
                });
        entries.add(
            new Item(
                flag.itemId(),
                "(" + Words.plain(flag.severity()) + ", " + Words.area(flag.area()) + ")",
                details));
      }
      blocks.add(new Items(true, entries));
    }
    return new Section("Red flags: read these first", blocks);
  }

  private static String raters(AnswerCounts answers, Optional<Double> noShare, ScoreStatus status) {
    if (answers.scored() + answers.dontKnow() + answers.notApplicable() == 0) {
      return "Raters: nobody answered.";
    }
    StringBuilder line = new StringBuilder("Raters: ").append(answerCounts(answers));
    noShare.ifPresent(share -> line.append("; ").append(Words.percent(share)).append(" said no"));
    if (status == ScoreStatus.INCONCLUSIVE) {
      line.append("; too few raters to be sure");
    }
    return line.append('.').toString();
  }

  private static String answerCounts(AnswerCounts answers) {
    List<String> parts = new ArrayList<>();
    parts.add(answers.yes() + " yes");
    parts.add(answers.partly() + " partly");
    parts.add(answers.no() + " no");
    if (answers.dontKnow() > 0) {
      parts.add(answers.dontKnow() + " don't know");
    }
    if (answers.notApplicable() > 0) {
      parts.add(answers.notApplicable() + " not applicable");
    }
    return String.join(", ", parts);
  }

  /** What the records say, with at most {@code shown} findings; the rest are in section 9. */
  private static String recordLine(RecordAnswer record, int shown) {
    String answer = "Records say " + Words.answer(record.answer());
    List<String> findings = evidence(record.evidence());
    if (findings.isEmpty()) {
      return answer + ".";
    }
    if (findings.size() <= shown) {
      return answer + ": " + String.join("; ", findings) + ".";
    }
    int more = findings.size() - shown;
    return answer
        + ": "
        + String.join("; ", findings.subList(0, shown))
        + "; and "
        + count(more, "more finding", "more findings")
        + " in section "
        + RECORDS_SECTION
        + ".";
  }

  /**
   * Evidence with the same finding is told once, with every record it was found in, so nine
   * meetings without a fee read as one line naming nine meetings.
   */
  static List<String> evidence(List<Evidence> evidence) {
    Map<String, Map<Evidence.Kind, List<String>>> byFinding = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      byFinding
          .computeIfAbsent(e.finding(), f -> new LinkedHashMap<>())
          .computeIfAbsent(e.kind(), k -> new ArrayList<>())
          .add(ref(e));
    }
    List<String> lines = new ArrayList<>();
    byFinding.forEach(
        (finding, kinds) -> {
          List<String> where = new ArrayList<>();
          kinds.forEach((kind, refs) -> where.add(kind(kind, refs.size()) + " " + list(refs)));
          lines.add(finding + " (" + String.join("; ", where) + ")");
        });
    return lines;
  }

  private static String ref(Evidence e) {
    try {
      switch (e.kind()) {
        case STAGE:
          return Words.stage(Stage.valueOf(e.ref()));
        case INTEREST_GROUP:
          return Words.group(InterestGroup.valueOf(e.ref()));
        default:
          return e.ref();
      }
    } catch (IllegalArgumentException notAConstant) {
      return e.ref();
    }
  }

  private static String kind(Evidence.Kind kind, int n) {
    switch (kind) {
      case INTEREST_GROUP:
        return n == 1 ? "group" : "groups";
      default:
        String word = Words.plain(kind);
        return n == 1 ? word : word + "s";
    }
  }

  // 2. Overall

  private Section overall() {
    List<Block> blocks = new ArrayList<>();
    Score overall = latest.overall();
    blocks.add(scoreTable("", List.of(scoreRow("overall", overall))));
    blocks.add(para(overall.reason()));
    report
        .trend()
        .ifPresent(
            trend ->
                blocks.add(
                    para(
                        "Since review round "
                            + trend.earlierRoundId()
                            + ": "
                            + trend.overall().reason()
                            + " See section "
                            + TREND_SECTION
                            + ".")));
    return new Section("Overall score", blocks);
  }

  // 3. Principles

  private Section principles() {
    List<Block> blocks = new ArrayList<>();
    if (latest.principles().isEmpty()) {
      blocks.add(para("The checklist maps its items to no principles."));
      return new Section("Principles", blocks);
    }
    blocks.add(
        para(
            "How well the work lives up to each principle, in each framework the checklist maps"
                + " its items to. A principle's score is the weighted mean of the items that give"
                + " evidence for it."));
    Map<String, List<Row>> byFramework = new LinkedHashMap<>();
    for (PrincipleScore p : latest.principles()) {
      byFramework
          .computeIfAbsent(p.frameworkId(), f -> new ArrayList<>())
          .add(scoreRow(texts.principle(p.frameworkId(), p.principleId()), p.score()));
    }
    byFramework.forEach(
        (framework, rows) -> {
          blocks.add(new Subheading(texts.framework(framework)));
          blocks.add(scoreTable("principle", rows));
        });
    return new Section("Principles", blocks);
  }

  // 4. Jigsaw areas

  private Section areas() {
    List<Row> rows = new ArrayList<>();
    for (AreaScore area : latest.areas()) {
      rows.add(scoreRow(Words.area(area.area()), area.score()));
    }
    return new Section(
        "The jigsaw of change",
        List.of(
            para(
                "The four pieces of the guide's jigsaw of change: culture, structure, practice and"
                    + " review. Each needs work for co-production to last."),
            scoreTable("piece of the jigsaw", rows)));
  }

  // 5. Interest groups

  private Section groups() {
    int k = settings.minimumGroupSize();
    List<Row> rows = new ArrayList<>();
    for (GroupScore g : latest.overall().byGroup().groups()) {
      if (g.visibility() == Visibility.SHOWN) {
        rows.add(
            new Row(
                List.of(
                    Words.group(g.group()),
                    number(g.value()),
                    g.raters().map(String::valueOf).orElse("-")),
                g.value().map(OptionalDouble::of).orElse(OptionalDouble.empty())));
      } else if (g.visibility() == Visibility.SUPPRESSED) {
        rows.add(Row.remark(Words.group(g.group()), 3, suppressed(g, k)));
      } else {
        rows.add(Row.remark(Words.group(g.group()), 3, "no raters"));
      }
    }
    return new Section(
        "Scores by interest group",
        List.of(
            para(
                "The overall score as each of the five interest groups sees it. A group with fewer"
                    + " than "
                    + k
                    + " raters is hidden, not rounded, so nobody's answers can be picked out; when"
                    + " one group is hidden, another may be hidden with it so the first cannot be"
                    + " worked out from the total."),
            new Table(
                List.of(
                    new Column("interest group", false),
                    new Column("score", true),
                    new Column("raters", true)),
                rows,
                1)));
  }

  /** Why a group's score is hidden, in the words the report uses everywhere. */
  private static String suppressed(GroupScore group, int k) {
    switch (group.suppression().orElse(SuppressionReason.FEWER_THAN_K)) {
      case COMPLEMENTARY:
        return "suppressed: hidden with a smaller group";
      case TOTAL_WOULD_REVEAL:
        return "suppressed: only one small group answered";
      default:
        return "suppressed: fewer than " + k + " raters";
    }
  }

  // 6. Lived experience and providers

  private Section sides() {
    Breakdown breakdown = latest.overall().byGroup();
    List<Row> rows = new ArrayList<>();
    for (SideScore side : List.of(breakdown.livedExperience(), breakdown.provider())) {
      rows.add(
          new Row(
              List.of(sideLabel(side), number(side.value()), String.valueOf(side.raters())),
              side.value().map(OptionalDouble::of).orElse(OptionalDouble.empty())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "The view of people who use services and carers beside the view of providers:"
                + " those who commission, run and work in services. Both are taken over the"
                + " items both sides have a score for, and pool only the groups shown above."));
    blocks.add(
        new Table(
            List.of(
                new Column("side", false), new Column("score", true), new Column("raters", true)),
            rows,
            1));
    SideScore lived = breakdown.livedExperience();
    SideScore provider = breakdown.provider();
    if (!lived.groups().isEmpty() && !provider.groups().isEmpty()) {
      blocks.add(
          para(
              "Pooled here: "
                  + Words.groups(lived.groups())
                  + " for "
                  + sideLabel(lived)
                  + "; "
                  + Words.groups(provider.groups())
                  + " for "
                  + sideLabel(provider)
                  + "."));
    }
    blocks.add(para(breakdown.reason()));
    if (breakdown.gap().isEmpty()) {
      blocks.add(
          para(
              "A side has a score only where one of its groups is shown on items the other side"
                  + " also has a score for: with too few raters on one side, the two cannot be"
                  + " compared."));
    }
    return new Section("People who use services and carers, and providers", blocks);
  }

  private static String sideLabel(SideScore side) {
    return side.side() == Side.LIVED_EXPERIENCE
        ? "people who use services and carers"
        : "providers";
  }

  // 7. Tokenism

  private Section tokenism() {
    List<Block> blocks = new ArrayList<>();
    String provider = threshold(settings.tokenismProviderAtLeast());
    String lived = threshold(settings.tokenismLivedExperienceAtMost());
    List<TokenismSignal> signals = latest.tokenism();
    if (signals.isEmpty()) {
      blocks.add(
          para(
              "No signs of tokenism: no item is scored "
                  + provider
                  + " or more by the provider side and "
                  + lived
                  + " or less by people who use services and carers."));
    } else {
      blocks.add(
          para(
              count(signals.size(), "item is", "items are")
                  + " scored "
                  + provider
                  + " or more by the provider side but "
                  + lived
                  + " or less by people who use services and carers. Staff may see co-production"
                  + " where people who use services see tokenism: ask why the views differ."));
      List<Item> entries = new ArrayList<>();
      for (TokenismSignal signal : signals) {
        List<String> details = new ArrayList<>();
        texts.statement(signal.itemId()).ifPresent(details::add);
        entries.add(
            new Item(
                signal.itemId() + ":",
                "provider side "
                    + number(signal.provider())
                    + ", people who use services and carers "
                    + number(signal.livedExperience())
                    + ": a gap of "
                    + number(signal.gap())
                    + " points",
                details));
      }
      blocks.add(new Items(false, entries));
    }
    return new Section("Signs of tokenism", blocks);
  }

  // 8. Agreement

  private Section agreement() {
    String scale = Words.plain(settings.agreementScale());
    List<Row> rows = new ArrayList<>();
    rows.add(agreementRow("overall", latest.overall().agreement()));
    for (AreaScore area : latest.areas()) {
      rows.add(agreementRow(Words.area(area.area()), area.score().agreement()));
    }
    for (PrincipleScore p : latest.principles()) {
      rows.add(
          agreementRow(
              texts.principle(p.frameworkId(), p.principleId()) + " (" + p.frameworkId() + ")",
              p.score().agreement()));
    }
    return new Section(
        "Do raters agree?",
        List.of(
            para(
                "Krippendorff's alpha says how far raters agree beyond chance: 1 is full"
                    + " agreement, 0 no better than chance. Below "
                    + threshold(settings.lowAgreementBelow())
                    + " a score rests on raters who see things differently: read it with care and"
                    + " ask why they differ."),
            para(latest.overall().agreement().explanation()),
            new Table(
                List.of(
                    new Column("score", false),
                    new Column(scale + " alpha", true),
                    new Column("note", false)),
                rows,
                -1)));
  }

  private Row agreementRow(String label, Agreement agreement) {
    Alpha alpha;
    switch (settings.agreementScale()) {
      case NOMINAL:
        alpha = agreement.nominal();
        break;
      case INTERVAL:
        alpha = agreement.interval();
        break;
      default:
        alpha = agreement.ordinal();
    }
    String note;
    if (agreement.lowAgreement()) {
      note = "low: read with care";
    } else if (alpha.outcome() == AlphaOutcome.NO_VARIATION) {
      note = "everyone gave the same answer";
    } else if (alpha.outcome() == AlphaOutcome.SINGLE_ITEM) {
      note = "one item: no alpha";
    } else if (alpha.outcome() == AlphaOutcome.NO_PAIRABLE_ANSWERS) {
      note = "too few answers to compare";
    } else {
      note = "";
    }
    return new Row(
        List.of(label, alpha.value().map(Words::coefficient).orElse("-"), note),
        OptionalDouble.empty());
  }

  // 9. Records

  private Section records() {
    List<Block> blocks = new ArrayList<>();
    List<RecordAnswer> answers = report.recordAnswers();
    if (answers.isEmpty()) {
      blocks.add(para("The records answer none of this checklist's items."));
      return new Section("What the records say", blocks);
    }
    blocks.add(
        para(
            "The initiative's own records answer "
                + count(answers.size(), "item", "items")
                + " without asking anyone. Records never change a score; they sit beside it, so"
                + " you can see where records and raters are 50 points or more apart."));
    List<Item> entries = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (RecordAnswer record : answers) {
      Optional<ItemScore> item = latest.item(record.itemId());
      Optional<Double> raterScore = item.flatMap(ItemScore::value);
      StringBuilder text =
          new StringBuilder("records say ").append(Words.answer(record.answer())).append("; ");
      if (raterScore.isPresent()) {
        text.append("raters ")
            .append(number(raterScore.get()))
            .append(" from ")
            .append(count(item.get().raters(), "rater", "raters"));
      } else {
        text.append("raters gave no score");
      }
      OptionalDouble recordScore = AnswerValues.valueOf(record.answer());
      if (recordScore.isPresent() && raterScore.isPresent()) {
        double difference = raterScore.get() - recordScore.getAsDouble() * 100;
        if (difference >= DISAGREEMENT) {
          text.append(": the records are worse than raters say");
          disagreements.add(record.itemId());
        } else if (difference <= -DISAGREEMENT) {
          text.append(": the records are better than raters say");
          disagreements.add(record.itemId());
        }
      }
      List<String> details = new ArrayList<>();
      texts.statement(record.itemId()).ifPresent(details::add);
      for (String line : evidence(record.evidence())) {
        details.add("- " + line);
      }
      entries.add(new Item(record.itemId() + ":", text.toString(), details));
    }
    blocks.add(new Items(false, entries));
    blocks.add(
        para(
            disagreements.isEmpty()
                ? "Records and raters are never 50 points or more apart."
                : "Records and raters disagree on "
                    + count(disagreements.size(), "item", "items")
                    + ": "
                    + list(disagreements)
                    + "."));
    return new Section("What the records say", blocks);
  }

  // 10. Ladder

  private static Section ladder(LadderAssessment ladder) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "For each stage, the rung of the ladder of co-production the initiative declares and"
                + " the highest rung its records support. Records can only lower a placement:"
                + " they can show that power was not shared, never prove that it was."));
    if (ladder.stages().isEmpty()) {
      blocks.add(para("No stage has a declared rung."));
    } else {
      List<Stage> over = ladder.overClaimedStages();
      blocks.add(
          para(
              over.isEmpty()
                  ? "Every stage's records support the rung it declares."
                  : count(over.size(), "stage claims", "stages claim")
                      + " a higher rung than the records support: "
                      + list(over.stream().map(Words::stage).toList())
                      + "."));
      List<Row> rows = new ArrayList<>();
      List<Item> entries = new ArrayList<>();
      for (StagePlacement p : ladder.stages()) {
        String finding;
        if (p.overClaimed()) {
          finding = count(p.rungsOverClaimed(), "rung", "rungs") + " too high";
        } else if (p.findings().contains(LadderFinding.NOT_YET_STARTED)) {
          finding = "not started yet";
        } else {
          finding = "as declared";
        }
        rows.add(
            new Row(
                List.of(
                    Words.stage(p.stage()),
                    Words.rung(p.declaredRung()),
                    Words.rung(p.suggestedRung()),
                    finding),
                OptionalDouble.empty()));
        if (!p.caps().isEmpty() || !p.findings().isEmpty()) {
          List<String> details = new ArrayList<>();
          for (LadderCap cap : p.caps()) {
            details.add("- " + cap.reason());
          }
          entries.add(new Item(Words.stage(p.stage()) + ":", p.summary(), details));
        }
      }
      blocks.add(
          new Table(
              List.of(
                  new Column("stage", false),
                  new Column("declared", false),
                  new Column("records support", false),
                  new Column("finding", false)),
              rows,
              -1));
      if (!entries.isEmpty()) {
        blocks.add(new Items(false, entries));
      }
    }
    if (!ladder.undeclaredStages().isEmpty()) {
      blocks.add(
          para(
              "No rung is declared for "
                  + list(ladder.undeclaredStages().stream().map(Words::stage).toList())
                  + "."));
    }
    return new Section("The ladder of co-production", blocks);
  }

  // 11. Fairness

  private Section fairness() {
    if (report.fairness().isEmpty()) {
      return new Section(
          "Fairness of reward",
          List.of(
              para(
                  "No reciprocity ledger was kept, so who gave time and what came back cannot be"
                      + " judged.")));
    }
    FairnessReport f = report.fairness().get();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "From ledger "
                + f.ledgerId()
                + ", amounts in "
                + f.currency()
                + ". People who use services and carers should get something back for what they"
                + " put in, and never be the only ones in the room not paid."));

    blocks.add(new Subheading("Pay"));
    blocks.add(para(f.payComparison().explanation()));
    if (f.payGaps().isEmpty()) {
      blocks.add(
          para(
              "No pay gaps: no person who uses services or carer was paid less than"
                  + " professionals."));
    } else {
      blocks.add(
          para(
              count(f.payGaps().size(), "person", "people")
                  + " who use services or care were paid less than professionals, or not at all:"));
      List<Item> entries = new ArrayList<>();
      for (PayGap gap : f.payGaps()) {
        entries.add(new Item(gap.participantId() + ":", gap.explanation(), List.of()));
      }
      blocks.add(new Items(false, entries));
    }

    blocks.add(new Subheading("Out of pocket and nothing back"));
    if (f.outOfPocket().isEmpty()) {
      blocks.add(para("Nobody is out of pocket: every expense claimed has been paid back."));
    } else {
      List<String> owed = new ArrayList<>();
      for (OutOfPocket o : f.outOfPocket()) {
        owed.add(o.participantId() + " " + Words.money(o.unreimbursed()));
      }
      blocks.add(
          para("Out of pocket, with expenses claimed and not yet paid back: " + list(owed) + "."));
    }
    blocks.add(
        para(
            f.contributorsWithoutReturn().isEmpty()
                ? "Everyone who gave time got something back (staff paid by salary aside)."
                : "Gave time and got nothing back of any kind: "
                    + list(f.contributorsWithoutReturn())
                    + "."));

    blocks.add(new Subheading("By interest group"));
    List<Row> rows = new ArrayList<>();
    for (GroupReciprocity g : f.groups()) {
      if (g.suppressed().isPresent()) {
        rows.add(Row.remark(Words.group(g.group()), 5, g.suppressed().get()));
      } else {
        rows.add(
            new Row(
                List.of(
                    Words.group(g.group()),
                    g.people().map(String::valueOf).orElse("-"),
                    g.hoursGiven().map(Words::hours).orElse("-"),
                    amount(g.valueReturned()),
                    amount(g.valueReturnedPerHour())),
                OptionalDouble.empty()));
      }
    }
    blocks.add(
        new Table(
            List.of(
                new Column("interest group", false),
                new Column("people", true),
                new Column("hours", true),
                new Column("got back", true),
                new Column("per hour", true)),
            rows,
            -1));
    blocks.add(
        para(
            "Got back is fees"
                + (f.settings().timeCreditValue().isPresent() ? " and time credits" : "")
                + "; expenses only repay what people spent, so they are not counted. A group's"
                + " figure per hour leaves out staff paid by salary, whose return the ledger does"
                + " not show."));
    if (f.totals().isPresent()) {
      var totals = f.totals().get();
      blocks.add(
          para(
              "In all, "
                  + count(totals.people(), "person", "people")
                  + " gave "
                  + Words.hours(totals.hoursGiven())
                  + " hours and got "
                  + Words.money(totals.valueReturned())
                  + " back, "
                  + Words.money(totals.feesReceived())
                  + " of it in fees; "
                  + Words.money(totals.expensesUnreimbursed())
                  + " of expenses is still owed."));
    } else {
      f.totalsSuppressed().ifPresent(reason -> blocks.add(para("Totals: " + reason + ".")));
    }
    if (!f.groupsNotInLedger().isEmpty()) {
      blocks.add(
          para(
              "Nobody from these groups is in the ledger: "
                  + Words.groups(f.groupsNotInLedger())
                  + "."));
    }
    if (!f.notInLedger().isEmpty()) {
      blocks.add(para("Taking part but not in the ledger: " + list(f.notInLedger()) + "."));
    }

    blocks.add(new Subheading("Inequality"));
    blocks.add(
        para(
            f.returnInequality()
                .coefficient()
                .map(
                    gini ->
                        "Return inequality: "
                            + Words.coefficient(gini)
                            + ". "
                            + f.returnInequality().explanation())
                .orElse(f.returnInequality().explanation())));
    return new Section("Fairness of reward", blocks);
  }

  private static String amount(Optional<Money> money) {
    return money.map(m -> m.toDecimal().toPlainString()).orElse("-");
  }

  // 12. Representation

  private static Section representation(RepresentationReport r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            r.groupsMissing().isEmpty()
                ? "Nothing about any of us without all of us: all five interest groups have someone"
                    + " who speaks for them."
                : "Nothing about any of us without all of us, but nobody speaks for "
                    + Words.groups(r.groupsMissing())
                    + "."));

    blocks.add(new Subheading("Bodies"));
    if (r.bodies().isEmpty()) {
      blocks.add(para("The initiative names no bodies such as a steering group or board."));
    } else {
      List<Item> entries = new ArrayList<>();
      for (BodyRepresentation b : r.bodies()) {
        List<String> details = new ArrayList<>();
        if (!b.groupsMissing().isEmpty()) {
          details.add("No member from " + Words.groups(b.groupsMissing()) + ".");
        }
        entries.add(
            new Item(
                b.bodyId(),
                "("
                    + Words.bodyKind(b.kind())
                    + "): "
                    + count(b.members(), "member", "members")
                    + ", "
                    + b.membersWithLivedExperience()
                    + " with lived experience"
                    + b.livedExperienceShare().map(s -> " (" + Words.percent(s) + ")").orElse(""),
                details));
      }
      blocks.add(new Items(false, entries));
    }

    blocks.add(new Subheading("Meetings"));
    List<Item> gaps = new ArrayList<>();
    for (MeetingRepresentation m : r.meetings()) {
      if (m.groupsMissing().isEmpty() && m.groupsNotInvited().isEmpty()) {
        continue;
      }
      List<String> details = new ArrayList<>();
      if (!m.groupsMissing().isEmpty()) {
        details.add("Nobody came from " + Words.groups(m.groupsMissing()) + ".");
      }
      if (!m.groupsNotInvited().isEmpty()) {
        details.add("Nobody was invited from " + Words.groups(m.groupsNotInvited()) + ".");
      }
      String where =
          m.date()
              + m.stage().map(s -> ", " + Words.stage(s)).orElse("")
              + m.bodyId().map(b -> ", " + b).orElse("");
      gaps.add(new Item(m.meetingId(), "(" + where + "): " + m.attended() + " came", details));
    }
    if (r.meetings().isEmpty()) {
      blocks.add(para("No meetings are recorded."));
    } else if (gaps.isEmpty()) {
      blocks.add(
          para(
              "All "
                  + count(r.meetings().size(), "meeting", "meetings")
                  + " had someone from every interest group."));
    } else {
      blocks.add(
          para(
              gaps.size()
                  + " of "
                  + count(r.meetings().size(), "meeting", "meetings")
                  + " had an interest group missing:"));
      blocks.add(new Items(false, gaps));
    }

    blocks.add(new Subheading("Seldom-heard groups"));
    if (r.seldomHeard().isEmpty()) {
      blocks.add(para("Nobody said they belong to a group that is often left out."));
    } else {
      List<String> reached = new ArrayList<>();
      for (SeldomHeardReach s : r.seldomHeard()) {
        reached.add(
            Words.seldomHeard(s.group())
                + " ("
                + s.people()
                    .map(n -> count(n, "person", "people"))
                    .orElse(s.suppressed().orElse("suppressed"))
                + ")");
      }
      blocks.add(para("Reached: " + list(reached) + "."));
    }
    r.peopleInSeldomHeardGroups()
        .ifPresent(n -> blocks.add(para("People in at least one seldom-heard group: " + n + ".")));
    r.peopleInSeldomHeardGroupsSuppressed()
        .ifPresent(
            reason ->
                blocks.add(para("People in at least one seldom-heard group: " + reason + ".")));
    if (!r.seldomHeardNotReached().isEmpty()) {
      blocks.add(
          para(
              "Not reached: "
                  + list(r.seldomHeardNotReached().stream().map(Words::seldomHeard).toList())
                  + "."));
    }
    return new Section("Representation", blocks);
  }

  // 13. Trend

  private Section trend(TrendReport trend) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        para(
            "From review round "
                + trend.earlierRoundId()
                + " to "
                + trend.laterRoundId()
                + ". A change counts only when it is at least "
                + threshold(trend.minimumMeaningfulChange())
                + " points and more than one rater changing their answer could cause; smaller"
                + " moves count as unchanged."));
    blocks.add(para("Overall: " + trend.overall().reason()));
    blocks.add(para(Words.capitalise(trend.summary())));
    List<ItemTrend> better =
        trend.items().stream()
            .filter(t -> t.score().direction() == Direction.BETTER)
            .sorted(byChange().reversed())
            .toList();
    List<ItemTrend> worse =
        trend.items().stream()
            .filter(t -> t.score().direction() == Direction.WORSE)
            .sorted(byChange())
            .toList();
    if (!better.isEmpty()) {
      blocks.add(new Subheading("Better"));
      blocks.add(changeTable(better));
    }
    if (!worse.isEmpty()) {
      blocks.add(new Subheading("Worse"));
      blocks.add(changeTable(worse));
    }
    List<String> notComparable = ids(trend, t -> t.score().direction() == Direction.NOT_COMPARABLE);
    if (!notComparable.isEmpty()) {
      blocks.add(para("Not comparable, too few raters in one round: " + list(notComparable) + "."));
    }
    blocks.add(new Subheading("Red flags"));
    List<String> flags = new ArrayList<>();
    addFlags(flags, "New red flags", ids(trend, t -> t.flag() == FlagChange.NEW_FLAG));
    addFlags(flags, "Resolved", ids(trend, t -> t.flag() == FlagChange.RESOLVED_FLAG));
    addFlags(flags, "Still flagged", ids(trend, t -> t.flag() == FlagChange.STILL_FLAGGED));
    if (flags.isEmpty()) {
      blocks.add(para("No item was flagged in either round."));
    } else {
      flags.forEach(line -> blocks.add(para(line)));
    }
    if (!trend.itemsOnlyInEarlier().isEmpty()) {
      blocks.add(para("Only in the earlier round: " + list(trend.itemsOnlyInEarlier()) + "."));
    }
    if (!trend.itemsOnlyInLater().isEmpty()) {
      blocks.add(para("Only in the later round: " + list(trend.itemsOnlyInLater()) + "."));
    }
    return new Section("Change between rounds", blocks);
  }

  private static Comparator<ItemTrend> byChange() {
    return Comparator.comparingDouble(t -> t.score().change().orElse(0.0));
  }

  private static List<String> ids(TrendReport trend, Predicate<ItemTrend> which) {
    return trend.items().stream().filter(which).map(ItemTrend::itemId).toList();
  }

  private static void addFlags(List<String> lines, String label, List<String> ids) {
    if (!ids.isEmpty()) {
      lines.add(label + " (" + ids.size() + "): " + list(ids) + ".");
    }
  }

  private static Table changeTable(List<ItemTrend> trends) {
    List<Row> rows = new ArrayList<>();
    for (ItemTrend t : trends) {
      rows.add(
          new Row(
              List.of(
                  t.itemId(),
                  number(t.score().earlier()),
                  number(t.score().later()),
                  t.score().change().map(ReportContent::signed).orElse("-")),
              OptionalDouble.empty()));
    }
    return new Table(
        List.of(
            new Column("item", false),
            new Column("earlier", true),
            new Column("later", true),
            new Column("change", true)),
        rows,
        -1);
  }

  // Shared pieces

  private static Table scoreTable(String label, List<Row> rows) {
    return new Table(
        List.of(new Column(label, false), new Column("score", true), new Column("band", false)),
        rows,
        1);
  }

  private static Row scoreRow(String label, Score score) {
    return new Row(
        List.of(label, number(score.value()), Words.bandOrStatus(score)),
        score.value().map(OptionalDouble::of).orElse(OptionalDouble.empty()));
  }

  private static Paragraph para(String text) {
    return new Paragraph(text);
  }

  private static String signed(double change) {
    return (change > 0 ? "+" : "") + number(change);
  }

  private static String threshold(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
