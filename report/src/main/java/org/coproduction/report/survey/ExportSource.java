package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How an export was read: the file, whether it was CSV or a workbook, and the encoding, separator
 * or sheet used, so a person can see what the importer found and correct it with {@link
 * ExportOptions} when it guessed wrong.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExportSource.class)
@JsonDeserialize(as = ImmutableExportSource.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ExportSource {
  ExportSource() {}

  /**
   * The file's name, or "the export" for text given without one.
   *
   * @return the name, never blank
   */
  @JsonProperty("file")
  public abstract String file();

  /**
   * The text encoding, for CSV read from bytes.
   *
   * @return for example {@code UTF-8 with a byte order mark} or {@code Windows-1252}; empty for a
   *     workbook or text given as characters
   */
  @JsonProperty("encoding")
  public abstract Optional<String> encoding();

  /**
   * The cell separator, for CSV.
   *
   * @return for example {@code semicolons}; empty for a workbook
   */
  @JsonProperty("separator")
  public abstract Optional<String> separator();

  /**
   * The sheet read, for a workbook.
   *
   * @return the sheet's name; empty for CSV
   */
  @JsonProperty("sheet")
  public abstract Optional<String> sheet();

  /**
   * How many header rows came before the respondents.
   *
   * @return 1 or more
   */
  @JsonProperty("headerRows")
  public abstract int headerRows();

  /**
   * How the file was read, in one phrase.
   *
   * @return for example {@code export.csv: CSV in Windows-1252, separated by semicolons, 1 header
   *     row}
   */
  public String describe() {
    StringBuilder text = new StringBuilder(file()).append(": ");
    if (sheet().isPresent()) {
      text.append("Excel workbook, sheet '").append(sheet().get()).append("'");
    } else {
      text.append("CSV");
      encoding().ifPresent(e -> text.append(" in ").append(e));
      separator().ifPresent(s -> text.append(", separated by ").append(s));
    }
    return text.append(", ")
        .append(headerRows())
        .append(headerRows() == 1 ? " header row" : " header rows")
        .toString();
  }

  /**
   * Starts a new export source.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExportSource}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableExportSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("file", file());
    Checks.between("headerRows", headerRows(), 1, 10);
  }
}
