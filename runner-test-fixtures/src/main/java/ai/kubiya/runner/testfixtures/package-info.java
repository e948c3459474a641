/**
 * Test support shared by the SDK's modules (not published): {@link
 * ai.kubiya.runner.testfixtures.ConformanceFixtures} finds the repository's {@code conformance/}
 * fixtures and {@link ai.kubiya.runner.testfixtures.RenderCase} reads one render case, both failing
 * loudly, naming the file, when a fixture is missing. Depends on the JDK only.
 */
package ai.kubiya.runner.testfixtures;
