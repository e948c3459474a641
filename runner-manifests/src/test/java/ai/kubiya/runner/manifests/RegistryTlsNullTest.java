package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.model.values.ValuesException;
import org.junit.jupiter.api.Test;

/**
 * {@code registryTls: null}: Helm fails on it (the chart dereferences the removed map: "nil pointer
 * evaluating interface {}.crt"), so the generated corpus has no such case; the SDK refuses it too,
 * naming the value's path, before rendering anything (docs/divergences.md).
 */
class RegistryTlsNullTest {
  @Test
  void removingRegistryTlsIsRefusedWithItsPath() {
    for (String doc : new String[] {"registryTls: null\n", "registryTls: ~\n", "registryTls:\n"}) {
      ValuesException e =
          assertThrows(
              ValuesException.class,
              () ->
                  RunnerManifests.of(
                          RunnerConfigLoader.create()
                              .release("demo")
                              .namespace("kubiya")
                              .valuesYaml("v.yaml", doc)
                              .load())
                      .build());
      assertEquals("registryTls: required value is missing", e.getMessage(), doc);
    }
  }
}
