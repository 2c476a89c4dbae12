package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.report.EvaluationReport;
import org.coproduction.scoring.fairness.FairnessReport;
import org.coproduction.scoring.fairness.FairnessTotals;
import org.coproduction.scoring.fairness.GroupReciprocity;

/**
 * The tidy fairness table: the "By interest group" table of the report's fairness section, one row
 * per group with people in the ledger, then one row for everybody ({@code ALL}). It applies no rule
 * of its own: a group the report hides has a row with no figures, and the row for everybody has no
 * figures when the report leaves its totals out (they would give a hidden group's figures away).
 * Write the rows with {@link TidyCsv#fairness}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TidyFairness {
  private TidyFairness() {}

  /**
   * The rows of a report.
   *
   * @param report the report
   * @return the rows; empty when the evaluation has no reciprocity ledger
   */
  public static List<FairnessRow> rows(EvaluationReport report) {
    if (report.fairness().isEmpty()) {
      return List.of();
    }
    FairnessReport f = report.fairness().get();
    List<FairnessRow> rows = new ArrayList<>();
    for (GroupReciprocity g : f.groups()) {
      rows.add(
          start(report, f)
              .group(g.group())
              .suppressed(g.suppressed().isPresent())
              .people(g.people())
              .hoursGiven(g.hoursGiven())
              .feesReceived(g.feesReceived())
              .valueReturned(g.valueReturned())
              .valueReturnedPerHour(g.valueReturnedPerHour())
              .contributorsWithoutReturn(g.contributorsWithoutReturn())
              .expensesUnreimbursed(g.expensesUnreimbursed())
              .build());
    }
    Optional<FairnessTotals> totals = f.totals();
    rows.add(
        start(report, f)
            .suppressed(totals.isEmpty())
            .people(totals.map(FairnessTotals::people))
            .hoursGiven(totals.map(FairnessTotals::hoursGiven))
            .feesReceived(totals.map(FairnessTotals::feesReceived))
            .valueReturned(totals.map(FairnessTotals::valueReturned))
            .contributorsWithoutReturn(f.peopleWithoutReturn())
            .expensesUnreimbursed(totals.map(FairnessTotals::expensesUnreimbursed))
            .build());
    return rows;
  }

  private static FairnessRow.Builder start(EvaluationReport report, FairnessReport f) {
    return FairnessRow.builder()
        .evaluationId(report.evaluationId())
        .initiativeId(f.initiativeId())
        .ledgerId(f.ledgerId())
        .currency(f.currency());
  }
}
