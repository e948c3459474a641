package ai.kubiya.runner.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.kubiya.runner.model.values.ValuesException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Helm's {@code --set} and {@code --set-string} syntax. */
class SetExpressionsTest {
  private static Map<String, Object> set(String... expressions) {
    SetExpressions sets = new SetExpressions();
    for (String e : expressions) {
      sets.add(e);
    }
    return sets.overlay();
  }

  private static Object value(String expression) {
    return set(expression).get("k");
  }

  @Test
  void dottedPathsBuildNestedMaps() {
    assertEquals(Map.of("a", Map.of("b", Map.of("c", "x"))), set("a.b.c=x"));
  }

  @Test
  void commaSeparatedAssignmentsAllApply() {
    assertEquals(Map.of("a", "1x", "b", Map.of("c", "2y", "d", "3z")), set("a=1x,b.c=2y,b.d=3z"));
  }

  @Test
  void severalExpressionsAccumulateAndLaterOnesWin() {
    assertEquals(
        Map.of("a", Map.of("b", "two", "c", "three")), set("a.b=one", "a.c=three", "a.b=two"));
  }

  @Test
  void listIndicesSetElements() {
    assertEquals(Map.of("l", List.of("x")), set("l[0]=x"));
    assertEquals(Map.of("l", List.of("x", "y")), set("l[0]=x,l[1]=y"));
  }

  @Test
  void anIndexPastTheEndPadsWithNulls() {
    assertEquals(Arrays.asList(null, null, "z"), set("l[2]=z").get("l"));
  }

  @Test
  void nestedFieldsOfListElements() {
    assertEquals(
        Map.of("env", List.of(Map.of("name", "A", "value", "1a"), Map.of("name", "B"))),
        set("env[0].name=A,env[0].value=1a,env[1].name=B"));
  }

  @Test
  void nestedListIndices() {
    assertEquals(Map.of("m", List.of(List.of("a", "b"))), set("m[0][0]=a,m[0][1]=b"));
  }

  @Test
  void braceListsAreLists() {
    assertEquals(List.of("a", "b", "c"), value("k={a,b,c}"));
    assertEquals(Map.of("k", List.of("a", "b"), "j", "x"), set("k={a,b},j=x"));
  }

  @Test
  void braceListItemsAreTyped() {
    assertEquals(Arrays.asList(1, true, "x", null), value("k={1,true,x,null}"));
  }

  @Test
  void escapedDotsStayInTheKey() {
    assertEquals(
        Map.of("podAnnotations", Map.of("prometheus.io/scrape", "yes")),
        set("podAnnotations.prometheus\\.io/scrape=yes"));
  }

  @Test
  void escapedCommasStayInTheValue() {
    assertEquals(Map.of("k", "a,b", "j", "c"), set("k=a\\,b,j=c"));
    assertEquals(List.of("a,b", "c"), value("k={a\\,b,c}"));
  }

  @Test
  void anEqualsSignInTheValueIsKept() {
    assertEquals("pods=[*]", value("k=pods=[*]"));
  }

  @Test
  void anEmptyValueIsAnEmptyString() {
    assertEquals("", value("k="));
  }

