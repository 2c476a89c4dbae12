package org.coproduction.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Names a {@link Document} type and the version of its JSON schema.
 *
 * <p>Every document written by {@link Documents} starts with {@code "schemaVersion"}. A reader
 * refuses any other version with a clear message rather than guessing, so a file written by a newer
 * release is never half-read. Raise the version whenever a change would make an older reader
 * misread a document.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = STABLE, since = "0.1")
public @interface DocumentType {
  /**
   * A short lower-case name for messages, such as {@code initiative}.
   *
   * @return the document type's name
   */
  String name();

  /**
   * The schema version this library reads and writes for the type.
   *
   * @return a version number, 1 or more
   */
  int schemaVersion();
}
