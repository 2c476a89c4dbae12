package org.coproduction.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.Stage;
import org.coproduction.report.internal.Html;
import org.coproduction.report.internal.PrincipleChart;
import org.coproduction.report.internal.ReportContext;
import org.coproduction.report.internal.ReportContext.FrameworkView;
import org.coproduction.report.internal.ReportContext.PrincipleView;
import org.coproduction.report.internal.Words;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.fairness.FairnessReport;
import org.coproduction.scoring.fairness.FairnessTotals;
import org.coproduction.scoring.fairness.GroupReciprocity;
import org.coproduction.scoring.fairness.OutOfPocket;
import org.coproduction.scoring.fairness.PayGap;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RecordsVersusRaters;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.ladder.LadderAssessment;
import org.coproduction.scoring.ladder.LadderCap;
import org.coproduction.scoring.ladder.StagePlacement;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;
import org.coproduction.scoring.representation.BodyRepresentation;
import org.coproduction.scoring.representation.MeetingRepresentation;
import org.coproduction.scoring.representation.RepresentationReport;
import org.coproduction.scoring.representation.SeldomHeardReach;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.FlagChange;
import org.coproduction.scoring.trend.ItemTrend;
import org.coproduction.scoring.trend.ScoreChange;
import org.coproduction.scoring.trend.TrendReport;

/**
 * Writes an {@link EvaluationReport} as one self-contained HTML page that a provider can e-mail,
 * print or put on a shared drive: styles and the chart are inline, and it loads nothing (no
 * scripts, fonts, images or links), which its content security policy enforces.
 *
 * <p>What comes first is what a reader should act on: the red flags. Then a bar chart of the
 * principle scores by interest group (of the first framework the checklist maps to, the national
 * guide's four principles for the built-in checklist), the overall score and its band, signs of
 * tokenism, what the records say, the ladder, fairness of reward, representation and the change
 * between rounds. Every text that comes from data is escaped. Scores hidden to protect small groups
 * stay hidden here too, with the reason.
 */
public final class HtmlReport {
  private static final String CSS =
      String.join(
          "\n",
          ":root{color-scheme:light}",
          "body{margin:0;background:#fff;color:#1a1a1a;font:16px/1.5 system-ui,-apple-system,"
              + "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}",
          "main{max-width:62rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}",
          "h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0}",
          "h2{font-size:1.4rem;margin:2.4rem 0 .6rem;padding-bottom:.2rem;"
              + "border-bottom:2px solid #1a1a1a}",
          "h3{font-size:1.1rem;margin:.2rem 0 .4rem}",
          ".lead{font-size:1.1rem}",
          ".meta,.note{color:#4a4a4a}",
          "ol.flags{list-style:none;padding:0;margin:0}",
          ".flag{border:1px solid #bbb;border-left:8px solid #1a1a1a;border-radius:4px;"
              + "padding:.7rem 1rem;margin:.8rem 0;background:#fafafa}",
          ".flag.critical{border-left-color:#9b0000}",
          ".flag.serious{border-left-color:#9a4a00}",
          ".flag.moderate{border-left-color:#5b5200}",
          ".flag.minor{border-left-color:#4a4a4a}",
          ".badge{display:inline-block;padding:0 .45rem;border-radius:3px;font-size:.85rem;"
              + "font-weight:700;color:#fff;background:#4a4a4a;vertical-align:.1em}",
          ".badge.critical{background:#9b0000}",
          ".badge.serious{background:#9a4a00}",
          ".badge.moderate{background:#5b5200}",
          ".badge.minor{background:#4a4a4a}",
          ".score{font-size:2.4rem;font-weight:700;line-height:1.1}",
          ".band{font-size:1.3rem;font-weight:600}",
          "table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.95rem}",
          "caption{text-align:left;font-weight:600;padding:.2rem 0}",
          "th,td{border:1px solid #9a9a9a;padding:.3rem .5rem;text-align:left;vertical-align:top}",
          "th{background:#eeeeee}",
          "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
          "td.hidden{color:#4a4a4a;font-size:.85rem}",
          ".table-wrap{overflow-x:auto}",
          "figure{margin:1rem 0;overflow-x:auto}",
          "figcaption{margin-top:.4rem;color:#4a4a4a}",
          "svg{max-width:100%;height:auto}",
          "ul.evidence{margin:.2rem 0 .4rem 1.2rem;padding:0}",
          "footer{margin-top:3rem;color:#4a4a4a;font-size:.9rem}");

