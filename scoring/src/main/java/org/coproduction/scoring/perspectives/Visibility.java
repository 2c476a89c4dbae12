package org.coproduction.scoring.perspectives;

/**
 * Whether one interest group's part of a breakdown may be shown. Small groups are hidden so that
 * the answers of a handful of people, who may be known to everyone in the room, cannot be picked
 * out. Source: issue 4, "Privacy".
 */
public enum Visibility {
  /** The group has enough raters: its score and counts are shown. */
  SHOWN,
  /** The group's score and counts are hidden; {@link GroupScore#suppression()} says why. */
  SUPPRESSED,
  /** Nobody from the group gave a scored answer, so there is nothing to show or hide. */
  NO_RATERS
}
