package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Why one row of a survey export was skipped: the row as a spreadsheet numbers it, the column, and
 * what is wrong. The problem never repeats what the respondent wrote, since a cell may hold a name
 * or something personal typed in the wrong place; it names only the mapping's own words and ids,
 * which are safe to show.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRowProblem.class)
@JsonDeserialize(as = ImmutableRowProblem.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RowProblem {
  RowProblem() {}

  /**
   * The row, numbered as a spreadsheet shows the export: the header rows come first (row 1 when
   * there is one), then the respondents, and a blank line still takes up a row.
   *
   * @return the row number, 2 or more
   */
  @JsonProperty("row")
  public abstract int row();

  /**
   * The heading of the column the problem is in.
   *
   * @return the heading as the export writes it, or empty for a problem with the whole row, such as
   *     too many cells
   */
  @JsonProperty("column")
  public abstract Optional<String> column();

  /**
   * What is wrong, in plain words.
   *
   * @return the problem, never blank
   */
  @JsonProperty("problem")
  public abstract String problem();

  /**
   * The problem as one line for a person to read.
   *
   * @return for example {@code row 5, column 'Were you given enough notice?': is not one of the
   *     mapping's answer words (no, partly, yes)}
   */
  public String message() {
    return "row " + row() + column().map(c -> ", column '" + c + "'").orElse("") + ": " + problem();
  }

  /**
   * Starts a new row problem.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RowProblem}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableRowProblem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (row() < 2) {
      throw CoProductionException.at(
          "row", "must be 2 or more, since row 1 is always a header row; was " + row());
    }
    column().ifPresent(c -> Checks.notBlank("column", c));
    Checks.notBlank("problem", problem());
  }
}