  static Stream<Arguments> typedScalars() {
    return Stream.of(
        arguments("true", true),
        arguments("false", false),
        arguments("True", true),
        arguments("FALSE", false),
        arguments("0", 0),
        arguments("42", 42),
        arguments("-7", -7),
        arguments("+5", 5),
        arguments("007", "007"),
        arguments("1.5", "1.5"),
        arguments("1e3", "1e3"),
        arguments("0x1F", "0x1F"),
        arguments("yes", "yes"),
        arguments("v1.2", "v1.2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typedScalars")
  void scalarsAreTypedAsHelmTypesThem(String raw, Object expected) {
    Object actual = value("k=" + raw);
    if (expected instanceof Integer) {
      assertInstanceOf(Number.class, actual, raw);
      assertEquals(((Integer) expected).longValue(), ((Number) actual).longValue(), raw);
    } else {
      assertEquals(expected, actual, raw);
    }
  }

  @Test
  void largeIntegersStayExact() {
    assertEquals(9_000_000_000L, ((Number) value("k=9000000000")).longValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "NULL", "Null"})
  void nullIsAnExplicitNullThatRemovesTheKey(String raw) {
    Map<String, Object> overlay = set("k=" + raw);
    assertTrue(overlay.containsKey("k"));
    assertNull(overlay.get("k"));
  }

  @Test
  void setStringKeepsEveryValueAString() {
    Map<String, Object> overlay =
        new SetExpressions().addString("a=true,b=42,c=null,d={1,false}").overlay();
    assertEquals(Map.of("a", "true", "b", "42", "c", "null", "d", List.of("1", "false")), overlay);
  }

  @Test
  void setStringAndSetMix() {
    Map<String, Object> overlay = new SetExpressions().add("a=1").addString("b=1").overlay();
    assertEquals(1, ((Number) overlay.get("a")).intValue());
    assertEquals("1", overlay.get("b"));
  }

  @Test
  void applyToIndexesIntoExistingListsAndKeepsTheBaseUnchanged() {
    Map<String, Object> base =
        ValuesDocuments.parse(
            "l:\n- {name: a, value: 1}\n- {name: b, value: 2}\nm: {x: 1}\n", "base");
    Map<String, Object> before = HelmMerge.deepCopy(base);
    Map<String, Object> applied = new SetExpressions().add("l[1].value=3,m.y=2").applyTo(base);
    assertEquals(
        ValuesDocuments.parse(
            "l:\n- {name: a, value: 1}\n- {name: b, value: 3}\nm: {x: 1, y: 2}\n", "expected"),
        applied);
    assertEquals(before, base);
  }

  @Test
  void anEmptyExpressionSetsNothing() {
    assertEquals(Map.of(), set(""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "agentManager.replicas",
        "a=1,b",
        "a..b=1",
        ".a=1",
        "a.=1",
        "a[x]=1",
        "a[-1]=1",
        "a[0]b=1",
        "a[0=1",
        "a[99999999999]=1",
        "a[70000]=1",
        "a={x,y",
      })
  void malformedExpressionsFailWithAPositionNeverEchoingTheExpression(String expression) {
    String canary = "CANARY7";
    String withCanary = expression.replace("=1", "=" + canary).replace("{x,y", "{" + canary);
    ValuesException e =
        assertThrows(ValuesException.class, () -> new SetExpressions().add(withCanary));
    assertTrue(e.path().startsWith("--set"), e.getMessage());
    assertTrue(e.getMessage().contains("character "), e.getMessage());
    assertFalse(e.getMessage().contains(canary), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nats..jwt=S | --set nats: assignment 1, character 6: empty key segment after it",
        "nats.jwt[=S | --set nats.jwt: assignment 1, character 9: malformed list "
            + "index (expected [N] with N a number)",
        "nats.secondJwt.=S | --set nats.secondJwt: assignment 1, character "
            + "16: empty key segment after it",
        "alloy.alloy.extraEnv[2].value={S}junk | --set alloy.alloy.extraEnv[2].value: "
            + "assignment 1, character 34: unexpected text after the list's '}'",
        "alloy.alloy.extraEnv[70000].value=S | --set alloy.alloy.extraEnv: assignment "
            + "1, character 21: a list index greater than 65536",
        "a=1,nats://u:S@127.0.0.1:1 | --set: assignment 2, character 5: expected key=value",
        "registryTls.crt={S | --set registryTls.crt: assignment 1, "
            + "character 17: a list must end with '}'",
      })
  void errorsNameThePathAndPositionNotTheValue(String expression, String message) {
    ValuesException e =
        assertThrows(ValuesException.class, () -> new SetExpressions().add(expression));
    assertEquals(message, e.getMessage());
  }

  @Test
  void malformedSetStringExpressionsSayTheyAreSetString() {
    ValuesException e =
        assertThrows(ValuesException.class, () -> new SetExpressions().addString("novalue"));
    assertEquals("--set-string: assignment 1, character 1: expected key=value", e.getMessage());
  }
}
