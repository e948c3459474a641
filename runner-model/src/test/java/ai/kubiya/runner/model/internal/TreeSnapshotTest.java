package ai.kubiya.runner.model.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeSnapshotTest {
  private static byte[] resource(String name) throws Exception {
    try (InputStream in = TreeSnapshotTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name + " is missing (the runner-model build's defaults-snapshot step)");
      return in.readAllBytes();
    }
  }

  @Test
  void bundledSnapshotIsTheChartDefaultsYaml() throws Exception {
    byte[] yaml = resource("/ai/kubiya/runner/model/chart-values.yaml");
    Map<String, Object> parsed =
        ValuesDocuments.parse(new String(yaml, StandardCharsets.UTF_8), "chart-values.yaml");
    Map<String, Object> decoded =
        TreeSnapshot.decode(resource("/ai/kubiya/runner/model/chart-values.bin"), yaml);
    assertNotNull(decoded, "the bundled snapshot matches the bundled YAML");
    Trees.assertSameTree(parsed, decoded, "");
    Trees.assertSameTree(parsed, ValuesCodec.defaultTree(), "");
  }

  @Test
  void everyTypeRoundTrips() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("s", "héllo\nworld");
    tree.put("empty", "");
    tree.put("i", -7);
    tree.put("l", 1L << 40);
    tree.put("d", 2.5);
    tree.put("t", true);
    tree.put("f", false);
    tree.put("n", null);
    tree.put("list", new ArrayList<>(Arrays.asList(1, "two", null, new LinkedHashMap<>())));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("z", 1);
    nested.put("a", new ArrayList<>());
    tree.put("map", nested);
    byte[] yaml = "any source".getBytes(StandardCharsets.UTF_8);
    Trees.assertSameTree(tree, TreeSnapshot.decode(TreeSnapshot.encode(tree, yaml), yaml), "");
  }

  @Test
  void aSnapshotOfOtherYamlOrDamagedBytesIsIgnored() {
    Map<String, Object> tree = new LinkedHashMap<>(Map.of("a", "b"));
    byte[] yaml = "a: b".getBytes(StandardCharsets.UTF_8);
    byte[] snapshot = TreeSnapshot.encode(tree, yaml);
    assertNull(TreeSnapshot.decode(snapshot, "a: c".getBytes(StandardCharsets.UTF_8)));
    assertNull(TreeSnapshot.decode(Arrays.copyOf(snapshot, snapshot.length - 1), yaml));
    byte[] longer = Arrays.copyOf(snapshot, snapshot.length + 1);
    assertNull(TreeSnapshot.decode(longer, yaml), "trailing bytes");
    byte[] huge = snapshot.clone();
    // the string length of the only key, claiming more bytes than there are
    huge[4 + 8 + 1 + 4] = 0x7f;
    assertNull(TreeSnapshot.decode(huge, yaml));
    assertNull(TreeSnapshot.decode(new byte[0], yaml));
    assertArrayEquals(snapshot, TreeSnapshot.encode(tree, yaml), "deterministic");
  }
}
