/** Example programs that use the SDK as a library. */
package ai.kubiya.runner.examples;
