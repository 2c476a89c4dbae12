package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.agreement.Alpha;
import org.coproduction.scoring.agreement.AlphaOutcome;

/** Section 8: how far raters agree beyond chance (Krippendorff's alpha). */
final class AgreementSection extends SectionBuilder {
  AgreementSection(EvaluationReport report, ReportTexts texts) {
    super(report, texts);
  }

  @Override
  String id() {
    return "agreement";
  }

  @Override
  Section build() {
    return agreement();
  }

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
    return section(
        "Do raters agree?",
        List.of(
            para(
                "Krippendorff's alpha says how far raters agree beyond chance: 1 is full"
                    + " agreement, 0 no better than chance. Below "
                    + Words.threshold(settings.lowAgreementBelow())
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
}
