package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A way a person prefers to be contacted or to receive information. Information has to reach people
 * in a form they can use for them to take part as equals.
 *
 * <p>Preferences such as easy read or Braille can reveal a disability, so a participant's
 * preferences are treated as sensitive and kept out of {@code toString} and messages. Source:
 * "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, section "Accessibility" (information in appropriate formats).
 */
@API(status = STABLE, since = "0.1")
public enum CommunicationPreference {
  /** Email. */
  EMAIL,
  /** A phone call. */
  PHONE,
  /** A text message. */
  TEXT_MESSAGE,
  /** A letter by post. */
  POST,
  /** Face to face. */
  IN_PERSON,
  /** A video call. */
  VIDEO_CALL,
  /** Easy read: plain words with pictures. */
  EASY_READ,
  /** Large print. */
  LARGE_PRINT,
  /** Braille. */
  BRAILLE,
  /** Audio recordings. */
  AUDIO,
  /** British Sign Language, in person or on video. */
  BRITISH_SIGN_LANGUAGE
}
