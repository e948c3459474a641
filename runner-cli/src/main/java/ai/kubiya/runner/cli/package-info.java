/**
 * The {@code kubiya-runner} command line: picocli commands over the SDK's modules. Exit codes are a
 * public contract: 0 ok, 1 refused or failed, 2 usage error.
 */
package ai.kubiya.runner.cli;
