/** Example programs and the {@code kubiya-runner} command-line interface. */
package ai.kubiya.runner.examples;
