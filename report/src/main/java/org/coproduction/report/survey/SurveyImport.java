package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What came of importing one survey export: the response sets from the good rows, the problems that
 * made other rows be skipped, and how many rows there were. Bad rows never stop good ones from
 * being imported, and a person can fix the rows the problems name and import again.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSurveyImport.class)
@JsonDeserialize(as = ImmutableSurveyImport.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SurveyImport {
  SurveyImport() {}

  /**
   * One response set for each good row, in the order of the export.
   *
   * @return the response sets
   */
  @JsonProperty("responses")
  public abstract List<ResponseSet> responses();

  /**
   * Everything wrong with the skipped rows, by row and then column; a row may have several.
   *
   * @return the problems
   */
  @JsonProperty("problems")
  public abstract List<RowProblem> problems();

  /**
   * How many respondent rows the export had. Blank lines are not respondents and are not counted;
   * the header is not counted.
   *
   * @return the number of rows read
   */
  @JsonProperty("rowsRead")
  public abstract int rowsRead();

  /**
   * How many rows became response sets.
   *
   * @return the number imported
   */
  public int imported() {
    return responses().size();
  }

  /**
   * How many rows were skipped because of a problem.
   *
   * @return rows read minus rows imported
   */
  public int skipped() {
    return rowsRead() - imported();
  }

  /**
   * The counts in one line for a person to read.
   *
   * @return for example {@code 12 rows read: 9 imported, 3 skipped}
   */
  public String summary() {
    return rowsRead()
        + (rowsRead() == 1 ? " row" : " rows")
        + " read: "
        + imported()
        + " imported, "
        + skipped()
        + " skipped";
  }

  /**
   * Starts a new import result.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurveyImport}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSurveyImport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notNegative("rowsRead", rowsRead());
    if (imported() > rowsRead()) {
      throw CoProductionException.at(
          "responses", imported() + " response sets cannot come from " + rowsRead() + " rows read");
    }
    Set<Integer> problemRows = problems().stream().map(RowProblem::row).collect(Collectors.toSet());
    if (problemRows.size() != skipped()) {
      throw CoProductionException.at(
          "problems",
          "name "
              + problemRows.size()
              + " rows, but "
              + skipped()
              + " were skipped; every skipped row, and only those, has a problem");
    }
  }
}
