package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What to do with an answer word the mapping does not know, such as "Maybe" when the mapping knows
 * only Yes, Partly and No.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum UnknownAnswerRule {
  /**
   * The whole respondent is skipped and the cell reported, so nothing is scored from a row the
   * mapping may misread. The default.
   */
  SKIP_RESPONDENT,
  /**
   * The question is treated as not answered, the respondent's other answers are imported, and the
   * cell is listed in {@link SurveyImport#notes()}.
   */
  TREAT_AS_MISSING
}
