package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.report.EvaluationReport;
import org.coproduction.scoring.ScoreInput;
import org.coproduction.scoring.crosswalk.CrosswalkReport;
import org.coproduction.scoring.crosswalk.InstrumentResult;
import org.coproduction.scoring.crosswalk.PrincipleCrosswalk;

/**
 * The tidy crosswalk table: for an initiative assessed with more than one instrument, one row per
 * principle and instrument, in the framework's order, then the instruments' order. Write the rows
 * with {@link TidyCsv#crosswalk}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TidyCrosswalk {
  private TidyCrosswalk() {}

  /**
   * The rows of one evaluation report.
   *
   * @param report the report
   * @return the rows, empty when the report has no crosswalk (one instrument)
   */
  public static List<CrosswalkRow> rows(EvaluationReport report) {
    List<CrosswalkRow> rows = new ArrayList<>();
    if (report.crosswalk().isEmpty()) {
      return rows;
    }
    CrosswalkReport crosswalk = report.crosswalk().get();
    for (PrincipleCrosswalk p : crosswalk.principles()) {
      for (InstrumentResult r : p.results()) {
        rows.add(
            CrosswalkRow.builder()
                .evaluationId(report.evaluationId())
                .initiativeId(report.latest().initiativeId())
                .frameworkId(crosswalk.frameworkId())
                .principleId(p.principleId())
                .checklistId(r.checklist().id())
                .checklistVersion(r.checklist().version())
                .asked(r.asked())
                .status(r.status())
                .value(r.value())
                .band(r.band())
                .raters(r.raters())
                .itemsUsed((int) r.items().stream().filter(ScoreInput::used).count())
                .verdict(p.verdict())
                .gap(p.gap())
                .build());
      }
    }
    return rows;
  }
}