  private HtmlReport() {}

  /**
   * Renders a report as HTML. Items are worded from the built-in checklist when the report was
   * scored with it; a report scored with another checklist names items by id, so use {@link
   * #render(EvaluationReport, Checklist)} for those.
   *
   * @param report the report to render
   * @return the HTML page
   */
  public static String render(EvaluationReport report) {
    return render(ReportContext.of(report));
  }

  /**
   * Renders a report as HTML with the wording of the checklist it was scored with, such as a
   * derived or translated one ({@link org.coproduction.report.Evaluation#checklistInUse()}).
   *
   * @param report the report to render
   * @param checklist the checklist the report was scored with
   * @return the HTML page
   * @throws IllegalArgumentException when the report names another checklist id or version
   */
  public static String render(EvaluationReport report, Checklist checklist) {
    return render(ReportContext.of(report, checklist));
  }

  private static String render(ReportContext context) {
    EvaluationReport report = context.report();
    ScoreReport latest = report.latest();
    Html h = new Html();
    String language = context.checklist().map(Checklist::language).orElse("en");
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "lang", language).raw("\n");
    h.raw("<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing may load or run: the page is complete in itself, and injected markup stays inert.
    h.raw(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:\">\n");
    h.element("title", "Co-production report: " + report.title());
    h.open("style").raw("\n").raw(CSS).raw("\n").close("style");
    h.raw("</head>\n<body>\n<main>\n");

    header(h, context);
    redFlags(h, context);
    chart(h, context);
    overall(h, context);
    tokenism(h, context);
    records(h, context);
    ladder(h, report.ladder());
    fairness(h, report.fairness());
    representation(h, report.representation());
    trend(h, context);

    h.open("footer");
    h.element(
        "p",
        "Made by coproduction from the evaluation '"
            + report.evaluationId()
            + "' with checklist "
            + latest.checklist().id()
            + " "
            + latest.checklist().version()
            + ". The checklist is the best-practice list that everybody involved scores, so the"
            + " provider can see how well its process works (004_badd4b3e527b04fd.txt, \"The"
            + " Co-production Police and accountability\").");
    h.close("footer");
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(Html h, ReportContext context) {
    EvaluationReport report = context.report();
    ScoreReport latest = report.latest();
    h.open("header");
    h.element("p", "Co-production report", "class", "meta");
    h.element("h1", report.title());
    h.element("p", report.description(), "class", "lead");
    String round =
        latest.reviewRoundId().map(r -> "review round '" + r + "'").orElse("the answers given");
    h.element(
        "p",
        "Initiative '"
            + latest.initiativeId()
            + "'. This report shows "
            + round
            + ", scored by "
            + Words.count(latest.raters(), "rater", "raters")
            + " against checklist "
            + latest.checklist().id()
            + " "
            + latest.checklist().version()
            + (report.rounds().size() > 1
                ? "; the last section compares it with the first of "
                    + report.rounds().size()
                    + " rounds."
                : "."),
        "class",
        "meta");
    h.close("header");
  }

  private static void redFlags(Html h, ReportContext context) {
    ScoreReport latest = context.report().latest();
    List<RedFlag> flags = latest.redFlags();
    String threshold = Words.percent(latest.settings().redFlagShare());
    h.open("section", "id", "red-flags", "aria-labelledby", "red-flags-heading");
    h.element("h2", "Red flags: read these first", "id", "red-flags-heading");
    if (flags.isEmpty()) {
      h.element(
          "p",
          "No red flags. On no item did "
              + threshold
              + " or more of the raters say no, and the records said no to none.");
      h.close("section");
      return;
    }
    h.element(
        "p",
        Words.count(flags.size(), "item is", "items are")
            + " flagged, most severe first. An item is flagged when "
            + threshold
            + " or more of the raters who answered say no, or when the records say no.");
    h.open("ol", "class", "flags");
    for (RedFlag flag : flags) {
      String severity = Words.of(flag.severity());
      h.open("li", "class", "flag " + severity, "data-item", flag.itemId());
      h.open("h3");
      h.element("span", Words.capitalise(severity), "class", "badge " + severity);
      h.raw(" ").text(context.itemTitle(flag.itemId()));
      h.close("h3");
      h.element(
          "p",
          "Item "
              + flag.itemId()
              + ", in the "
              + Words.of(flag.area())
              + " piece of the jigsaw. "
              + raisedBecause(flag)
              + (flag.status() == ScoreStatus.CONCLUSIVE
                  ? ""
                  : " Few raters answered, so treat the numbers with care."),
          "class",
          "meta");
      h.element("p", "What raters said: " + answers(flag.answers(), flag.noShare()));
      context
          .item(flag.itemId())
          .map(ChecklistItem::easyRead)
          .ifPresent(e -> h.element("p", "In easy read: " + e, "class", "note"));
      flag.record().ifPresent(r -> recordAnswer(h, r));
      flag.recordComparison()
          .filter(c -> c != RecordsVersusRaters.AGREE)
          .ifPresent(
              c ->
                  h.element(
                      "p",
                      c == RecordsVersusRaters.RECORDS_WORSE
                          ? "The records look much worse than raters think: raters may not"
                              + " know what the records show."
                          : "The records look much better than raters think: the records may"
                              + " miss what people lived through."));
      h.close("li");
    }
    h.close("ol");
    h.close("section");
  }

  /** Tables scroll sideways on a narrow screen rather than overflow the page. */
  private static void openTable(Html h, String... attributes) {
    h.open("div", "class", "table-wrap").open("table", attributes);
  }

  private static String raisedBecause(RedFlag flag) {
    boolean raters = flag.triggers().contains(FlagTrigger.RATERS_SAID_NO);
    boolean records = flag.triggers().contains(FlagTrigger.RECORDS_SAID_NO);
    if (raters && records) {
      return "Flagged because raters and the records both say no.";
    }
    return raters ? "Flagged because raters say no." : "Flagged because the records say no.";
  }

  private static String answers(AnswerCounts a, Optional<Double> noShare) {
    String counts =
        a.yes()
            + " yes, "
            + a.partly()
            + " partly, "
            + a.no()
            + " no, "
            + a.dontKnow()
            + " don't know, "
            + a.notApplicable()
            + " not applicable";
    return counts
        + noShare.map(s -> "; " + Words.percent(s) + " of those who answered said no.").orElse(".");
  }

  private static void recordAnswer(Html h, RecordAnswer r) {
    h.element(
        "p", "The records say " + Words.of(r.answer()) + (r.evidence().isEmpty() ? "." : ":"));
    evidence(h, r.evidence());
  }

  private static void evidence(Html h, List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return;
    }
    h.open("ul", "class", "evidence");
    for (Evidence e : evidence) {
      h.element("li", evidenceName(e) + ": " + e.finding());
    }
    h.close("ul");
  }

