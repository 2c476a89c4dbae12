/**
 * Pure scoring of checklist answers and records: scores, red flags, perspectives, agreement,
 * fairness, trends.
 */
module org.coproduction.scoring {
  requires transitive org.coproduction.checklist;
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;

  exports org.coproduction.scoring;
  exports org.coproduction.scoring.agreement;
  exports org.coproduction.scoring.flags;
  exports org.coproduction.scoring.perspectives;
  exports org.coproduction.scoring.trend;
  exports org.coproduction.scoring.ladder;
  exports org.coproduction.scoring.fairness;
  exports org.coproduction.scoring.representation;
  exports org.coproduction.scoring.crosswalk;

  opens org.coproduction.scoring to
      tools.jackson.databind;
  opens org.coproduction.scoring.agreement to
      tools.jackson.databind;
  opens org.coproduction.scoring.flags to
      tools.jackson.databind;
  opens org.coproduction.scoring.perspectives to
      tools.jackson.databind;
  opens org.coproduction.scoring.trend to
      tools.jackson.databind;
  opens org.coproduction.scoring.ladder to
      tools.jackson.databind;
  opens org.coproduction.scoring.fairness to
      tools.jackson.databind;
  opens org.coproduction.scoring.representation to
      tools.jackson.databind;
  opens org.coproduction.scoring.crosswalk to
      tools.jackson.databind;
}
