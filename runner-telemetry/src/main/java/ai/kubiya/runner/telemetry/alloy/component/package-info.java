/**
 * Typed builders of the Alloy components the runner's pipeline uses. Each builder appends
 * attributes and nested blocks in call order and builds a {@link
 * ai.kubiya.runner.telemetry.alloy.component.Component} whose {@code toBlock()} is Alloy syntax.
 */
package ai.kubiya.runner.telemetry.alloy.component;
