package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Something a person needs in order to take part on an equal footing, and that a meeting's venue
 * and arrangements can meet. Access runs through the whole of a meeting: being able to prepare for
 * it, get there, be heard, and follow what happened afterwards.
 *
 * <p>A participant's access needs are sensitive personal data: they are never shown in {@code
 * toString} or in exception messages. Sources: "Co-production in social care: What it is and how to
 * do it", SCIE, October 2013, updated October 2015, sections "Accessibility" and "Access"; "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016 (a venue that ignores physical or sensory access).
 */
@API(status = STABLE, since = "0.1")
public enum AccessNeed {
  /** A route in and around the venue without steps: level entry, ramps or a lift. */
  STEP_FREE_ACCESS,
  /** A toilet usable by a wheelchair user. */
  ACCESSIBLE_TOILET,
  /** A hearing loop for people who use hearing aids. */
  HEARING_LOOP,
  /** An interpreter in British Sign Language. */
  BSL_INTERPRETER,
  /** Live captions or a speech-to-text reporter. */
  SPEECH_TO_TEXT,
  /** An interpreter for a spoken language other than the one the meeting is held in. */
  LANGUAGE_INTERPRETER,
  /** Support for people who communicate differently, such as signing systems or picture aids. */
  COMMUNICATION_SUPPORT,
  /** Papers in easy read: plain words with pictures. */
  EASY_READ,
  /** Papers in large print. */
  LARGE_PRINT,
  /** Papers in Braille. */
  BRAILLE,
  /** Papers sent early enough to read and prepare before the meeting. */
  PAPERS_IN_ADVANCE,
  /** A quiet room to step away to. */
  QUIET_SPACE,
  /** Regular breaks during the meeting. */
  REGULAR_BREAKS,
  /** Transport to and from the venue, or help arranging it. */
  TRANSPORT,
  /** A supporter, personal assistant or advocate who comes too. */
  SUPPORTER_OR_ADVOCATE,
  /** Cover for someone's caring or childcare responsibilities while they take part. */
  CARE_COVER,
  /** A way to take part from home, online or by phone. */
  REMOTE_PARTICIPATION
}
