package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What to do when a respondent ticked several roles or interest groups where the checklist needs
 * one. Each response set speaks for one group, so the choice changes whose voice a score reports;
 * the mapping must say it openly, and by default nobody is placed in a group they did not choose
 * alone.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MultipleChoiceRule {
  /**
   * The respondent is not imported; their answers are kept in {@link SurveyImport#heldBack()} and
   * the problem says which row to settle. The default.
   */
  REFUSE,
  /** The first of the ticked words, in the order the cell lists them. */
  FIRST,
  /**
   * The ticked role or group that comes first in the order the mapping schema lists them, which
   * puts people who use services and their carers first: the voices most often left out keep their
   * place.
   */
  FIRST_IN_LIST_ORDER
}
