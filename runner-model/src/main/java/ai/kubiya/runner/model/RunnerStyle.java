package ai.kubiya.runner.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK: abstract value types named plainly ({@code Image}),
 * generated implementations named {@code Immutable*}, builders from a static {@code builder()} on
 * each type, copy methods ({@code withTag(..)}), no Guava, and secrets masked in {@code
 * toString()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    depluralize = true,
    redactedMask = "<redacted>",
    optionalAcceptNullable = true,
    defaults = @Value.Immutable(copy = true))
public @interface RunnerStyle {}
