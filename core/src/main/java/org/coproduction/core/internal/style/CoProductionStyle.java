package org.coproduction.core.internal.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style every value type in the library uses.
 *
 * <p>Generated {@code Immutable*} classes stay package-private: callers build values through the
 * abstract type's {@code of(...)} or {@code builder()} and only ever see the abstract type. The
 * builder is exposed as a nested {@code Builder} class that extends the generated one. Collections
 * are plain JDK collections, so no Guava reaches consumers. CLASS retention keeps the annotation
 * out of runtime.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false)
public @interface CoProductionStyle {}
