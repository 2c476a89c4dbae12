package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.Severity;
import org.coproduction.core.Source;
import org.coproduction.report.internal.content.OwnWords;
import org.coproduction.report.internal.content.ReportTexts;
import org.coproduction.report.internal.content.ReportTexts.FrameworkView;
import org.coproduction.report.internal.content.ReportTexts.PrincipleView;
import org.coproduction.report.internal.content.Words;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.flags.RedFlag;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link EvaluationReport} as SARIF 2.1.0, the static-analysis results format that code
 * scanning dashboards already read, so an organisation can show its co-production red flags where
 * it shows its other findings.
 *
 * <p>The mapping: the checklist items are the tool's rules (statement as the short description,
 * easy-read wording as the full description, severity as the default level); each principle
 * framework is a taxonomy whose taxa are its principles, and every rule is related to the
 * principles it gives evidence for; each red flag of the latest round is one result, with an
 * explicit level ({@code CRITICAL} and {@code SERIOUS} are {@code error}, {@code MODERATE} is
 * {@code warning}, {@code MINOR} is {@code note}). There are no source files, so a result's
 * location is a logical one: the initiative, with the meetings, suggestions, decisions and stages
 * the records name as related locations. A result's properties carry what raters said about the
 * flagged item in their own words ({@code comments}, by interest group, without names), when the
 * report holds any. The run's properties carry "You said, we did, or why not" as {@code
 * youSaidWeDid}: each suggestion of the latest round with its outcome, kind of reason and whether
 * people were told, by interest group only where the report names the group, never by person. With
 * more than one instrument, they also carry the crosswalk by principle as {@code crosswalk}.
 *
 * <p>The output is deterministic: the same report gives the same bytes, with fields in a fixed
 * order and no time stamps.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SarifReport {
  /** Where SARIF readers find the schema. */
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SarifReport() {}

  /**
   * Renders a report in SARIF. Rules take their wording from the built-in checklist when the report
   * was scored with it; a report scored with another checklist gets rules named by item id only, so
   * use {@link #render(EvaluationReport, Checklist)} for those.
   *
   * @param report the report to render
   * @return the SARIF log as indented JSON, ending in a line break
   */
  public static String render(EvaluationReport report) {
    return render(ReportTexts.of(report, Optional.empty()));
  }

  /**
   * Renders a report in SARIF with the wording of the checklist it was scored with, such as a
   * derived or translated one ({@link org.coproduction.report.Evaluation#checklistInUse()}).
   *
   * @param report the report to render
   * @param checklist the checklist the report was scored with
   * @return the SARIF log as indented JSON, ending in a line break
   * @throws IllegalArgumentException when the report names another checklist id or version
   */
  public static String render(EvaluationReport report, Checklist checklist) {
    return render(ReportTexts.scoredWith(report, checklist));
  }

  /**
   * The SARIF level for a severity: what a dashboard colours red, amber or grey.
   *
   * @param severity the item's severity
   * @return {@code error}, {@code warning} or {@code note}
   */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, SERIOUS -> "error";
      case MODERATE -> "warning";
      case MINOR -> "note";
    };
  }

  private static String render(ReportTexts context) {
    EvaluationReport report = context.report();
    ScoreReport latest = report.latest();
    List<FrameworkView> frameworks = context.frameworks();

    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "coproduction");
    driver.put(
        "fullName", "coproduction: the co-production checklist, scored by everybody involved");
    ObjectNode driverProperties = driver.putObject("properties");
    driverProperties.put("checklistId", latest.checklist().id());
    driverProperties.put("checklistVersion", latest.checklist().version());
    List<String> ruleIds = context.itemIds();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (String itemId : ruleIds) {
      ruleIndex.put(itemId, ruleIndex.size());
      rules.add(rule(context, itemId, frameworks));
    }
    ArrayNode supported = driver.putArray("supportedTaxonomies");
    for (int f = 0; f < frameworks.size(); f++) {
      ObjectNode ref = supported.addObject();
      ref.put("name", frameworks.get(f).id());
      ref.put("index", f);
    }

    run.putObject("automationDetails")
        .put(
            "id",
            report.evaluationId() + "/" + latest.reviewRoundId().orElse(latest.initiativeId()));

    ArrayNode taxonomies = run.putArray("taxonomies");
    for (FrameworkView framework : frameworks) {
      taxonomies.add(taxonomy(framework));
    }

    ArrayNode results = run.putArray("results");
    for (RedFlag flag : latest.redFlags()) {
      results.add(result(context, flag, ruleIndex.get(flag.itemId()), frameworks));
    }

    ObjectNode properties = run.putObject("properties");
    properties.put("evaluationId", report.evaluationId());
    properties.put("title", report.title());
    properties.put("initiativeId", latest.initiativeId());
    latest.reviewRoundId().ifPresent(r -> properties.put("reviewRoundId", r));
    properties.put("raters", latest.raters());
    properties.put("overallStatus", latest.overall().status().name());
    latest.overall().value().ifPresent(v -> properties.put("overallScore", v));
    latest.overall().band().ifPresent(b -> properties.put("overallBand", b.words()));
    properties.put("redFlags", latest.redFlags().size());
    properties.put("tokenismSignals", latest.tokenism().size());
    properties.set("youSaidWeDid", SarifSuggestions.of(report.youSaidWeDid()));
    report.crosswalk().ifPresent(c -> properties.set("crosswalk", SarifCrosswalk.of(c)));

    return MAPPER.writeValueAsString(log) + "\n";
  }

  private static ObjectNode rule(
      ReportTexts context, String itemId, List<FrameworkView> frameworks) {
    ObjectNode rule = MAPPER.createObjectNode();
    rule.put("id", itemId);
    Optional<ChecklistItem> item = context.item(itemId);
    Optional<ItemScore> score = context.report().latest().item(itemId);
    Optional<Severity> severity =
        item.map(ChecklistItem::severity).or(() -> score.map(ItemScore::severity));
    rule.putObject("shortDescription")
        .put("text", item.map(ChecklistItem::statement).orElse(itemId));
    if (item.isPresent()) {
      rule.putObject("fullDescription").put("text", item.get().easyRead());
      rule.putObject("help").put("text", help(item.get()));
    }
    severity.ifPresent(s -> rule.putObject("defaultConfiguration").put("level", level(s)));

    ObjectNode properties = rule.putObject("properties");
    item.map(i -> i.area())
        .or(() -> score.map(ItemScore::area))
        .ifPresent(a -> properties.put("area", a.name()));
    severity.ifPresent(s -> properties.put("severity", s.name()));
    if (item.isPresent()) {
      ChecklistItem i = item.get();
      properties.put("weight", i.weight());
      properties.put("recordBased", i.recordBased());
      i.failureMode().ifPresent(m -> properties.put("failureMode", m.name()));
      ArrayNode recommendations = properties.putArray("recommendations");
      i.recommendations().forEach(recommendations::add);
      ArrayNode sources = properties.putArray("sources");
      i.sources().forEach(s -> sources.add(s.toString()));
      ArrayNode tags = properties.putArray("tags");
      tags.add(Words.plain(i.area()));
      tags.add(Words.plain(i.severity()));

      ArrayNode relationships = rule.putArray("relationships");
      for (ObjectNode target : taxa(i, frameworks)) {
        ObjectNode relationship = relationships.addObject();
        relationship.set("target", target);
        relationship.putArray("kinds").add("relevant");
      }
    }
    return rule;
  }

  private static String help(ChecklistItem item) {
    StringBuilder help =
        new StringBuilder(
            "Ask everybody involved whether this is true: people who use services, carers, the"
                + " public, and the people who commission, run and work in services.");
    if (item.recordBased()) {
      help.append(
          " The initiative's own records can answer it too; the report sets what the records"
              + " show beside what people say.");
    }
    item.failureMode()
        .ifPresent(
            m ->
                help.append(" It guards against this failure: ")
                    .append(Words.plain(m))
                    .append('.'));
    List<String> sources = new ArrayList<>();
    for (Source s : item.sources()) {
      sources.add(s.toString());
    }
    if (!sources.isEmpty()) {
      help.append(" Sources: ").append(String.join("; ", sources)).append('.');
    }
    return help.toString();
  }

  /** References to every taxon an item gives evidence for, in framework order. */
  private static List<ObjectNode> taxa(ChecklistItem item, List<FrameworkView> frameworks) {
    List<ObjectNode> refs = new ArrayList<>();
    for (int f = 0; f < frameworks.size(); f++) {
      FrameworkView framework = frameworks.get(f);
      List<String> principleIds = item.principles().getOrDefault(framework.id(), List.of());
      for (String principleId : principleIds) {
        int index = indexOf(framework, principleId);
        ObjectNode ref = MAPPER.createObjectNode();
        ref.put("id", principleId);
        ref.put("index", index);
        ObjectNode component = ref.putObject("toolComponent");
        component.put("name", framework.id());
        component.put("index", f);
        refs.add(ref);
      }
    }
    return refs;
  }

  private static int indexOf(FrameworkView framework, String principleId) {
    for (int i = 0; i < framework.principles().size(); i++) {
      if (framework.principles().get(i).id().equals(principleId)) {
        return i;
      }
    }
    // ReportTexts lists every principle a checklist item names, so this cannot be reached.
    throw new IllegalStateException("principle '" + principleId + "' is not in " + framework.id());
  }

  private static ObjectNode taxonomy(FrameworkView framework) {
    ObjectNode taxonomy = MAPPER.createObjectNode();
    taxonomy.put("name", framework.id());
    if (!framework.version().isEmpty()) {
      taxonomy.put("version", framework.version());
    }
    taxonomy.put("fullName", framework.name());
    taxonomy.putObject("shortDescription").put("text", "Principles: " + framework.name());
    ArrayNode taxa = taxonomy.putArray("taxa");
    for (PrincipleView principle : framework.principles()) {
      ObjectNode taxon = taxa.addObject();
      taxon.put("id", principle.id());
      taxon.put("name", principle.name());
      taxon.putObject("shortDescription").put("text", principle.name());
      principle.description().ifPresent(d -> taxon.putObject("fullDescription").put("text", d));
      principle.source().ifPresent(s -> taxon.putObject("properties").put("source", s.toString()));
    }
    return taxonomy;
  }

  private static ObjectNode result(
      ReportTexts context, RedFlag flag, int ruleIndex, List<FrameworkView> frameworks) {
    String initiativeId = context.report().latest().initiativeId();
    ObjectNode result = MAPPER.createObjectNode();
    result.put("ruleId", flag.itemId());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(flag.severity()));
    result.put("kind", "fail");
    result.putObject("message").put("text", message(context, flag));

    ObjectNode initiative =
        result.putArray("locations").addObject().putArray("logicalLocations").addObject();
    initiative.put("name", initiativeId);
    initiative.put("fullyQualifiedName", initiativeId);
    initiative.put("kind", "module");

    // Records are named; a participant never is, as in every other format.
    List<Evidence> evidence =
        flag.record().map(RecordAnswer::evidence).orElse(List.of()).stream()
            .filter(e -> e.kind() != Evidence.Kind.PARTICIPANT)
            .toList();
    if (!evidence.isEmpty()) {
      ArrayNode related = result.putArray("relatedLocations");
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        ObjectNode location = related.addObject();
        location.put("id", i + 1);
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", e.ref());
        logical.put(
            "fullyQualifiedName",
            initiativeId + "/" + Words.plain(e.kind()).replace(' ', '-') + "/" + e.ref());
        logical.put("kind", "object");
        location
            .putObject("message")
            .put(
                "text",
                Words.capitalise(Words.plain(e.kind())) + " " + e.ref() + ": " + e.finding());
      }
    }

    Optional<ChecklistItem> item = context.item(flag.itemId());
    if (item.isPresent()) {
      List<ObjectNode> taxa = taxa(item.get(), frameworks);
      if (!taxa.isEmpty()) {
        ArrayNode refs = result.putArray("taxa");
        taxa.forEach(refs::add);
      }
    }

    ObjectNode properties = result.putObject("properties");
    properties.put("severity", flag.severity().name());
    properties.put("area", flag.area().name());
    properties.put("status", flag.status().name());
    ArrayNode triggers = properties.putArray("triggers");
    flag.triggers().forEach(t -> triggers.add(t.name()));
    AnswerCounts a = flag.answers();
    ObjectNode answers = properties.putObject("answers");
    answers.put("yes", a.yes());
    answers.put("partly", a.partly());
    answers.put("no", a.no());
    answers.put("dontKnow", a.dontKnow());
    answers.put("notApplicable", a.notApplicable());
    a.byAnswer().forEach(answers::put);
    a.byNotAnswer().forEach(answers::put);
    flag.noShare().ifPresent(s -> properties.put("noShare", s));
    flag.record().ifPresent(r -> properties.put("recordAnswer", r.answer().name()));
    flag.recordComparison().ifPresent(c -> properties.put("recordComparison", c.name()));
    comments(context.report(), flag.itemId(), properties);
    return result;
  }

  /** What raters said about a flagged item in their own words, by group, as the report holds it. */
  private static void comments(EvaluationReport report, String itemId, ObjectNode properties) {
    List<GroupComments> said =
        report.comments().stream().filter(c -> c.itemId().equals(itemId)).toList();
    if (said.isEmpty()) {
      return;
    }
    ArrayNode groups = properties.putArray("comments");
    for (GroupComments c : said) {
      ObjectNode group = groups.addObject();
      group.put("interestGroup", c.interestGroup().name());
      ArrayNode words = group.putArray("comments");
      c.comments().forEach(w -> words.add(OwnWords.oneLine(w)));
    }
  }

  private static String message(ReportTexts context, RedFlag flag) {
    String statement = context.itemTitle(flag.itemId());
    if (!statement.endsWith(".") && !statement.endsWith("?") && !statement.endsWith("!")) {
      statement = statement + ".";
    }
    AnswerCounts a = flag.answers();
    StringBuilder text =
        new StringBuilder("Red flag (")
            .append(Words.plain(flag.severity()))
            .append(", ")
            .append(Words.plain(flag.area()))
            .append("): ")
            .append(statement)
            .append(' ')
            .append(Words.flaggedBecause(flag))
            .append(' ')
            .append(Words.capitalise(flag.reason()));
    if (!text.toString().endsWith(".")) {
      text.append('.');
    }
    text.append(" Answers: ");
    if (a.byAnswer().isEmpty()) {
      text.append(a.yes())
          .append(" yes, ")
          .append(a.partly())
          .append(" partly, ")
          .append(a.no())
          .append(" no, ")
          .append(a.dontKnow())
          .append(" don't know, ")
          .append(a.notApplicable())
          .append(" not applicable.");
    } else {
      text.append(context.answerCounts(flag.itemId(), a)).append('.');
    }
    return text.toString();
  }
}
