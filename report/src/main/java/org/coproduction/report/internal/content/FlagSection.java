package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.flags.RedFlag;

/**
 * Section 1, what a provider reads first: each red flag, most severe first, with what raters said,
 * the item in easy read, and what the records said.
 */
final class FlagSection extends SectionBuilder {
  /** A red flag shows this many of the records' findings, so the list stays short. */
  private static final int FLAG_FINDINGS = 2;

  FlagSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "red-flags";
  }

  @Override
  Section build() {
    return redFlags();
  }

  private Section redFlags() {
    List<Block> blocks = new ArrayList<>();
    List<RedFlag> flags = latest.redFlags();
    String share = Words.percent(settings.redFlagShare());
    ScaleWording wording = ScaleWording.of(latest, texts);
    if (flags.isEmpty()) {
      blocks.add(
          para(
              "No red flags: on no item did "
                  + share
                  + " or more of the raters "
                  + wording.giveBottom()
                  + ", and the records said no to none."));
    } else {
      blocks.add(
          para(
              count(flags.size(), "item is", "items are")
                  + " flagged, most severe first. An item is flagged when at least "
                  + share
                  + " of the raters who answered "
                  + wording.gaveBottom()
                  + ", or when the records say no (or partly, on a critical item, where one failure"
                  + " is enough to name)."));
      List<Item> entries = new ArrayList<>();
      for (RedFlag flag : flags) {
        List<String> details = new ArrayList<>();
        texts.statement(flag.itemId()).ifPresent(details::add);
        details.add(raters(flag.itemId(), flag.answers(), flag.noShare(), flag.status()));
        // The item as its easy-read version says it, for raters who answered from that one.
        texts
            .item(flag.itemId())
            .ifPresent(item -> details.add("In easy read: " + item.easyRead()));
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
        String severity = Words.plain(flag.severity());
        entries.add(
            new Item(
                flag.itemId(),
                "(" + severity + ", " + Words.area(flag.area()) + ")",
                details,
                Optional.of(severity)));
      }
      blocks.add(new Items(true, entries));
    }
    return section("Red flags: read these first", blocks);
  }

  private String raters(
      String itemId, AnswerCounts answers, Optional<Double> noShare, ScoreStatus status) {
    if (answers.scored() + answers.notAnswered() == 0) {
      return "Raters: nobody answered.";
    }
    StringBuilder line = new StringBuilder("Raters: ").append(texts.answerCounts(itemId, answers));
    Optional<AnswerScale> scale = texts.checklist().flatMap(c -> c.item(itemId).map(c::scaleOf));
    noShare.ifPresent(
        share ->
            line.append("; ")
                .append(Words.percent(share))
                .append(' ')
                .append(ScaleWording.gaveBottom(answers, scale)));
    if (status == ScoreStatus.INCONCLUSIVE) {
      line.append("; too few raters to be sure");
    }
    return line.append('.').toString();
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
        + ReportContent.RECORDS_SECTION
        + ".";
  }
}
