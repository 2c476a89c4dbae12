package org.coproduction.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.survey.SurveyImporter;
import org.coproduction.report.survey.SurveyMapping;

/**
 * The worked examples bundled with the library, each an {@link Evaluation} modelled on a case in
 * the sources, with invented people under pseudonymous ids. They are what a newcomer scores first
 * and what the tests use to show that scoring finds what each case exists to show.
 *
 * <ul>
 *   <li>{@code dementia-club}: a club its members run together after the day centre that hosted
 *       them closed; strong co-production, with volunteers' hours banked as time credits
 *       ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
 *       October 2015, section "The Healthy Living Club").
 *   <li>{@code care-leavers}: a redesign of support for young people leaving care in which the
 *       young people were the only ones not paid, meetings ran in working hours and a rural area
 *       made travel hard ("Co-production in social care: What it is and how to do it", SCIE,
 *       October 2013, updated October 2015, section "Redesigning Support for Care Leavers").
 *   <li>{@code practising-what-they-preach}: an organisation that calls its work co-production but
 *       decides first and tells people later ("Co-production: Practicing what they preach?",
 *       Anonymous, SCIE Co-production Festival blog, 28 June 2016).
 *   <li>{@code opportunities-fair}: a yearly fair organised twice, with volunteers in for the day
 *       in year one and from the start in year two ("Co-production in social care: What it is and
 *       how to do it", SCIE, October 2013, updated October 2015, section "Birmingham City Council's
 *       Adults and Communities Directorate").
 * </ul>
 *
 * <p>Each example is read afresh through {@link Documents} on every call, so it is checked by the
 * same strict reader as a user's own file.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Examples {
  private static final List<String> NAMES =
      List.of("dementia-club", "care-leavers", "practising-what-they-preach", "opportunities-fair");

  private static final String SURVEY = "survey/club-survey-2025";

  private Examples() {}

  /**
   * The names of the bundled examples, in the order a newcomer should read them.
   *
   * @return the names, such as {@code dementia-club}
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Reads one bundled example.
   *
   * @param name one of {@link #names()}
   * @return the example
   * @throws IllegalArgumentException when no example has that name; the message lists the names
   */
  public static Evaluation load(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no bundled example is called '"
              + name
              + "'; the examples are "
              + String.join(", ", NAMES));
    }
    return read(name + ".json");
  }

  /**
   * The mapping for the sample survey export: the dementia club's yearly review survey, which asks
   * twelve checklist items in the club's own words.
   *
   * @return the mapping
   * @see #sampleSurveyExport()
   */
  public static SurveyMapping sampleSurveyMapping() {
    try (Reader reader = open(SURVEY + "-mapping.json")) {
      return Documents.read(reader, SurveyMapping.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sample CSV export of the dementia club's review survey, as a survey tool writes it: a byte
   * order mark, quoted cells with commas and line breaks, a blank line, and fourteen respondents,
   * two of whom gave answers the mapping cannot read (a role the survey does not offer, and an
   * answer word it does not know). Import it with {@link SurveyImporter} and {@link
   * #sampleSurveyMapping()} to see good rows kept and bad ones reported.
   *
   * @return the export's text, byte order mark included
   */
  public static String sampleSurveyExport() {
    try (Reader reader = open(SURVEY + ".csv")) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader open(String resource) {
    InputStream in = Examples.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the bundled resource " + resource + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static Evaluation read(String resource) {
    try (InputStream in = Examples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled example " + resource + " is missing");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Documents.read(reader, Evaluation.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
