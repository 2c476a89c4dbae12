/**
 * Questionnaires people fill in to score a checklist, made from any checklist: an accessible HTML
 * form that works offline in a browser and saves a response set ({@link QuestionnaireHtml}), a page
 * to print for people who prefer paper ({@link PrintableQuestionnaire}), and the CSV header and
 * survey mapping for a survey tool that asks the same questions ({@link SurveyTemplate}).
 *
 * <p>"Everybody involved scores" the checklist ("The Co-production Police and accountability",
 * Kevin Minier, SCIE Co-production Festival blog, 16 June 2016), so the questions must reach
 * everybody: the form can be used with a keyboard or a screen reader and has an easy-read mode with
 * large type, the items' easy-read wording and one question at a time. Accessibility here follows
 * the guide's principle of the same name: information in suitable formats and language without
 * jargon ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
 * October 2015, section "Principles of co-production").
 *
 * <p>Start with {@link QuestionnaireSettings} (which initiative and review round the answers are
 * about). Every format takes its answer options from {@link AnswerOptions}, so a saved file, a
 * paper answer typed in and a survey export all mean the same. The saved response sets are read
 * with {@code Documents.read(file, ResponseSet.class)}; survey exports with {@link
 * org.coproduction.report.survey.SurveyImporter} and the template's mapping.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report.questionnaire;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
