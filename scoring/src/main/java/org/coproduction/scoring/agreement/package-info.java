/**
 * How far the raters behind a score agree with each other: Krippendorff's alpha on three scales
 * ({@link org.coproduction.scoring.agreement.Agreement}, one {@link
 * org.coproduction.scoring.agreement.Alpha} per {@link
 * org.coproduction.scoring.agreement.MeasurementScale}), with a warning when they agree too little
 * for the score to be leaned on.
 *
 * <p>Who needs it: anyone reading or showing an aggregate score, which carries its agreement in
 * {@link org.coproduction.scoring.Score#agreement()}. Start at {@link
 * org.coproduction.scoring.agreement.Agreement}; the scale that decides, and the level below which
 * agreement is low, are {@link org.coproduction.scoring.ScoringSettings#agreementScale()} and
 * {@link org.coproduction.scoring.ScoringSettings#lowAgreementBelow()}.
 */
package org.coproduction.scoring.agreement;
