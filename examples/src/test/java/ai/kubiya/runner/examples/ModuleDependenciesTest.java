package ai.kubiya.runner.examples;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's module dependencies point one way: model <- naming <- telemetry <- manifests <-
 * deployer <- examples; dashboards depends on model only; model and naming never touch fabric8;
 * nothing depends on examples.
 */
class ModuleDependenciesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.kubiya.runner");
  }

  @Test
  void layersPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model").definedBy("ai.kubiya.runner.model..")
        .layer("naming").definedBy("ai.kubiya.runner.naming..")
        .layer("telemetry").definedBy("ai.kubiya.runner.telemetry..")
        .layer("manifests").definedBy("ai.kubiya.runner.manifests..")
        .layer("deployer").definedBy("ai.kubiya.runner.deployer..")
        .layer("dashboards").definedBy("ai.kubiya.runner.dashboards..")
        .layer("examples").definedBy("ai.kubiya.runner.examples..")
        .whereLayer("examples").mayNotBeAccessedByAnyLayer()
        .whereLayer("deployer").mayOnlyBeAccessedByLayers("examples")
        .whereLayer("dashboards").mayOnlyBeAccessedByLayers("examples")
        .whereLayer("manifests").mayOnlyBeAccessedByLayers("deployer", "examples")
        .whereLayer("telemetry").mayOnlyBeAccessedByLayers("manifests", "deployer", "examples")
        .whereLayer("naming").mayOnlyBeAccessedByLayers("telemetry", "manifests", "deployer", "examples")
        .whereLayer("model").mayOnlyBeAccessedByLayers("naming", "telemetry", "manifests", "deployer", "dashboards", "examples")
        .check(classes);
  }

  @Test
  void modelAndNamingDoNotDependOnFabric8() {
    noClasses()
        .that().resideInAnyPackage("ai.kubiya.runner.model..", "ai.kubiya.runner.naming..")
        .should().dependOnClassesThat().resideInAnyPackage("io.fabric8..")
        .check(classes);
  }

  @Test
  void dashboardsDependOnModelOnly() {
    noClasses()
        .that().resideInAPackage("ai.kubiya.runner.dashboards..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "ai.kubiya.runner.naming..", "ai.kubiya.runner.telemetry..", "ai.kubiya.runner.manifests..",
            "ai.kubiya.runner.deployer..", "ai.kubiya.runner.examples..")
        .check(classes);
  }
}
