package org.coproduction.report.internal.content;

import static org.coproduction.report.internal.content.Words.count;
import static org.coproduction.report.internal.content.Words.number;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.scoring.flags.TokenismSignal;

/** Section 7: items that providers score high and people who use services and carers score low. */
final class TokenismSection extends SectionBuilder {
  TokenismSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "tokenism";
  }

  @Override
  Section build() {
    return tokenism();
  }

  private Section tokenism() {
    List<Block> blocks = new ArrayList<>();
    String provider = Words.threshold(settings.tokenismProviderAtLeast());
    String lived = Words.threshold(settings.tokenismLivedExperienceAtMost());
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
    return section("Signs of tokenism", blocks);
  }
}
