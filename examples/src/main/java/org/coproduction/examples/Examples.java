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

  private static final List<String> SURVEY_TOOLS =
      List.of(
          "clean", "surveymonkey", "google-forms", "microsoft-forms", "qualtrics", "citizen-space");

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

  /**
   * The survey tools whose export layout has a bundled sample: eight invented respondents to the
   * dementia club's survey, the same answers in every file, laid out as each tool exports them.
   * {@code clean} is a plain one-header CSV; {@code surveymonkey} (two header rows and a matrix
   * question), {@code google-forms} (a tick-box group question) and {@code qualtrics} (three header
   * rows) are CSV; {@code microsoft-forms} and {@code citizen-space} (a named sheet after a summary
   * sheet) are Excel workbooks. Each imports with its mapping to the same response sets.
   *
   * @return the tools' names, clean first
   */
  public static List<String> surveyTools() {
    return SURVEY_TOOLS;
  }

  /**
   * The mapping for one tool's sample export, naming the tool's preset where it has one.
   *
   * @param tool one of {@link #surveyTools()}
   * @return the mapping
   * @throws IllegalArgumentException when there is no sample for that tool
   */
  public static SurveyMapping surveyToolMapping(String tool) {
    try (Reader reader = open(surveyToolFolder(tool) + "-mapping.json")) {
      return Documents.read(reader, SurveyMapping.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file name of one tool's sample export, such as {@code microsoft-forms.xlsx}.
   *
   * @param tool one of {@link #surveyTools()}
   * @return the file name
   * @throws IllegalArgumentException when there is no sample for that tool
   */
  public static String surveyToolFileName(String tool) {
    surveyToolFolder(tool);
    return tool
        + (tool.equals("microsoft-forms") || tool.equals("citizen-space") ? ".xlsx" : ".csv");
  }

  /**
   * Opens one tool's sample export as bytes, for {@link SurveyImporter#read(InputStream, String,
   * SurveyMapping, org.coproduction.checklist.Checklist,
   * org.coproduction.report.survey.ExportOptions)}.
   *
   * @param tool one of {@link #surveyTools()}
   * @return the stream; the caller closes it
   * @throws IllegalArgumentException when there is no sample for that tool
   */
  public static InputStream openSurveyToolExport(String tool) {
    String resource = "survey/tools/" + surveyToolFileName(tool);
    InputStream in = Examples.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the bundled resource " + resource + " is missing");
    }
    return in;
  }

  private static String surveyToolFolder(String tool) {
    if (!SURVEY_TOOLS.contains(tool)) {
      throw new IllegalArgumentException(
          "no sample survey export for '"
              + tool
              + "'; the samples are "
              + String.join(", ", SURVEY_TOOLS));
    }
    return "survey/tools/" + tool;
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
