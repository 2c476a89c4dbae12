/**
 * An initiative's own records of how it co-produces: who takes part, its groups and boards, how far
 * up the ladder each stage goes, and what happened at meetings, to suggestions and in decisions.
 * Checklists read these records to judge the practices that can be checked from evidence, such as
 * notice given, expenses offered, who was invited and whether comments were minuted. Sources:
 * {@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and accountability"; {@code
 * 000_c89612a375d72873.txt}, "Which rung on the ladder of co-production are you on?".
 */
package org.coproduction.core.initiative;
