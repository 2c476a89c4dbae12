/**
 * The evaluation file format, the evaluator that scores one, every report format (text, Markdown,
 * CSV, HTML, SARIF, JSON), survey import, and questionnaires made from a checklist (an accessible
 * HTML form, a page to print, a survey-tool template). A web application that shows reports depends
 * on this module alone; the {@code evaluate} command and its parser live in {@code
 * org.coproduction.examples}.
 */
module org.coproduction.report {
  requires transitive org.coproduction.scoring;
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires com.fasterxml.jackson.annotation;
  // Reads survey exports saved as Excel workbooks (.xlsx).
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;

  exports org.coproduction.report;
  exports org.coproduction.report.survey;
  exports org.coproduction.report.actions;
  exports org.coproduction.report.questionnaire;
  exports org.coproduction.report.batch;
  exports org.coproduction.report.tidy;
  exports org.coproduction.report.portfolio;

  // Jackson binds the generated classes reflectively.
  opens org.coproduction.report to
      tools.jackson.databind;
  opens org.coproduction.report.survey to
      tools.jackson.databind;
  opens org.coproduction.report.actions to
      tools.jackson.databind;
}
