package ai.kubiya.runner.manifests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@link YamlWriter} lays out maps and lists as manifests are written by hand, and refuses a call
 * out of place (a key where a value is due, a value without its key, a close of the wrong kind)
 * instead of writing YAML that reads back as something else.
 */
class YamlWriterTest {
  @Test
  void writesNestedMapsAndListsWithTwoSpaceIndentsAndEmptyOnesInline() {
    StringBuilder out = new StringBuilder();
    YamlWriter w = new YamlWriter(out);
    w.startObject();
    w.fieldName("kind");
    w.string("ConfigMap");
    w.fieldName(YamlKey.of("data"));
    w.startObject();
    w.fieldName("on");
    w.string("yes");
    w.fieldName("text");
    w.string("a\nb\n");
    w.endObject();
    w.fieldName("items");
    w.startArray();
    w.startObject();
    w.fieldName("count");
    w.plain("1");
    w.fieldName("tags");
    w.startArray();
    w.endArray();
    w.endObject();
    w.nullValue();
    w.endArray();
    w.fieldName("empty");
    w.startObject();
    w.endObject();
    w.endObject();
    assertEquals(
        "kind: ConfigMap\n"
            + "data:\n"
            + "  \"on\": \"yes\"\n"
            + "  text: |\n"
            + "    a\n"
            + "    b\n"
            + "items:\n"
            + "- count: 1\n"
            + "  tags: []\n"
            + "- null\n"
            + "empty: {}\n",
        out.toString());
  }

  @Test
  void refusesAKeyWhereAValueIsDueAndAValueWithoutItsKey() {
    YamlWriter keyTwice = new YamlWriter(new StringBuilder());
    keyTwice.startObject();
    keyTwice.fieldName("a");
    assertEquals(
        "cannot write the key 'b': expecting a value",
        assertThrows(IllegalStateException.class, () -> keyTwice.fieldName("b")).getMessage());

    YamlWriter noKey = new YamlWriter(new StringBuilder());
    noKey.startObject();
    assertThrows(IllegalStateException.class, () -> noKey.string("x"));
    assertThrows(IllegalStateException.class, noKey::startArray);

    YamlWriter keyInList = new YamlWriter(new StringBuilder());
    keyInList.startArray();
    assertThrows(IllegalStateException.class, () -> keyInList.fieldName("a"));
  }

  @Test
  void refusesToCloseWhatIsNotOpenOrAMapWhoseLastKeyHasNoValue() {
    YamlWriter nothingOpen = new YamlWriter(new StringBuilder());
    assertThrows(IllegalStateException.class, nothingOpen::endObject);

    YamlWriter wrongKind = new YamlWriter(new StringBuilder());
    wrongKind.startArray();
    assertThrows(IllegalStateException.class, wrongKind::endObject);

    YamlWriter dangling = new YamlWriter(new StringBuilder());
    dangling.startObject();
    dangling.fieldName("a");
    assertThrows(IllegalStateException.class, dangling::endObject);
  }
}