  /** Names what a piece of evidence is about: "Meeting m2", or a stage in words. */
  private static String evidenceName(Evidence e) {
    if (e.kind() == Evidence.Kind.STAGE) {
      for (Stage stage : Stage.values()) {
        if (stage.name().equals(e.ref())) {
          return "Stage " + Words.of(stage);
        }
      }
    }
    return Words.capitalised(e.kind()) + " " + e.ref();
  }

  private static void chart(Html h, ReportContext context) {
    ScoreReport latest = context.report().latest();
    h.open("section", "id", "principles", "aria-labelledby", "principles-heading");
    h.element("h2", "Principle scores by interest group", "id", "principles-heading");
    Optional<FrameworkView> first =
        context.frameworks().stream().filter(f -> !f.principles().isEmpty()).findFirst();
    List<InterestGroup> groups = PrincipleChart.groupsShown(latest);
    if (first.isEmpty() || groups.isEmpty()) {
      h.element(
          "p",
          first.isEmpty()
              ? "The checklist maps its items to no principles, so there is nothing to chart."
              : "Nobody answered, so there is nothing to chart.");
      h.close("section");
      return;
    }
    FrameworkView framework = first.get();
    h.element(
        "p",
        "How each interest group scores the "
            + framework.principles().size()
            + " principles in \u201c"
            + framework.name()
            + "\u201d. A score is the weighted mean of the items that give evidence for the"
            + " principle: 100 means everyone said yes, 0 that everyone said no. Where a group had"
            + " fewer than "
            + latest.settings().minimumGroupSize()
            + " raters its score is hidden, so nobody can be singled out.");
    h.open("figure");
    h.raw(PrincipleChart.svg(latest, framework));
    h.element(
        "figcaption",
        "The same figures are in the table below. Dashed lines mark the bands: below 25 not"
            + " there yet, from 25 starting out, from 50 on the way, from 75 going strong.");
    h.close("figure");

    principleTable(h, latest, framework, groups, true);
    for (FrameworkView other : context.frameworks()) {
      if (other != framework && !other.principles().isEmpty()) {
        principleTable(h, latest, other, groups, false);
      }
    }
    h.close("section");
  }

