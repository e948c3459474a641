/**
 * Alloy configuration syntax: the AST ({@link ai.kubiya.runner.telemetry.alloy.syntax.AlloyFile},
 * {@link ai.kubiya.runner.telemetry.alloy.syntax.Block}, {@link
 * ai.kubiya.runner.telemetry.alloy.syntax.Attribute}, {@link
 * ai.kubiya.runner.telemetry.alloy.syntax.Expr}), and the printer.
 */
package ai.kubiya.runner.telemetry.alloy.syntax;
