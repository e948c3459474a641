package ai.kubiya.runner.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Helm's layering of values: maps merge deeply, lists and scalars replace, null removes. */
class HelmMergeTest {
  private static Map<String, Object> yaml(String text) {
    return ValuesDocuments.parse(text, "test.yaml");
  }

  @Test
  void mapsMergeDeeply() {
    Map<String, Object> merged =
        HelmMerge.merge(
            yaml("a:\n  x: 1\n  y:\n    p: 1\n    q: 2\nb: keep\n"),
            yaml("a:\n  y:\n    q: 3\n    r: 4\n  z: 5\n"));
    assertEquals(yaml("a:\n  x: 1\n  y:\n    p: 1\n    q: 3\n    r: 4\n  z: 5\nb: keep\n"), merged);
  }

  @Test
  void listsReplaceAndAreNotMergedElementWise() {
    Map<String, Object> merged =
        HelmMerge.merge(
            yaml("l: [1, 2, 3]\nm: [{name: a, v: 1}]\n"), yaml("l: [9]\nm: [{name: b}]\n"));
    assertEquals(List.of(9), merged.get("l"));
    assertEquals(List.of(Map.of("name", "b")), merged.get("m"));
  }

  @Test
  void scalarsReplaceAndTypesMayChange() {
    Map<String, Object> merged =
        HelmMerge.merge(yaml("s: a\nt: {x: 1}\nu: 1\n"), yaml("s: b\nt: flat\nu: {now: map}\n"));
    assertEquals("b", merged.get("s"));
    assertEquals("flat", merged.get("t"));
    assertEquals(Map.of("now", "map"), merged.get("u"));
  }

  @Test
  void explicitNullRemovesTheKeyAtAnyDepth() {
    Map<String, Object> merged =
        HelmMerge.merge(yaml("a:\n  x: 1\n  y: 2\nb: 3\n"), yaml("a:\n  x: null\nb: null\n"));
    assertEquals(yaml("a:\n  y: 2\n"), merged);
    assertFalse(merged.containsKey("b"));
  }

  @Test
  void nullsInsideANewSubtreeAreDropped() {
    Map<String, Object> merged = HelmMerge.merge(yaml("a: 1\n"), yaml("n:\n  k: null\n  j: 1\n"));
    assertEquals(yaml("a: 1\nn:\n  j: 1\n"), merged);
  }

  @Test
  void keyOrderIsBaseOrderThenNewKeys() {
    Map<String, Object> merged = HelmMerge.merge(yaml("a: 1\nb: 2\nc: 3\n"), yaml("d: 4\nb: 5\n"));
    assertEquals(List.of("a", "b", "c", "d"), new ArrayList<>(merged.keySet()));
  }

  @Test
  void inputsAreNotModifiedAndTheResultSharesNoContainers() {
    Map<String, Object> base = yaml("a:\n  x: 1\n  l: [1, 2]\nb: 2\n");
    Map<String, Object> overlay = yaml("a:\n  y: 2\n  x: null\nb: null\nc: {d: [3]}\n");
    Map<String, Object> baseBefore = HelmMerge.deepCopy(base);
    Map<String, Object> overlayBefore = HelmMerge.deepCopy(overlay);

    Map<String, Object> merged = HelmMerge.merge(base, overlay);
    assertEquals(baseBefore, base);
    assertEquals(overlayBefore, overlay);

    mutateEverything(merged);
    assertEquals(baseBefore, base);
    assertEquals(overlayBefore, overlay);
  }

  @Test
  void layerMergesMapsDeeplyAndKeepsNullsAsValues() {
    Map<String, Object> layered =
        HelmMerge.layer(
            yaml("a:\n  x: 1\n  y: 2\nl: [1]\n"),
            yaml("a:\n  x: null\n  z: 3\nl: [2, 3]\nb: null\n"));
    Map<String, Object> expected = new LinkedHashMap<>();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("x", null);
    a.put("y", 2);
    a.put("z", 3);
    expected.put("a", a);
    expected.put("l", List.of(2, 3));
    expected.put("b", null);
    assertEquals(expected, layered);
  }

  @Test
  void layeredNullsRemoveDefaultsWhenMerged() {
    Map<String, Object> user = HelmMerge.layer(yaml("a:\n  x: null\n"), yaml("a:\n  z: 3\n"));
    assertEquals(yaml("a:\n  y: 2\n  z: 3\n"), HelmMerge.merge(yaml("a:\n  x: 1\n  y: 2\n"), user));
  }

  @Test
  void layerDoesNotModifyItsInputs() {
    Map<String, Object> base = yaml("a:\n  x: [1]\n");
    Map<String, Object> overlay = yaml("a:\n  y: {z: 1}\n");
    Map<String, Object> layered = HelmMerge.layer(base, overlay);
    mutateEverything(layered);
    assertEquals(yaml("a:\n  x: [1]\n"), base);
    assertEquals(yaml("a:\n  y: {z: 1}\n"), overlay);
  }

  @Test
  void deepCopyIsIndependentOfItsSource() {
    Map<String, Object> source = yaml("a:\n  b: [1, {c: 2}]\n");
    Map<String, Object> copy = HelmMerge.deepCopy(source);
    assertEquals(source, copy);
    mutateEverything(copy);
    assertEquals(yaml("a:\n  b: [1, {c: 2}]\n"), source);
  }

  @Test
  void deepCopyKeepsNullsOfTheSource() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("n", null);
    source.put("l", new ArrayList<>(Arrays.asList(1, null)));
    Map<String, Object> copy = HelmMerge.deepCopy(source);
    assertTrue(copy.containsKey("n"));
    assertEquals(Arrays.asList(1, null), copy.get("l"));
  }

  @SuppressWarnings("unchecked")
  private static void mutateEverything(Object node) {
    if (node instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) node;
      new ArrayList<>(map.values()).forEach(HelmMergeTest::mutateEverything);
      map.put("mutated", true);
    } else if (node instanceof List) {
      List<Object> list = (List<Object>) node;
      new ArrayList<>(list).forEach(HelmMergeTest::mutateEverything);
      list.add("mutated");
    }
  }
}