  private static void principleTable(
      Html h,
      ScoreReport latest,
      FrameworkView framework,
      List<InterestGroup> groups,
      boolean charted) {
    int k = latest.settings().minimumGroupSize();
    openTable(h, "class", "principle-table", "data-framework", framework.id());
    h.element(
        "caption",
        (charted ? "Principle scores: " : "The same answers by another set of principles: ")
            + framework.name());
    h.open("thead").open("tr");
    h.element("th", "Principle", "scope", "col");
    h.element("th", "Everyone", "scope", "col");
    for (InterestGroup g : groups) {
      h.element("th", Words.capitalise(Words.group(g)), "scope", "col");
    }
    h.close("tr").close("thead");
    h.open("tbody");
    for (PrincipleView p : framework.principles()) {
      Optional<PrincipleScore> score =
          latest.principles().stream()
              .filter(s -> s.frameworkId().equals(framework.id()) && s.principleId().equals(p.id()))
              .findFirst();
      h.open("tr");
      h.element("th", p.name(), "scope", "row");
      h.element("td", score.map(s -> scoreWords(s.score())).orElse("no score"), "class", "num");
      for (InterestGroup g : groups) {
        Optional<GroupScore> gs = score.map(s -> s.score().byGroup().group(g));
        h.element(
            "td",
            gs.filter(x -> x.visibility() == Visibility.SHOWN)
                .map(x -> Words.number(x.value().orElseThrow()))
                .orElseGet(() -> gs.map(x -> PrincipleChart.hiddenLabel(x, k)).orElse("no score")),
            "class",
            gs.filter(x -> x.visibility() == Visibility.SHOWN).isPresent() ? "num" : "hidden");
      }
      h.close("tr");
    }
    h.close("tbody");
    h.close("table").close("div");
  }

  private static String scoreWords(Score score) {
    if (score.value().isEmpty()) {
      return "no answers";
    }
    String value = Words.number(score.value().get());
    return score.status() == ScoreStatus.CONCLUSIVE ? value : value + " (few raters)";
  }

