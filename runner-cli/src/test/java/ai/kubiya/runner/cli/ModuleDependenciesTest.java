package ai.kubiya.runner.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's module graph points one way: model <- naming <- telemetry <- manifests <- deployer <-
 * cli; audit depends on manifests (and model, naming) and only the CLI uses it; nats depends on
 * naming and model; dashboards on model only; the CLI sits on top and nothing depends on it. (The
 * example programs are a module no other module declares, so Maven already keeps everything off
 * them.) The render path (model, naming, telemetry, manifests) holds no network client. The test
 * support (runner-test-fixtures) sits below everything: it depends on the JDK only, and no module's
 * main code uses it (the modules' tests do, test-scoped).
 */
class ModuleDependenciesTest {
  private static final String[] NETWORK_STACKS = {
    "okhttp3..",
    "io.nats..",
    "com.google.protobuf..",
    "org.xerial.snappy..",
    "io.vertx..",
    "io.netty..",
    "kotlin..",
    "org.bouncycastle..",
    "io.fabric8.kubernetes.client.."
  };

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
        .layer("model")
        .definedBy("ai.kubiya.runner.model..")
        .layer("naming")
        .definedBy("ai.kubiya.runner.naming..")
        .layer("telemetry")
        .definedBy("ai.kubiya.runner.telemetry..")
        .layer("nats")
        .definedBy("ai.kubiya.runner.nats..")
        .layer("manifests")
        .definedBy("ai.kubiya.runner.manifests..")
        .layer("deployer")
        .definedBy("ai.kubiya.runner.deployer..")
        .layer("dashboards")
        .definedBy("ai.kubiya.runner.dashboards..")
        .layer("audit")
        .definedBy("ai.kubiya.runner.audit..")
        .layer("cli")
        .definedBy("ai.kubiya.runner.cli..")
        .layer("testfixtures")
        .definedBy("ai.kubiya.runner.testfixtures..")
        .whereLayer("testfixtures")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("deployer")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("dashboards")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("audit")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("nats")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("manifests")
        .mayOnlyBeAccessedByLayers("deployer", "audit", "cli")
        .whereLayer("telemetry")
        .mayOnlyBeAccessedByLayers("manifests", "deployer", "cli")
        .whereLayer("naming")
        .mayOnlyBeAccessedByLayers("telemetry", "nats", "manifests", "deployer", "audit", "cli")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers(
            "naming", "telemetry", "nats", "manifests", "deployer", "dashboards", "audit", "cli")
        .check(classes);
  }

  @Test
  void testFixturesDependOnTheJdkOnly() {
    ArchRuleDefinition.classes()
        .that()
        .resideInAPackage("ai.kubiya.runner.testfixtures..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "ai.kubiya.runner.testfixtures..")
        .because("every module's tests use them, runner-model's included")
        .check(classes);
  }

  @Test
  void modelAndNamingDoNotDependOnFabric8() {
    noClasses()
        .that()
        .resideInAnyPackage("ai.kubiya.runner.model..", "ai.kubiya.runner.naming..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.fabric8..")
        .check(classes);
  }

  @Test
  void renderPathHoldsNoNetworkClient() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "ai.kubiya.runner.model..",
            "ai.kubiya.runner.naming..",
            "ai.kubiya.runner.telemetry..",
            "ai.kubiya.runner.manifests..",
            "ai.kubiya.runner.audit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(NETWORK_STACKS)
        .check(classes);
  }

  @Test
  void internalsStayInTheirModule() {
    for (String module :
        new String[] {
          "model", "naming", "telemetry", "nats", "manifests", "deployer", "dashboards"
        }) {
      String base = "ai.kubiya.runner." + module;
      noClasses()
          .that()
          .resideOutsideOfPackage(base + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(base + ".internal..")
          .because("internal packages are implementation, not API")
          .check(classes);
    }
  }

  @Test
  void dashboardsDependOnModelOnly() {
    noClasses()
        .that()
        .resideInAPackage("ai.kubiya.runner.dashboards..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "ai.kubiya.runner.naming..",
            "ai.kubiya.runner.telemetry..",
            "ai.kubiya.runner.nats..",
            "ai.kubiya.runner.manifests..",
            "ai.kubiya.runner.deployer..",
            "ai.kubiya.runner.audit..",
            "ai.kubiya.runner.cli..")
        .check(classes);
  }

  @Test
  void auditDependsOnModelNamingAndManifestsOnly() {
    noClasses()
        .that()
        .resideInAPackage("ai.kubiya.runner.audit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "ai.kubiya.runner.telemetry..",
            "ai.kubiya.runner.nats..",
            "ai.kubiya.runner.deployer..",
            "ai.kubiya.runner.dashboards..",
            "ai.kubiya.runner.cli..")
        .check(classes);
  }
}
