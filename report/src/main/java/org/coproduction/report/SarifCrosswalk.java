package org.coproduction.report;

import org.coproduction.scoring.ScoreInput;
import org.coproduction.scoring.crosswalk.CrosswalkReport;
import org.coproduction.scoring.crosswalk.InstrumentResult;
import org.coproduction.scoring.crosswalk.PrincipleCrosswalk;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The crosswalk of an initiative assessed with more than one instrument, for a SARIF log. SARIF
 * results are findings against rules, and instruments agreeing or not on a principle is not one, so
 * it goes in the run's property bag as {@code crosswalk}, with the field names of the JSON report
 * ({@link EvaluationReport#crosswalk()}); each instrument's items are listed by id.
 */
final class SarifCrosswalk {
  private SarifCrosswalk() {}

  /**
   * The crosswalk as a JSON object.
   *
   * @param crosswalk the report's crosswalk
   * @return the object
   */
  static ObjectNode of(CrosswalkReport crosswalk) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("frameworkId", crosswalk.frameworkId());
    ArrayNode instruments = node.putArray("instruments");
    crosswalk.instruments().forEach(c -> instruments.add(c.toString()));
    node.put("agreeWithin", crosswalk.agreeWithin());
    ArrayNode principles = node.putArray("principles");
    for (PrincipleCrosswalk p : crosswalk.principles()) {
      ObjectNode row = principles.addObject();
      row.put("principleId", p.principleId());
      row.put("verdict", p.verdict().name());
      p.gap().ifPresent(g -> row.put("gap", g));
      ArrayNode results = row.putArray("results");
      for (InstrumentResult r : p.results()) {
        ObjectNode result = results.addObject();
        result.put("checklist", r.checklist().toString());
        result.put("asked", r.asked());
        r.status().ifPresent(s -> result.put("status", s.name()));
        r.value().ifPresent(v -> result.put("value", v));
        r.band().ifPresent(b -> result.put("band", b.words()));
        result.put("raters", r.raters());
        ArrayNode items = result.putArray("items");
        r.items().stream().map(ScoreInput::itemId).forEach(items::add);
      }
    }
    return node;
  }
}