  private static void overall(Html h, ReportContext context) {
    ScoreReport latest = context.report().latest();
    Score overall = latest.overall();
    h.open("section", "id", "overall", "aria-labelledby", "overall-heading");
    h.element("h2", "Overall score", "id", "overall-heading");
    h.open("p");
    h.element(
        "span",
        overall.value().map(Words::number).orElse("No score"),
        "class",
        "score",
        "id",
        "overall-score");
    if (overall.value().isPresent()) {
      h.raw(" ").text("out of 100");
    }
    h.close("p");
    if (overall.band().isPresent()) {
      h.element(
          "p", "Band: " + overall.band().get().words(), "class", "band", "id", "overall-band");
    } else {
      h.element(
          "p",
          overall.status() == ScoreStatus.NO_ANSWERS
              ? "No band: nobody gave a scored answer."
              : "No band: too few raters answered for the score to be conclusive.",
          "class",
          "band",
          "id",
          "overall-band");
    }
    h.element("p", overall.reason());
    for (String warning : overall.warnings()) {
      h.element("p", "Take care: " + warning, "class", "note");
    }
    Breakdown sides = overall.byGroup();
    h.element("h3", "Lived experience and provider views");
    h.element(
        "p",
        "People who use services and carers: "
            + sides.livedExperience().value().map(Words::number).orElse("no score")
            + ". People who commission, run and work in services: "
            + sides.provider().value().map(Words::number).orElse("no score")
            + ". "
            + sides.reason());

    openTable(h, "class", "area-table");
    h.element("caption", "Scores by piece of the jigsaw (culture, structure, practice, review)");
    h.open("thead").open("tr");
    h.element("th", "Piece", "scope", "col");
    h.element("th", "Score", "scope", "col");
    h.element("th", "Band", "scope", "col");
    h.element("th", "How it was worked out", "scope", "col");
    h.close("tr").close("thead").open("tbody");
    for (AreaScore area : latest.areas()) {
      h.open("tr");
      h.element("th", Words.capitalised(area.area()), "scope", "row");
      h.element("td", scoreWords(area.score()), "class", "num");
      h.element("td", area.score().band().map(b -> b.words()).orElse("none"));
      h.element("td", area.score().reason());
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  private static void tokenism(Html h, ReportContext context) {
    ScoreReport latest = context.report().latest();
    List<TokenismSignal> signals = latest.tokenism();
    String provider = Words.number(latest.settings().tokenismProviderAtLeast());
    String lived = Words.number(latest.settings().tokenismLivedExperienceAtMost());
    h.open("section", "id", "tokenism", "aria-labelledby", "tokenism-heading");
    h.element("h2", "Signs of tokenism", "id", "tokenism-heading");
    h.element(
        "p",
        "An item is a sign of tokenism when the provider side scores it "
            + provider
            + " or more while people who use services and carers score it "
            + lived
            + " or less: staff see co-production where the people it is for do not. It is a"
            + " prompt to ask why (004_badd4b3e527b04fd.txt, \"Co-production: Practicing what"
            + " they preach?\").");
    if (signals.isEmpty()) {
      h.element("p", "No signs of tokenism on any item.");
      h.close("section");
      return;
    }
    openTable(h, "class", "tokenism-table");
    h.element("caption", Words.count(signals.size(), "sign", "signs") + " of tokenism");
    h.open("thead").open("tr");
    h.element("th", "Item", "scope", "col");
    h.element("th", "Provider side", "scope", "col");
    h.element("th", "People who use services and carers", "scope", "col");
    h.element("th", "Gap (points)", "scope", "col");
    h.close("tr").close("thead").open("tbody");
    for (TokenismSignal s : signals) {
      h.open("tr", "data-item", s.itemId());
      h.element("th", context.itemTitle(s.itemId()), "scope", "row");
      h.element("td", Words.number(s.provider()), "class", "num");
      h.element("td", Words.number(s.livedExperience()), "class", "num");
      h.element("td", Words.number(s.gap()), "class", "num");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  private static void records(Html h, ReportContext context) {
    List<RecordAnswer> answers = context.report().recordAnswers();
    h.open("section", "id", "records", "aria-labelledby", "records-heading");
    h.element("h2", "What the records say", "id", "records-heading");
    if (answers.isEmpty()) {
      h.element("p", "The checklist in use has no items the records can answer.");
      h.close("section");
      return;
    }
    h.element(
        "p",
        "Some items can be checked from the initiative's own records: notice given, expenses"
            + " offered, who was invited, whether comments were written down. The records never"
            + " change a score; they sit beside what people said.");
    openTable(h, "class", "records-table");
    h.open("thead").open("tr");
    h.element("th", "Item", "scope", "col");
    h.element("th", "The records say", "scope", "col");
    h.element("th", "What falls short", "scope", "col");
    h.close("tr").close("thead").open("tbody");
    for (RecordAnswer r : answers) {
      h.open("tr", "data-item", r.itemId());
      h.element("th", context.itemTitle(r.itemId()), "scope", "row");
      h.element("td", Words.of(r.answer()));
      h.open("td");
      if (r.evidence().isEmpty()) {
        h.text(
            r.answer() == Answer.YES
                ? "Nothing falls short."
                : "Nothing in the records to judge by.");
      } else {
        evidence(h, r.evidence());
      }
      h.close("td");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  private static void ladder(Html h, LadderAssessment ladder) {
    h.open("section", "id", "ladder", "aria-labelledby", "ladder-heading");
    h.element("h2", "The ladder of co-production", "id", "ladder-heading");
    h.element(
        "p",
        "The ladder runs from coercion up to co-production. Start at the top and step down for"
            + " a part of the work only for a good reason, said openly"
            + " (000_c89612a375d72873.txt, \"Which rung on the ladder of co-production are you"
            + " on?\"). The records can show that power was not shared, never that it was, so"
            + " the rung an initiative declares is the highest it can be placed.");
    if (ladder.stages().isEmpty()) {
      h.element("p", "The initiative declares no rung for any stage.");
    } else {
      openTable(h, "class", "ladder-table");
      h.open("thead").open("tr");
      h.element("th", "Stage", "scope", "col");
      h.element("th", "Declared", "scope", "col");
      h.element("th", "The records support", "scope", "col");
      h.element("th", "Why", "scope", "col");
      h.close("tr").close("thead").open("tbody");
      for (StagePlacement stage : ladder.stages()) {
        h.open("tr", "data-stage", stage.stage().name());
        h.element("th", Words.capitalised(stage.stage()), "scope", "row");
        h.element("td", Words.of(stage.declaredRung()));
        h.element("td", Words.of(stage.suggestedRung()));
        h.open("td");
        h.element("p", stage.summary());
        if (!stage.caps().isEmpty()) {
          h.open("ul", "class", "evidence");
          for (LadderCap cap : stage.caps()) {
            h.element("li", cap.reason());
          }
          h.close("ul");
        }
        h.close("td");
        h.close("tr");
      }
      h.close("tbody").close("table").close("div");
    }
    if (!ladder.undeclaredStages().isEmpty()) {
      h.element(
          "p",
          "No rung is declared for: " + Words.list(ladder.undeclaredStages()) + ".",
          "class",
          "note");
    }
    h.close("section");
  }

  private static void fairness(Html h, Optional<FairnessReport> maybe) {
    h.open("section", "id", "fairness", "aria-labelledby", "fairness-heading");
    h.element("h2", "Fairness of reward", "id", "fairness-heading");
    h.element(
        "p",
        "People should get something back for what they put in, and nobody should be out of"
            + " pocket for taking part (002_ed537c7d2d404e79.txt, \"Reciprocity\").");
    if (maybe.isEmpty()) {
      h.element(
          "p",
          "No reciprocity ledger came with this evaluation, so who gave what and got what back"
              + " cannot be shown.");
      h.close("section");
      return;
    }
    FairnessReport f = maybe.get();
    h.element("p", f.payComparison().explanation());
    if (f.payGaps().isEmpty()) {
      h.element("p", "No person who uses services or carer was paid less than the professionals.");
    } else {
      openTable(h, "class", "pay-gaps");
      h.element(
          "caption",
          Words.count(f.payGaps().size(), "person", "people")
              + " who use services or care, paid less than professionals or not at all");
      h.open("thead").open("tr");
      h.element("th", "Person (pseudonymous id)", "scope", "col");
      h.element("th", "Gap", "scope", "col");
      h.element("th", "Hours given", "scope", "col");
      h.element("th", "Fee per hour", "scope", "col");
      h.element("th", "Explanation", "scope", "col");
      h.close("tr").close("thead").open("tbody");
      for (PayGap g : f.payGaps()) {
        h.open("tr");
        h.element("th", g.participantId(), "scope", "row");
        h.element("td", Words.capitalised(g.kind()));
        h.element("td", Words.hours(g.hoursGiven()), "class", "num");
        h.element("td", Words.money(g.feePerHour()), "class", "num");
        h.element("td", g.explanation());
        h.close("tr");
      }
      h.close("tbody").close("table").close("div");
    }
    if (!f.outOfPocket().isEmpty()) {
      List<String> owed = new ArrayList<>();
      for (OutOfPocket o : f.outOfPocket()) {
        owed.add(o.participantId() + " (" + Words.money(o.unreimbursed()) + ")");
      }
      h.element(
          "p",
          "Out of pocket, with expenses claimed and not yet paid back: "
              + Words.sentenceList(owed)
              + ".");
    }
    if (!f.contributorsWithoutReturn().isEmpty()) {
      h.element(
          "p",
          "Gave time and got nothing back of any kind: "
              + Words.sentenceList(f.contributorsWithoutReturn())
              + ".");
    }
    openTable(h, "class", "fairness-groups");
    h.element("caption", "By interest group");
    h.open("thead").open("tr");
    h.element("th", "Group", "scope", "col");
    h.element("th", "People", "scope", "col");
    h.element("th", "Hours given", "scope", "col");
    h.element("th", "Value returned", "scope", "col");
    h.element("th", "Value per hour", "scope", "col");
    h.element("th", "Without return", "scope", "col");
    h.element("th", "Expenses owed", "scope", "col");
    h.close("tr").close("thead").open("tbody");
    for (GroupReciprocity g : f.groups()) {
      h.open("tr");
      h.element("th", Words.capitalised(g.group()), "scope", "row");
      if (g.suppressed().isPresent()) {
        h.element("td", g.suppressed().get(), "colspan", "6");
      } else {
        h.element("td", g.people().map(String::valueOf).orElse(""), "class", "num");
        h.element("td", g.hoursGiven().map(Words::hours).orElse(""), "class", "num");
        h.element("td", g.valueReturned().map(Words::money).orElse(""), "class", "num");
        h.element("td", g.valueReturnedPerHour().map(Words::money).orElse("none"), "class", "num");
        h.element(
            "td", g.contributorsWithoutReturn().map(String::valueOf).orElse(""), "class", "num");
        h.element("td", g.expensesUnreimbursed().map(Words::money).orElse(""), "class", "num");
      }
      h.close("tr");
    }
    if (f.totals().isPresent()) {
      FairnessTotals t = f.totals().get();
      h.open("tr");
      h.element("th", "Everyone", "scope", "row");
      h.element("td", String.valueOf(t.people()), "class", "num");
      h.element("td", Words.hours(t.hoursGiven()), "class", "num");
      h.element("td", Words.money(t.valueReturned()), "class", "num");
      h.element("td", "", "class", "num");
      h.element("td", "", "class", "num");
      h.element("td", Words.money(t.expensesUnreimbursed()), "class", "num");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    f.totalsSuppressed().ifPresent(s -> h.element("p", "Totals: " + s, "class", "note"));
    if (!f.groupsNotInLedger().isEmpty()) {
      h.element(
          "p",
          "Nobody in the ledger from: " + Words.list(f.groupsNotInLedger()) + ".",
          "class",
          "note");
    }
    h.element(
        "p",
        "Inequality of return: "
            + f.returnInequality().coefficient().map(Words::twoPlaces).orElse("not worked out")
            + ". "
            + f.returnInequality().explanation());
    h.close("section");
  }

  private static void representation(Html h, RepresentationReport r) {
    h.open("section", "id", "representation", "aria-labelledby", "representation-heading");
    h.element("h2", "Who is represented", "id", "representation-heading");
    h.element(
        "p",
        "Nothing about any of us without all of us: all five interest groups should be there"
            + " (001_0d571483b883475e.txt, \"Nothing about us without us\").");
    h.element(
        "p",
        r.groupsMissing().isEmpty()
            ? "Every interest group has someone to speak for it."
            : "No one speaks for: " + Words.list(r.groupsMissing()) + ".");
    if (!r.bodies().isEmpty()) {
      openTable(h, "class", "bodies");
      h.element("caption", "Groups and boards");
      h.open("thead").open("tr");
      h.element("th", "Body", "scope", "col");
      h.element("th", "Members", "scope", "col");
      h.element("th", "With lived experience", "scope", "col");
      h.element("th", "Groups with no member", "scope", "col");
      h.close("tr").close("thead").open("tbody");
      for (BodyRepresentation b : r.bodies()) {
        h.open("tr");
        h.element("th", b.bodyId() + " (" + Words.of(b.kind()) + ")", "scope", "row");
        h.element("td", String.valueOf(b.members()), "class", "num");
        h.element(
            "td",
            b.membersWithLivedExperience()
                + b.livedExperienceShare().map(s -> " (" + Words.percent(s) + ")").orElse(""),
            "class",
            "num");
        h.element("td", b.groupsMissing().isEmpty() ? "none" : Words.list(b.groupsMissing()));
        h.close("tr");
      }
      h.close("tbody").close("table").close("div");
    }
    List<MeetingRepresentation> gaps =
        r.meetings().stream()
            .filter(m -> !m.groupsMissing().isEmpty() || !m.groupsNotInvited().isEmpty())
            .toList();
    if (r.meetings().isEmpty()) {
      h.element("p", "No meetings are recorded.");
    } else if (gaps.isEmpty()) {
      h.element(
          "p",
          "At every one of the "
              + Words.count(r.meetings().size(), "meeting", "meetings")
              + " someone came from every interest group.");
    } else {
      openTable(h, "class", "meetings");
      h.element(
          "caption",
          gaps.size()
              + " of "
              + Words.count(r.meetings().size(), "meeting", "meetings")
              + " had an interest group missing");
      h.open("thead").open("tr");
      h.element("th", "Meeting", "scope", "col");
      h.element("th", "Date", "scope", "col");
      h.element("th", "Came", "scope", "col");
      h.element("th", "Nobody came from", "scope", "col");
      h.element("th", "Nobody was invited from", "scope", "col");
      h.close("tr").close("thead").open("tbody");
      for (MeetingRepresentation m : gaps) {
        h.open("tr");
        h.element("th", m.meetingId(), "scope", "row");
        h.element("td", m.date().toString());
        h.element("td", String.valueOf(m.attended()), "class", "num");
        h.element("td", m.groupsMissing().isEmpty() ? "none" : Words.list(m.groupsMissing()));
        h.element("td", m.groupsNotInvited().isEmpty() ? "none" : Words.list(m.groupsNotInvited()));
        h.close("tr");
      }
      h.close("tbody").close("table").close("div");
    }
    h.element("h3", "Seldom-heard groups");
    if (r.seldomHeard().isEmpty()) {
      h.element("p", "Nobody said they belong to any of the seldom-heard groups the guide names.");
    } else {
      h.open("ul");
      for (SeldomHeardReach s : r.seldomHeard()) {
        h.element(
            "li",
            Words.capitalised(s.group())
                + ": "
                + s.people()
                    .map(n -> Words.count(n, "person", "people"))
                    .orElse(s.suppressed().orElse("")));
      }
      h.close("ul");
    }
    h.element(
        "p",
        "People in at least one seldom-heard group: "
            + r.peopleInSeldomHeardGroups()
                .map(String::valueOf)
                .orElse(r.peopleInSeldomHeardGroupsSuppressed().orElse("not known"))
            + ".");
    if (!r.seldomHeardNotReached().isEmpty()) {
      h.element(
          "p", "Not reached: " + Words.list(r.seldomHeardNotReached()) + ".", "class", "note");
    }
    h.close("section");
  }

  private static void trend(Html h, ReportContext context) {
    EvaluationReport report = context.report();
    h.open("section", "id", "trend", "aria-labelledby", "trend-heading");
    h.element("h2", "Change between rounds", "id", "trend-heading");
    if (report.trend().isEmpty()) {
      h.element(
          "p",
          "There is one round of answers, so there is nothing to compare yet. Score again after"
              + " the next review to see what changed.");
      h.close("section");
      return;
    }
    TrendReport trend = report.trend().get();
    h.element(
        "p",
        "From round '"
            + trend.earlierRoundId()
            + "' to round '"
            + trend.laterRoundId()
            + "': "
            + trend.overall().reason());
    h.element("p", trend.summary());
    h.element(
        "p",
        "A change counts only when it is at least "
            + Words.number(trend.minimumMeaningfulChange())
            + " points and more than one rater changing their answer could cause.",
        "class",
        "note");
    if (report.rounds().size() > 2) {
      h.open("ul");
      for (ScoreReport round : report.rounds()) {
        h.element(
            "li",
            "Round '"
                + round.reviewRoundId().orElse("without a name")
                + "': "
                + scoreWords(round.overall())
                + ", "
                + Words.count(round.raters(), "rater", "raters")
                + ".");
      }
      h.close("ul");
    }
    openTable(h, "class", "trend-table");
    h.open("thead").open("tr");
    h.element("th", "Item", "scope", "col");
    h.element("th", "Before", "scope", "col");
    h.element("th", "After", "scope", "col");
    h.element("th", "Change", "scope", "col");
    h.element("th", "Red flag", "scope", "col");
    h.close("tr").close("thead").open("tbody");
    for (ItemTrend item : trend.items()) {
      ScoreChange s = item.score();
      h.open("tr", "data-item", item.itemId());
      h.element("th", context.itemTitle(item.itemId()), "scope", "row");
      h.element("td", s.earlier().map(Words::number).orElse("none"), "class", "num");
      h.element("td", s.later().map(Words::number).orElse("none"), "class", "num");
      h.element(
          "td",
          Words.capitalised(s.direction())
              + s.change()
                  .filter(c -> c != 0)
                  .map(
                      c ->
                          " ("
                              + (c > 0 ? "+" : "")
                              + Words.number(c)
                              + (s.direction() == Direction.UNCHANGED ? ", too small to count" : "")
                              + ")")
                  .orElse(""));
      h.element("td", item.flag() == FlagChange.NOT_FLAGGED ? "" : Words.of(item.flag()));
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }
}
