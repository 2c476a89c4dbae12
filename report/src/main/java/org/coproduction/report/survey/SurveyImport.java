package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * Respondents who ticked several roles or interest groups and were not imported under the
   * mapping's {@link SurveyMapping#multipleChoices()} rule, with their answers kept. Each also has
   * a problem in {@link #problems()}.
   *
   * @return the held-back respondents, in the order of the export
   */
  @JsonProperty("heldBack")
  public abstract List<HeldBackRespondent> heldBack();

  /**
   * Things worth knowing about imported rows: an answer word treated as missing, or one of several
   * ticked groups chosen by the mapping's rule. These rows were imported.
   *
   * @return the notes, by row
   */
  @JsonProperty("notes")
  public abstract List<RowProblem> notes();

  /**
   * Things about the export as a whole, each said once: for example respondent ids that a
   * spreadsheet turned into numbers in scientific notation.
   *
   * @return the notices, in plain words, each saying what to do
   */
  @JsonProperty("notices")
  public abstract List<String> notices();

  /**
   * How the export was read: file, encoding, separator or sheet, header rows.
   *
   * @return the source, or empty for an import result built by hand
   */
  @JsonProperty("source")
  public abstract Optional<ExportSource> source();

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
   * @return for example {@code 12 rows read: 9 imported, 3 skipped (export.csv: CSV in UTF-8,
   *     separated by commas, 1 header row)}
   */
  public String summary() {
    return rowsRead()
        + (rowsRead() == 1 ? " row" : " rows")
        + " read: "
        + imported()
        + " imported, "
        + skipped()
        + " skipped"
        + source().map(src -> " (" + src.describe() + ")").orElse("");
  }

  /**
   * Every problem, note and notice as a line for a person to read, each naming the file.
   *
   * @return for example {@code export.csv, row 5, column 'Role': is blank, but every respondent
   *     needs a role}
   */
  public List<String> messages() {
    String file = source().map(ExportSource::file).orElse("the export");
    List<String> lines = new ArrayList<>();
    problems().forEach(p -> lines.add(file + ", " + p.message()));
    notes().forEach(p -> lines.add(file + ", " + p.message()));
    notices().forEach(n -> lines.add(file + ": " + n));
    return List.copyOf(lines);
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
