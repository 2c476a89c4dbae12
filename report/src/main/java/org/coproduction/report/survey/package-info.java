/**
 * Importing checklist answers collected with an ordinary survey tool and exported as CSV: one row
 * per respondent, one column per question. A {@link org.coproduction.report.survey.SurveyMapping}
 * says which column holds which checklist item, the respondent's role and interest group, and how
 * the survey's answer words map to the checklist's answers; {@link
 * org.coproduction.report.survey.SurveyImporter} turns the rows into response sets, skipping bad
 * rows and saying why, by row and column, without repeating what the respondent wrote. Sources:
 * {@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and accountability" (a checklist that
 * everybody involved scores); {@code 000_c89612a375d72873.txt}, "Searching for the Aha! moment.
 * Co-production in care" (online survey tools that let people vote on their care and on service
 * design) and "Fulfilling Lives Programme: Co-production every time" (a survey co-produced with
 * peer researchers).
 */
package org.coproduction.report.survey;
