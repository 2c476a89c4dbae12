/**
 * Importing checklist answers collected with an ordinary survey tool and exported as CSV or as an
 * Excel workbook: one row per respondent, one column per question, after one or more header rows. A
 * {@link org.coproduction.report.survey.SurveyMapping} says which column holds which checklist
 * item, the respondent's role and interest group, and how the survey's answer words map to the
 * checklist's answers; {@link org.coproduction.report.survey.SurveyImporter} turns the rows into
 * response sets, skipping bad rows and saying why, by row and column, without repeating what the
 * respondent wrote. Sources: "The Co-production Police and accountability", Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016 (a checklist that everybody involved scores);
 * "Searching for the Aha! moment. Co-production in care", Sophie Chester-Glyn, SCIE Co-production
 * Week blog, 9 July 2018 (online survey tools that let people vote on their care and on service
 * design) and "Fulfilling Lives Programme: Co-production every time", Stacey Murton, SCIE
 * Co-production Week blog, 4 July 2018 (a survey co-produced with peer researchers).
 *
 * <p>Start with {@link org.coproduction.report.survey.SurveyImporter#read}: give it the export, a
 * mapping read with {@code Documents.read(file, SurveyMapping.class)} and the checklist the survey
 * asks, and pass the response sets it returns to an {@link org.coproduction.report.Evaluation} or
 * straight to scoring. A mapping's {@link org.coproduction.report.survey.SurveyTool preset} reads
 * the layouts of SurveyMonkey, Google Forms, Microsoft Forms and Qualtrics. The {@code examples}
 * module bundles a sample export and its mapping, and the same answers in each tool's layout.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report.survey;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
