package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.report.internal.survey.LookAlikes;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How to read one survey's export (CSV or Excel workbook) as checklist answers: which column asks
 * which checklist item, which holds the respondent's role and interest group, and what the survey's
 * own words for those and for the answers mean.
 *
 * <p>Organisations ask the checklist's questions with whatever survey tool they already use, in
 * their own words ("Yes, always", "Not sure", "I am a carer"). The mapping is written once per
 * survey and kept beside the exports, so every export of that survey is read the same way. Headings
 * and words are matched ignoring spaces at either end and characters that only look different
 * (curly quotes, non-breaking spaces, line endings, how an accent is encoded), and ignoring case
 * unless {@link #ignoreCase()} is false. A blank answer cell means the question was not answered,
 * whatever the mapping says. A {@link #preset()} names the survey tool whose header rows to expect;
 * {@link #multipleChoices()} and {@link #unknownAnswers()} say what to do with tick-box answers and
 * words the mapping does not know.
 *
 * <p>Sources: "The Co-production Police and accountability", Kevin Minier, SCIE Co-production
 * Festival blog, 16 June 2016 (a checklist that everybody involved scores); "Nothing about us
 * without us", Anne Collis, SCIE Co-production Week blog, 23 May 2017 (the five interest groups).
 */
@Value.Immutable
@DocumentType(name = "survey mapping", schemaVersion = 1)
@JsonSerialize(as = ImmutableSurveyMapping.class)
@JsonDeserialize(as = ImmutableSurveyMapping.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SurveyMapping implements Document {
  SurveyMapping() {}

  /**
   * A stable id for the mapping.
   *
   * @return the id, for example {@code club-survey-2025}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The checklist version the survey asks. Every imported response set names it.
   *
   * @return the checklist's id and version
   */
  @JsonProperty("checklist")
  public abstract ChecklistRef checklist();

  /**
   * The initiative the survey asks about.
   *
   * @return the initiative's id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The review round the survey belongs to, when the initiative is reviewed more than once.
   *
   * @return the round's id, or empty
   */
  @JsonProperty("reviewRoundId")
  public abstract Optional<String> reviewRoundId();

  /**
   * The column with the survey tool's own id for each response, which becomes the response set's
   * id. Without it, a response set is called {@code row-} and its row number.
   *
   * @return the heading, or empty
   */
  @JsonProperty("responseIdColumn")
  public abstract Optional<String> responseIdColumn();

  /**
   * The column where a respondent may give their pseudonymous participant id; a blank cell means
   * they answered anonymously.
   *
   * @return the heading, or empty when every respondent is anonymous
   */
  @JsonProperty("participantIdColumn")
  public abstract Optional<String> participantIdColumn();

  /**
   * The column holding the respondent's answer to "which of these best describes you?".
   *
   * @return the heading
   */
  @JsonProperty("roleColumn")
  public abstract String roleColumn();

  /**
   * What each of the survey's words for a role means.
   *
   * @return survey word to role, for example {@code "I care for a family member"} to {@link
   *     Role#CARER_OR_FAMILY}
   */
  @JsonProperty("roleWords")
  public abstract Map<String, Role> roleWords();

  /**
   * The column holding the interest group the respondent speaks for. Without it, each respondent
   * speaks for their role's usual group ({@link Role#usualInterestGroup()}), so every role in
   * {@link #roleWords()} must have one.
   *
   * @return the heading, or empty
   */
  @JsonProperty("interestGroupColumn")
  public abstract Optional<String> interestGroupColumn();

  /**
   * What each of the survey's words for an interest group means; empty when there is no {@link
   * #interestGroupColumn()}.
   *
   * @return survey word to interest group
   */
  @JsonProperty("interestGroupWords")
  public abstract Map<String, InterestGroup> interestGroupWords();

  /**
   * The questions that ask checklist items, in the survey's order.
   *
   * @return one or more columns, each for a different item
   */
  @JsonProperty("items")
  public abstract List<ItemColumn> items();

  /**
   * What each of the survey's answer words means.
   *
   * @return survey word to answer, for example {@code "Not sure"} to {@link Answer#DONT_KNOW}
   */
  @JsonProperty("answerWords")
  public abstract Map<String, Answer> answerWords();

  /**
   * The survey tool whose export layout to expect, instead of {@link #headerRows()} and {@link
   * #headingRow()}.
   *
   * @return the tool, or empty for one header row or the rows the mapping gives
   */
  @JsonProperty("preset")
  public abstract Optional<SurveyTool> preset();

  /**
   * How many rows at the top of the export are headings rather than respondents, when no {@link
   * #preset()} says so.
   *
   * @return from 1 to 10, or empty for one (or the preset's)
   */
  @JsonProperty("headerRows")
  public abstract Optional<Integer> headerRows();

  /**
   * Which header row holds the headings the mapping names, when no {@link #preset()} says so.
   *
   * @return from 1 to {@link #headerRows()}, or empty for the first (or the preset's)
   */
  @JsonProperty("headingRow")
  public abstract Optional<Integer> headingRow();

  /**
   * The sheet to read when the export is an Excel workbook.
   *
   * @return the sheet's name, or empty for the first sheet
   */
  @JsonProperty("sheet")
  public abstract Optional<String> sheet();

  /**
   * Whether headings and words match whatever their capital letters. Spaces at either end, curly or
   * straight quotes, non-breaking or ordinary spaces, line endings and the way accents are encoded
   * never count.
   *
   * @return true unless the mapping says otherwise
   */
  @JsonProperty("ignoreCase")
  @Value.Default
  public boolean ignoreCase() {
    return true;
  }

  /**
   * What a tick-box question puts between the boxes a respondent ticked in one cell.
   *
   * @return the separator, or empty for the preset's, or a comma
   */
  @JsonProperty("choiceSeparator")
  public abstract Optional<String> choiceSeparator();

  /**
   * What to do when a respondent ticked several roles or several interest groups.
   *
   * @return {@link MultipleChoiceRule#REFUSE} unless the mapping says otherwise
   */
  @JsonProperty("multipleChoices")
  @Value.Default
  public MultipleChoiceRule multipleChoices() {
    return MultipleChoiceRule.REFUSE;
  }

  /**
   * What to do with an answer word the mapping does not know.
   *
   * @return {@link UnknownAnswerRule#SKIP_RESPONDENT} unless the mapping says otherwise
   */
  @JsonProperty("unknownAnswers")
  @Value.Default
  public UnknownAnswerRule unknownAnswers() {
    return UnknownAnswerRule.SKIP_RESPONDENT;
  }

  /**
   * How many header rows the export has, from the preset or {@link #headerRows()}.
   *
   * @return 1 or more
   */
  public int headerRowCount() {
    return preset().map(SurveyTool::headerRows).or(this::headerRows).orElse(1);
  }

  /**
   * Which header row names the columns, from the preset or {@link #headingRow()}.
   *
   * @return from 1
   */
  public int headingRowNumber() {
    return preset().map(SurveyTool::headingRow).or(this::headingRow).orElse(1);
  }

  /**
   * The separator between ticked boxes, from {@link #choiceSeparator()} or the preset.
   *
   * @return the separator; a comma when neither gives one
   */
  public String choiceSeparatorInUse() {
    return choiceSeparator().or(() -> preset().map(SurveyTool::choiceSeparator)).orElse(",");
  }

  /**
   * Every heading the mapping reads, so the importer can check the export has them all.
   *
   * @return headings in a fixed order: response id, participant id, role, interest group, then each
   *     item's answer and comment columns
   */
  public List<String> columnsUsed() {
    List<String> columns = new ArrayList<>();
    responseIdColumn().ifPresent(columns::add);
    participantIdColumn().ifPresent(columns::add);
    columns.add(roleColumn());
    interestGroupColumn().ifPresent(columns::add);
    for (ItemColumn item : items()) {
      columns.add(item.column());
      item.commentColumn().ifPresent(columns::add);
    }
    return List.copyOf(columns);
  }

  /**
   * Looks up a role word as a respondent wrote it.
   *
   * @param cell the cell's text
   * @return the role, or empty when the word is not one of {@link #roleWords()}
   */
  public Optional<Role> role(String cell) {
    return lookUp(roleWords(), cell);
  }

  /**
   * Looks up an interest group word as a respondent wrote it.
   *
   * @param cell the cell's text
   * @return the group, or empty when the word is not one of {@link #interestGroupWords()}
   */
  public Optional<InterestGroup> interestGroup(String cell) {
    return lookUp(interestGroupWords(), cell);
  }

  /**
   * Looks up an answer word as a respondent wrote it.
   *
   * @param cell the cell's text
   * @return the answer, or empty when the word is not one of {@link #answerWords()}
   */
  public Optional<Answer> answer(String cell) {
    return lookUp(answerWords(), cell);
  }

  /**
   * A heading or word as a mapping that ignores case compares it: see {@link #ignoreCase()}.
   *
   * @param text a heading, a word or a cell
   * @return the text in the form used for matching
   */
  public static String normalise(String text) {
    return LookAlikes.fold(text, true);
  }

  /**
   * A heading or word as this mapping compares it, minding {@link #ignoreCase()}.
   *
   * @param text a heading, a word or a cell
   * @return the text in the form used for matching
   */
  public String key(String text) {
    return LookAlikes.fold(text, ignoreCase());
  }

  private <T> Optional<T> lookUp(Map<String, T> words, String cell) {
    String wanted = key(cell);
    for (Map.Entry<String, T> e : words.entrySet()) {
      if (key(e.getKey()).equals(wanted)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a new mapping.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurveyMapping}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSurveyMapping.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("initiativeId", initiativeId());
    reviewRoundId().ifPresent(r -> Checks.id("reviewRoundId", r));
    responseIdColumn().ifPresent(c -> Checks.notBlank("responseIdColumn", c));
    participantIdColumn().ifPresent(c -> Checks.notBlank("participantIdColumn", c));
    Checks.notBlank("roleColumn", roleColumn());
    interestGroupColumn().ifPresent(c -> Checks.notBlank("interestGroupColumn", c));
    if (items().isEmpty()) {
      throw CoProductionException.at("items", "must name at least one question");
    }
    Checks.uniqueIds("items", "itemId", items(), ItemColumn::itemId);
    checkColumnsDistinct();
    checkLayout();

    checkWords("roleWords", roleWords());
    checkWords("answerWords", answerWords());
    if (interestGroupColumn().isPresent()) {
      checkWords("interestGroupWords", interestGroupWords());
    } else {
      if (!interestGroupWords().isEmpty()) {
        throw CoProductionException.at(
            "interestGroupWords", "given, but no interestGroupColumn says where to read them");
      }
      for (Map.Entry<String, Role> e : new TreeMap<>(roleWords()).entrySet()) {
        if (e.getValue().usualInterestGroup().isEmpty()) {
          throw CoProductionException.at(
              "roleWords." + e.getKey(),
              e.getValue()
                  + " may speak for any interest group; add an interestGroupColumn to ask");
        }
      }
    }
  }

  private void checkLayout() {
    if (preset().isPresent() && (headerRows().isPresent() || headingRow().isPresent())) {
      throw CoProductionException.at(
          "preset",
          "gives the header rows of "
              + preset().get()
              + "'s exports; leave out headerRows and headingRow, or the preset");
    }
    headerRows().ifPresent(n -> Checks.between("headerRows", n, 1, 10));
    int rows = headerRows().orElse(1);
    headingRow()
        .ifPresent(
            n -> {
              if (n < 1 || n > rows) {
                throw CoProductionException.at(
                    "headingRow", "must be a header row, from 1 to " + rows + "; was " + n);
              }
            });
    sheet().ifPresent(c -> Checks.notBlank("sheet", c));
    choiceSeparator().ifPresent(c -> Checks.notBlank("choiceSeparator", c));
  }

  /** A heading read for two purposes would put one answer in two places. */
  private void checkColumnsDistinct() {
    Map<String, String> seen = new HashMap<>();
    seen(seen, responseIdColumn(), "responseIdColumn");
    seen(seen, participantIdColumn(), "participantIdColumn");
    seen(seen, Optional.of(roleColumn()), "roleColumn");
    seen(seen, interestGroupColumn(), "interestGroupColumn");
    for (int i = 0; i < items().size(); i++) {
      ItemColumn item = items().get(i);
      seen(seen, Optional.of(item.column()), "items[" + i + "].column");
      seen(seen, item.commentColumn(), "items[" + i + "].commentColumn");
    }
  }

  private void seen(Map<String, String> seen, Optional<String> column, String path) {
    if (column.isEmpty()) {
      return;
    }
    String first = seen.putIfAbsent(key(column.get()), path);
    if (first != null) {
      throw CoProductionException.at(
          path, "column '" + column.get().strip() + "' is already read at " + first);
    }
  }

  private void checkWords(String path, Map<String, ?> words) {
    if (words.isEmpty()) {
      throw CoProductionException.at(path, "must give at least one word");
    }
    Map<String, String> seen = new HashMap<>();
    for (String word : new TreeMap<>(words).keySet()) {
      if (word.isBlank()) {
        throw CoProductionException.at(
            path, "a blank word cannot be mapped: a blank cell is always left unanswered");
      }
      String first = seen.putIfAbsent(key(word), word);
      if (first != null) {
        throw CoProductionException.at(
            path + "." + word,
            "is the same word as '"
                + first
                + "' once "
                + (ignoreCase() ? "case, " : "")
                + "outer spaces and look-alike characters are ignored");
      }
    }
  }
}
