/**
 * The people who take part in co-production and what they bring: participants with their roles, the
 * interest group each speaks for, their access needs, communication preferences and availability,
 * and the assets (skills, knowledge, lived experience, time, networks, resources) they contribute.
 *
 * <p>Identities are pseudonymous: a participant is known only by an id. Access needs, preferred
 * ways of communicating and membership of seldom-heard groups are sensitive personal data; they
 * never appear in {@code toString} or in exception messages. Sources: {@code
 * 002_ed537c7d2d404e79.txt}, "Principles of co-production" (equality, diversity, accessibility),
 * and {@code 001_0d571483b883475e.txt}, "Nothing about us without us".
 */
package org.coproduction.core.people;
