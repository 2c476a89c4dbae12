package org.coproduction.core.internal.style;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style every value type in the library uses. It is declared once per package,
 * on the package's {@code package-info.java}, so a value type does not repeat it.
 *
 * <p>Generated {@code Immutable*} classes stay package-private: callers build values through the
 * abstract type's {@code of(...)} or {@code builder()} and only ever see the abstract type. The
 * builder is exposed as a nested {@code Builder} class that extends the generated one. Collections
 * are plain JDK collections, so no Guava reaches consumers. CLASS retention keeps the annotation
 * out of runtime.
 *
 * <p>Generated classes carry no annotation from a jar consumers do not have (Immutables would add
 * its own {@code @Generated} when it finds it on the class path), so a consumer compiling with
 * {@code -Xlint:all -Werror} is not warned about a missing annotation class. A builder with a field
 * left out or set to {@code null} throws {@link CoProductionException.MissingValue}, the library's
 * one exception, naming the field, rather than Immutables' {@code IllegalStateException} or a bare
 * {@code NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    // Only annotations from java.lang: never org.immutables.value.Generated or javax.annotation.*.
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = CoProductionException.MissingValue.class,
    throwForNullPointer = CoProductionException.MissingValue.class)
@API(status = INTERNAL)
public @interface CoProductionStyle {}
