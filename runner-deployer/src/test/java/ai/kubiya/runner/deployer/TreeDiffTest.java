package ai.kubiya.runner.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeDiffTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void fieldsOnlyTheLiveObjectHasAreIgnored() {
    assertTrue(
        TreeDiff.contains(
            "ConfigMap",
            json("{'a':1,'b':{'c':2,'d':3},'status':{}}"),
            json("{'a':1,'b':{'c':2}}")));
  }

  @Test
  void quantitiesUnderResourcesCompareByAmountOnly() {
    JsonNode live = json("{'resources':{'requests':{'cpu':'500m','memory':'1Gi'}},'version':'1'}");
    assertTrue(
        TreeDiff.contains(
            "Pod", live, json("{'resources':{'requests':{'cpu':'0.5','memory':'1024Mi'}}}")));
    assertFalse(TreeDiff.contains("Pod", live, json("{'resources':{'requests':{'cpu':'600m'}}}")));
    assertFalse(TreeDiff.contains("Pod", live, json("{'version':'1.0'}")), "only under resources");
  }

  @Test
  void numbersCompareByValue() {
    assertTrue(TreeDiff.contains("Service", json("{'port':8080}"), json("{'port':8080.0}")));
  }

  @Test
  void listsOfNamedElementsMatchByNameAndOthersByPosition() {
    JsonNode live =
        json("{'env':[{'name':'B','value':'2'},{'name':'A','value':'1'}],'args':['x','y']}");
    assertTrue(
        TreeDiff.contains(
            "Pod",
            live,
            json("{'env':[{'name':'A','value':'1'},{'name':'B','value':'2'}],'args':['x','y']}")));
    JsonNode liveArgs = json("{'args':['x','y']}");
    List<FieldChange> changes = TreeDiff.changes("Pod", json("{'args':['y','x']}"), liveArgs, null);
    assertEquals(
        List.of(
            FieldChange.of("args[0]", Optional.of("x"), Optional.of("y")),
            FieldChange.of("args[1]", Optional.of("y"), Optional.of("x"))),
        changes);
    // env vars the live object has and the desired one does not are additions, shown as such
    assertEquals(
        List.of(
            FieldChange.of("env[name=C]", Optional.empty(), Optional.of("{\"name\":\"C\"}")),
            FieldChange.of(
                "env[name=B]", Optional.of("{\"name\":\"B\",\"value\":\"2\"}"), Optional.empty()),
            FieldChange.of(
                "env[name=A]", Optional.of("{\"name\":\"A\",\"value\":\"1\"}"), Optional.empty())),
        TreeDiff.changes("Pod", json("{'env':[{'name':'C'}]}"), live, null));
  }

  @Test
  void additionsAreShownPerFieldKind() {
    JsonNode desiredCm = json("{'metadata':{'labels':{'a':'1'}},'data':{'k':'v'}}");
    JsonNode liveCm =
        json(
            "{'metadata':{'labels':{'a':'1','added-by':'controller'},'annotations':{'x':'y'},"
                + "'resourceVersion':'7'},'data':{'k':'v','hand':'made'}}");
    assertEquals(
        List.of(FieldChange.of("data.hand", Optional.of("made"), Optional.empty())),
        TreeDiff.changes("ConfigMap", desiredCm, liveCm, null),
        "a data key is an addition; labels and annotations are not");
    assertEquals(
        List.of(FieldChange.of("data.hand", Optional.of(TreeDiff.REDACTED), Optional.empty())),
        TreeDiff.changes("Secret", desiredCm, liveCm, null),
        "secret values stay redacted");
    JsonNode desiredPod = json("{'containers':[{'name':'app','image':'a:1'}]}");
    JsonNode livePod =
        json(
            "{'containers':[{'name':'app','image':'a:1','imagePullPolicy':'IfNotPresent',"
                + "'env':[{'name':'API_TOKEN','value':'canary-token'}]},"
                + "{'name':'sidecar','image':'s:1'}],'dnsPolicy':'ClusterFirst'}");
    List<FieldChange> pod = TreeDiff.changes("Deployment", desiredPod, livePod, null);
    assertEquals(
        List.of("containers[name=app].env[name=API_TOKEN]", "containers[name=sidecar]"),
        pod.stream().map(FieldChange::path).toList(),
        "server defaults (imagePullPolicy, dnsPolicy) are not additions");
    assertFalse(pod.toString().contains("canary-token"), pod.toString());
  }

  @Test
  void anEmptyListMatchesAMissingOne() {
    assertTrue(TreeDiff.contains("Pod", json("{}"), json("{'volumes':[]}")));
    assertFalse(
        TreeDiff.contains("Pod", json("{}"), json("{'emptyDir':{}}")),
        "an empty object is still a field");
  }

  @Test
  void fieldsThePreviousVersionSetAndTheNewOneDropsAreRemovals() {
    JsonNode previous =
        json(
            "{'metadata':{'labels':{'a':'1','b':'2'}},"
                + "'env':[{'name':'X','value':'1'},{'name':'Y','value':'2'}]}");
    JsonNode desired = json("{'metadata':{'labels':{'a':'1'}},'env':[{'name':'X','value':'1'}]}");
    JsonNode live =
        json(
            "{'metadata':{'labels':{'a':'1','b':'2','other':'x'}},"
                + "'env':[{'name':'X','value':'1'},{'name':'Y','value':'2'}]}");
    assertEquals(
        List.of(
            FieldChange.of("metadata.labels.b", Optional.of("2"), Optional.empty()),
            FieldChange.of(
                "env[name=Y]", Optional.of("{\"name\":\"Y\",\"value\":\"2\"}"), Optional.empty())),
        TreeDiff.changes("Pod", desired, live, previous));
  }

  @Test
  void keysWithDotsOrSlashesAreBracketed() {
    assertEquals(
        List.of(
            FieldChange.of(
                "metadata.annotations[helm.sh/hook]", Optional.empty(), Optional.of("x"))),
        TreeDiff.changes(
            "Secret",
            json("{'metadata':{'annotations':{'helm.sh/hook':'x'}}}"),
            json("{'metadata':{'annotations':{}}}"),
            null));
  }

  @Test
  void secretDataAndCredentialEnvValuesAreRedacted() {
    List<FieldChange> secret =
        TreeDiff.changes(
            "Secret",
            json("{'data':{'nats.creds':'TkVX'}}"),
            json("{'data':{'nats.creds':'T0xE'}}"),
            null);
    assertEquals(
        List.of(
            FieldChange.of(
                "data[nats.creds]",
                Optional.of(TreeDiff.REDACTED),
                Optional.of(TreeDiff.REDACTED))),
        secret);
    List<FieldChange> env =
        TreeDiff.changes(
            "Deployment",
            json(
                "{'env':[{'name':'KUBIYA_API_TOKEN','value':'new'},"
                    + "{'name':'LOG_LEVEL','value':'debug'}]}"),
            json(
                "{'env':[{'name':'KUBIYA_API_TOKEN','value':'old'},"
                    + "{'name':'LOG_LEVEL','value':'info'}]}"),
            null);
    assertEquals(
        List.of(
            FieldChange.of(
                "env[name=KUBIYA_API_TOKEN].value",
                Optional.of(TreeDiff.REDACTED),
                Optional.of(TreeDiff.REDACTED)),
            FieldChange.of("env[name=LOG_LEVEL].value", Optional.of("info"), Optional.of("debug"))),
        env);
  }
}
