package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.coproduction.core.Source;

/**
 * How deep co-production goes, from working together in everyday care that nobody recognises as
 * co-production, to new relationships in which people who use services are recognised as experts.
 * Source: "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
 * October 2015, section "Defining co-production" (levels of co-production). The constants are in
 * order, shallowest first; {@link #description()} gives each level in plain words for a report.
 */
@API(status = STABLE, since = "0.1")
public enum CoProductionLevel {
  /**
   * People who use services and carers already work with staff towards their own outcomes in
   * everyday care, but this cannot challenge how services are run, and co-production is hardly
   * recognised at all.
   */
  DESCRIPTIVE(
      "People who use services and carers already work with staff towards their own outcomes in"
          + " everyday care, but this cannot challenge how services are run, and co-production is"
          + " hardly recognised at all."),
  /**
   * There is more recognition and mutual respect. The guide's example: people who use services take
   * part in recruiting and training professionals.
   */
  INTERMEDIATE(
      "There is more recognition and mutual respect, for example when people who use services"
          + " take part in recruiting and training professionals."),
  /**
   * Staff and people who use services build new relationships in which people who use services are
   * recognised as experts in their own right, everyone's assets are respected, and all the outcomes
   * people value count, not only the ones the organisation values.
   */
  TRANSFORMATIVE(
      "Staff and people who use services build new relationships in which people who use services"
          + " are recognised as experts in their own right, everyone's assets are respected, and"
          + " all the outcomes people value count, not only the ones the organisation values.");

  private static final Source SOURCE = Source.of("scie-guide-2015", "Defining co-production");

  private final String description;

  CoProductionLevel(String description) {
    this.description = description;
  }

  /**
   * What the level means, in the library's plain words for what the guide says, for a report or a
   * form that asks people which level their work is at.
   *
   * @return one or two sentences
   */
  @API(status = EXPERIMENTAL, since = "0.3")
  public String description() {
    return description;
  }

  /**
   * Where the levels are defined, so a report can cite them.
   *
   * @return the guide's section "Defining co-production"
   */
  @API(status = EXPERIMENTAL, since = "0.3")
  public Source source() {
    return SOURCE;
  }
}
