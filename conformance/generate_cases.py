#!/usr/bin/env python3
"""Generates the conformance corpus: varied value sets rendered by real Helm.

Run by hand (never by the tests), from anywhere:

    python3 conformance/generate_cases.py \
        --chart ../shared/reference/chart/kubiya-runner-0.6.2 --helm /tmp/helm/helm

It draws value sets from a fixed seed (so a re-run writes the same files), renders each with
`helm template RELEASE CHART -f values-1.yaml [-f values-2.yaml ...] --namespace NS` and writes
conformance/render-cases/gen-NNN-<theme>/{case.yaml, values-N.yaml, expected.yaml}, the layout of
the hand-made cases. Value sets Helm refuses are skipped (and counted). Finally it rewrites
conformance/FILES.sha256, the list of every fixture the tests check.
Needs python3 with PyYAML; only the generator does, not the tests.
"""

import argparse
import base64
import copy
import hashlib
import os
import random
import shutil
import subprocess
import sys

import yaml

SEED = 20261201
COUNT = 150
HERE = os.path.dirname(os.path.abspath(__file__))

ALPHA = "abcdefghijklmnopqrstuvwxyz"
ALNUM = ALPHA + "0123456789"


def word(rng, lo=3, hi=10):
    return rng.choice(ALPHA) + "".join(rng.choice(ALNUM) for _ in range(rng.randint(lo, hi) - 1))


def dns_name(rng, parts=None, max_len=None):
    parts = parts or rng.randint(1, 3)
    name = "-".join(word(rng, 2, 8) for _ in range(parts))
    return name[:max_len].rstrip("-") if max_len else name


def uuid(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


def b64ish(rng, n=40):
    """Valid base64 (Secret data must be) of n random bytes."""
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode("ascii")


def cpu(rng):
    return rng.choice(["50m", "100m", "250m", "500m", "1000m", "1", "2", 1, 2, "1500m", "0.5"])


def memory(rng):
    return rng.choice(["64Mi", "128Mi", "256Mi", "512Mi", "1Gi", "1024Mi", "2Gi", "3G", "100M"])


def resources(rng):
    shape = rng.randint(0, 3)
    if shape == 0:
        return {}
    res = {}
    if shape in (1, 3):
        res["limits"] = {"cpu": cpu(rng), "memory": memory(rng)}
    if shape in (2, 3):
        res["requests"] = {"cpu": cpu(rng), "memory": memory(rng)}
    return res


def image(rng, repo_default):
    img = {}
    if rng.random() < 0.6:
        img["repository"] = rng.choice(
            [repo_default, "registry.example.com/%s/%s" % (word(rng), word(rng)), "quay.io/%s" % word(rng)])
    if rng.random() < 0.8:
        img["tag"] = rng.choice(["v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20), rng.randint(0, 9)),
                                 "latest", "sha-" + word(rng, 7, 7), "1.%d" % rng.randint(0, 40)])
    if rng.random() < 0.5:
        img["pullPolicy"] = rng.choice(["Always", "IfNotPresent", "Never"])
    return img


def env(rng):
    out = {}
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(["EXTRA", "FEATURE", "LOG_LEVEL", "REGION", "MODE", "ORG_ECHO", "NS_ECHO"])
        key = key + "_" + str(rng.randint(1, 9))
        out[key] = rng.choice([
            "on", "debug", "eu-west-%d" % rng.randint(1, 3), "",
            "org={{ .Values.organization }}",
            "ns={{ .Release.Namespace }} rel={{ .Release.Name }}",
            "uuid={{ .Values.uuid }}",
            "port={{ .Values.toolManager.service.port }}",
            "chart={{ .Chart.Name }}-{{ .Chart.Version }}",
            "value with spaces and 'quotes'",
            "12345",
        ])
    return out


def annotations(rng):
    out = {}
    for _ in range(rng.randint(1, 3)):
        out[rng.choice(["prometheus.io/port", "example.com/team", "sidecar.istio.io/inject",
                        "prometheus.io/path"])] = rng.choice(["8080", "runners", "false", "/metrics"])
    if rng.random() < 0.5:
        out["prometheus.io/scrape"] = rng.choice(["true", "false"])
    return out


def tolerations(rng):
    tols = []
    for _ in range(rng.randint(1, 2)):
        tol = {"key": rng.choice(["dedicated", "kubiya.ai/runner", "gpu"]),
               "operator": rng.choice(["Exists", "Equal"]),
               "effect": rng.choice(["NoSchedule", "NoExecute", "PreferNoSchedule"])}
        if tol["operator"] == "Equal":
            tol["value"] = word(rng)
        tols.append(tol)
    return tols


def probe(rng):
    p = {"enabled": rng.random() < 0.6}
    if rng.random() < 0.5:
        p["initialDelaySeconds"] = rng.choice([5, 10, 30, 60])
    if rng.random() < 0.4:
        p["periodSeconds"] = rng.choice([10, 15, 30])
    if rng.random() < 0.3:
        p["timeoutSeconds"] = rng.choice([1, 5, 10])
    if rng.random() < 0.3:
        p["httpGet"] = {"path": rng.choice(["/healthz", "/health", "/ready", "/livez"])}
    return p


def service_account(rng, default_name=None):
    sa = {}
    r = rng.random()
    if r < 0.3:
        sa["create"] = False
        sa["name"] = rng.choice(["existing-sa", dns_name(rng), "default"])
    elif r < 0.5:
        sa["create"] = True
        sa["name"] = dns_name(rng)
    elif r < 0.6:
        sa["create"] = False
        if default_name is None:
            sa["name"] = ""
    if rng.random() < 0.3:
        sa["automountServiceAccountToken"] = rng.random() < 0.5
    return sa


def interval(rng):
    return rng.choice(["15s", "30s", "45s", "60s", "1m", "2m", "90s", "5m"])


def release_name(rng):
    r = rng.random()
    if r < 0.1:
        return "kubiya-runner"
    if r < 0.2:
        return "my-kubiya-runner-" + word(rng, 2, 5)
    if r < 0.3:
        # as long as Helm allows (53), so fullnames truncate at 63
        name = dns_name(rng, 6)
        while len(name) < 53:
            name += "-" + word(rng)
        return name[:53].rstrip("-")
    if r < 0.35:
        return word(rng, 1, 1)
    if r < 0.4:
        return "r%d" % rng.randint(0, 999)
    return dns_name(rng)


def namespace(rng):
    return rng.choice(["kubiya", "default", "tenant-" + word(rng, 2, 6), dns_name(rng, 2), "observability",
                       "a" * rng.randint(1, 3), dns_name(rng, 4, 63)])


def name_overrides(rng, values):
    r = rng.random()
    if r < 0.15:
        values["nameOverride"] = rng.choice(["custom", word(rng), "runner", "kubiya"])
    elif r < 0.28:
        values["fullnameOverride"] = rng.choice(["full-custom", dns_name(rng), "x" * 70, dns_name(rng, 10, None)])
    elif r < 0.4:
        values["runnerNameOverride"] = rng.choice(["my-metrics-test", dns_name(rng), "a-" * 35])
    elif r < 0.45:
        values["nameOverride"] = word(rng)
        values["fullnameOverride"] = dns_name(rng)
    elif r < 0.5:
        values["nameOverride"] = word(rng)
        values["runnerNameOverride"] = dns_name(rng)


def runner_section(rng):
    """Top-level runner values: identity, secrets, image pull secrets."""
    v = {}
    if rng.random() < 0.8:
        v["organization"] = rng.choice(["acme", word(rng), "Org With Spaces", "0042", "testOrg", ""])
    if rng.random() < 0.7:
        v["uuid"] = uuid(rng)
    name_overrides(rng, v)
    r = rng.random()
    if r < 0.2:
        v["imagePullSecrets"] = ["regcred"]
    elif r < 0.3:
        v["imagePullSecrets"] = [{"name": "regcred"}, {"name": word(rng)}]
    nats = {}
    r = rng.random()
    if r < 0.4:
        nats = {"jwt": b64ish(rng), "secondJwt": b64ish(rng)}
    elif r < 0.55:
        nats = {"jwt": b64ish(rng)}
    elif r < 0.65:
        nats = {"secondJwt": ""}
    if rng.random() < 0.4:
        nats["subject"] = "kubiya.%s.%s" % (word(rng), word(rng))
    if rng.random() < 0.3:
        nats["serverUrl"] = rng.choice(["tls://nats.example.com:4222", "nats://127.0.0.1:4222"])
    if nats:
        v["nats"] = nats
    r = rng.random()
    if r < 0.1:
        v["registryTls"] = None
    elif r < 0.2:
        v["registryTls"] = {"crt": "", "key": ""}
    elif r < 0.3:
        v["registryTls"] = {"crt": b64ish(rng, 60), "key": b64ish(rng, 60)}
    return v


def kubiya_operator(rng):
    v = {}
    if rng.random() < 0.4:
        v["fullAccess"] = rng.random() < 0.5
    if rng.random() < 0.4:
        v["replicas"] = rng.choice([0, 1, 2, 3])
    if rng.random() < 0.4:
        v["image"] = image(rng, "ghcr.io/kubiyabot/kubiya-operator")
    if rng.random() < 0.3:
        v["livenessProbe"] = dict(probe(rng), httpGet={"path": "/health"})
    if rng.random() < 0.3:
        v["resources"] = resources(rng)
    if rng.random() < 0.3:
        v["env"] = env(rng)
    if rng.random() < 0.3:
        v["serviceAccount"] = service_account(rng)
    if rng.random() < 0.2:
        v["ports"] = {"containerPort": rng.choice([8080, 9090])}
    return v


def agent_manager(rng):
    v = {}
    if rng.random() < 0.5:
        v["replicas"] = rng.choice([0, 1, 3, 5, 10])
    if rng.random() < 0.4:
        v["image"] = image(rng, "ghcr.io/kubiyabot/agent-manager")
    if rng.random() < 0.3:
        svc = {}
        if rng.random() < 0.6:
            svc["port"] = rng.choice([80, 8080, 9000])
        if rng.random() < 0.6:
            svc["targetPort"] = rng.choice([8080, 8081, 9001])
        if rng.random() < 0.4:
            svc["serviceType"] = rng.choice(["ClusterIP", "NodePort", "LoadBalancer"])
        v["service"] = svc
    if rng.random() < 0.3:
        v["serviceAccount"] = service_account(rng)
    if rng.random() < 0.3:
        v["livenessProbe"] = probe(rng)
    r = rng.random()
    if r < 0.2:
        v["extraPodsAnnotations"] = annotations(rng)
    elif r < 0.3:
        v["extraPodsAnnotations"] = {}
    if rng.random() < 0.3:
        v["resources"] = resources(rng)
    if rng.random() < 0.4:
        v["env"] = env(rng)
    return v


def tool_manager(rng):
    v = {}
    if rng.random() < 0.5:
        v["replicas"] = rng.choice([0, 1, 2, 3, 6])
    if rng.random() < 0.4:
        v["image"] = image(rng, "ghcr.io/kubiyabot/tool-manager")
    if rng.random() < 0.3:
        svc = {}
        if rng.random() < 0.6:
            svc["port"] = rng.choice([80, 8080])
        if rng.random() < 0.6:
            svc["targetPort"] = rng.choice([3001, 3002])
        if rng.random() < 0.4:
            svc["type"] = rng.choice(["ClusterIP", "NodePort"])
        v["service"] = svc
    if rng.random() < 0.3:
        sa = service_account(rng, default_name="kubiya-runner-tool-manager")
        v["serviceAccount"] = sa
    if rng.random() < 0.4:
        v["adminClusterRole"] = {"create": rng.random() < 0.6}
    r = rng.random()
    if r < 0.2:
        v["extraPodsAnnotations"] = annotations(rng)
    elif r < 0.3:
        v["extraPodsAnnotations"] = {}
    if rng.random() < 0.3:
        v["livenessProbe"] = probe(rng)
    if rng.random() < 0.2:
        v["containerPort"] = rng.choice([3001, 3005])
    if rng.random() < 0.4:
        v["env"] = env(rng)
    if rng.random() < 0.3:
        v["resources"] = resources(rng)
    if rng.random() < 0.4:
        sdk = {}
        if rng.random() < 0.5:
            sdk["image"] = image(rng, "ghcr.io/kubiyabot/sdk-py")
        if rng.random() < 0.4:
            sdk["resources"] = resources(rng)
        if rng.random() < 0.4:
            sdk["env"] = env(rng)
        if rng.random() < 0.3:
            sdk["livenessProbe"] = probe(rng)
        if rng.random() < 0.2:
            sdk["containerPort"] = 8001
        v["sdkServer"] = sdk
    return v


def image_updater(rng):
    v = {}
    if rng.random() < 0.5:
        cj = {}
        if rng.random() < 0.4:
            cj["create"] = rng.random() < 0.5
        if rng.random() < 0.4:
            cj["schedule"] = rng.choice(["*/15 * * * *", "@daily", "30 2 * * 1-5", "0 */6 * * *"])
        if rng.random() < 0.3:
            cj["suspend"] = rng.random() < 0.5
        if rng.random() < 0.3:
            cj["successfulJobsHistoryLimit"] = rng.choice([0, 1, 3])
        if rng.random() < 0.3:
            cj["failedJobsHistoryLimit"] = rng.choice([0, 1, 5])
        v["cronJob"] = cj
    if rng.random() < 0.3:
        v["image"] = image(rng, "ghcr.io/kubiyabot/kubernetes")
    if rng.random() < 0.3:
        v["serviceAccount"] = service_account(rng)
    return v


def dagger(rng):
    v = {}
    if rng.random() < 0.3:
        v["enabled"] = rng.random() < 0.4
    engine = {}
    if rng.random() < 0.2:
        engine["newServiceAccount"] = rng.choice([{"create": False}, {"name": dns_name(rng)},
                                                  {"create": True, "name": "kubiya-runner-dagger-helm"}])
    if rng.random() < 0.2:
        engine["image"] = {"ref": "registry.example.com/dagger/engine:v0.%d.0" % rng.randint(9, 19)}
    if rng.random() < 0.2:
        engine["resources"] = resources(rng)
    if rng.random() < 0.15:
        engine["tolerations"] = tolerations(rng)
    if engine:
        v["engine"] = engine
    if rng.random() < 0.2:
        v["volumeMountsPostfix"] = rng.choice(["", "{{ .Values.uuid }}", word(rng)])
    if rng.random() < 0.2:
        svc = {}
        if rng.random() < 0.5:
            svc["name"] = rng.choice(["dagger-engine-service", "engine-" + word(rng)])
        if rng.random() < 0.5:
            svc["port"] = rng.choice([8080, 1234])
        v["additionalResources"] = {"service": svc}
    return v


def kube_state_metrics(rng):
    v = {}
    if rng.random() < 0.3:
        v["enabled"] = rng.random() < 0.4
    if rng.random() < 0.2:
        v["image"] = {"tag": rng.choice(["v2.13.0", "v2.14.0", "v2.15.0"])}
    if rng.random() < 0.2:
        v["rbac"] = {"useClusterRole": rng.random() < 0.5}
    if rng.random() < 0.2:
        v["selfMonitor"] = {"enabled": rng.random() < 0.5}
    if rng.random() < 0.2:
        v["resources"] = resources(rng)
    if rng.random() < 0.15:
        v["revisionHistoryLimit"] = rng.choice([1, 5, 10])
    if rng.random() < 0.15:
        v["tolerations"] = tolerations(rng)
    return v


def alloy(rng):
    v = {}
    if rng.random() < 0.3:
        v["enabled"] = rng.random() < 0.4
    if rng.random() < 0.3:
        v["livedebugging"] = {"enabled": rng.random() < 0.5}
    if rng.random() < 0.3:
        v["extraExporters"] = {"cadvisor": {"enabled": rng.random() < 0.5}}
    if rng.random() < 0.4:
        keys = ["default", "runnerExporters", "alloyExporter", "blackboxExporter", "kubeStateMetrics", "cadvisor"]
        v["scrapeIntervals"] = {k: interval(rng) for k in rng.sample(keys, rng.randint(1, len(keys)))}
    inner = {}
    if rng.random() < 0.4:
        inner["extraEnv"] = [
            {"name": "AZURE_REMOTE_WRITE_URL", "value": "https://%s.eastus.prometheus.monitor.azure.com/api/v1/write" % word(rng)},
            {"name": "AZURE_CLIENT_ID", "value": uuid(rng)},
            {"name": "AZURE_CLIENT_SECRET", "value": b64ish(rng, 20)},
            {"name": "AZURE_TOKEN_URL", "value": "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % uuid(rng)},
        ]
    if rng.random() < 0.15:
        inner["stabilityLevel"] = rng.choice(["experimental", "public-preview", "generally-available"])
    if rng.random() < 0.1:
        inner["securityContext"] = {"runAsUser": 1000, "runAsGroup": 1000}
    if inner:
        v["alloy"] = inner
    controller = {}
    if rng.random() < 0.15:
        controller["type"] = rng.choice(["deployment", "daemonset"])
    if rng.random() < 0.15:
        controller["tolerations"] = tolerations(rng)
    if controller:
        v["controller"] = controller
    return v


SECTIONS = [
    ("kubiyaOperator", kubiya_operator),
    ("agentManager", agent_manager),
    ("toolManager", tool_manager),
    ("imageUpdater", image_updater),
    ("dagger", dagger),
    ("kubestatemetrics", kube_state_metrics),
    ("alloy", alloy),
]

THEMES = ["mixed", "all-off", "all-on", "names", "secrets", "telemetry", "accounts", "resources", "layered"]


def value_set(rng, theme):
    values = runner_section(rng)
    for key, make in SECTIONS:
        if theme == "mixed" and rng.random() < 0.4:
            continue
        section = make(rng)
        if section:
            values[key] = section
    if theme == "all-off":
        values.setdefault("dagger", {})["enabled"] = False
        values.setdefault("kubestatemetrics", {})["enabled"] = False
        values.setdefault("alloy", {})["enabled"] = False
        values.setdefault("imageUpdater", {}).setdefault("cronJob", {})["create"] = False
        values.setdefault("toolManager", {})["adminClusterRole"] = {"create": False}
    elif theme == "all-on":
        values.setdefault("dagger", {})["enabled"] = True
        values.setdefault("kubestatemetrics", {})["enabled"] = True
        a = values.setdefault("alloy", {})
        a["enabled"] = True
        a["livedebugging"] = {"enabled": True}
        a["extraExporters"] = {"cadvisor": {"enabled": True}}
        values.setdefault("imageUpdater", {}).setdefault("cronJob", {})["create"] = True
        values.setdefault("toolManager", {})["adminClusterRole"] = {"create": True}
        values.setdefault("kubiyaOperator", {})["fullAccess"] = True
        values["nats"] = dict(values.get("nats") or {}, jwt=b64ish(rng), secondJwt=b64ish(rng))
    elif theme == "names":
        name_overrides(rng, values)
    elif theme == "accounts":
        for key in ("kubiyaOperator", "agentManager", "toolManager", "imageUpdater"):
            values.setdefault(key, {})["serviceAccount"] = {"create": False, "name": "existing-" + word(rng, 2, 5)}
    elif theme == "resources":
        for key in ("kubiyaOperator", "agentManager", "toolManager"):
            values.setdefault(key, {})["resources"] = resources(rng)
    return values


def split_layers(rng, values):
    """Splits a value set into 1-3 files; later files may override earlier keys (Helm's -f order)."""
    keys = list(values)
    n = rng.choice([1, 1, 2, 2, 3])
    if n == 1 or len(keys) < 2:
        return [values]
    layers = [dict() for _ in range(n)]
    for k in keys:
        layers[rng.randrange(n)][k] = values[k]
    # an earlier file sets something a later one replaces
    first = layers[0]
    if "agentManager" in values and rng.random() < 0.7:
        first.setdefault("agentManager", {})
        first["agentManager"] = dict(first["agentManager"], replicas=7,
                                     env={"OVERRIDDEN_LATER": "early"})
        last = layers[-1]
        last["agentManager"] = copy.deepcopy(values["agentManager"])
        last["agentManager"].setdefault("replicas", 2)
    if rng.random() < 0.5:
        first["organization"] = "early-org"
        layers[-1]["organization"] = values.get("organization", "late-org")
    if rng.random() < 0.3:
        # a null in a later file removes a default key (Helm's coalescing)
        layers[-1].setdefault("toolManager", {}).setdefault("env", {})["GIT_SHA"] = None
    return [l for l in layers if l]


def dump(doc):
    return yaml.safe_dump(doc, sort_keys=False, default_flow_style=False, allow_unicode=True)


def render(helm, chart, release, ns, files):
    cmd = [helm, "template", release, chart, "--namespace", ns]
    for f in files:
        cmd += ["-f", f]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def write_manifest(root):
    lines = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            full = os.path.join(dirpath, f)
            rel = os.path.relpath(full, root)
            if rel in ("FILES.sha256", "README.md") or f.endswith((".py", ".pyc")) or "__pycache__" in rel:
                continue
            with open(full, "rb") as fh:
                lines.append("%s  %s" % (hashlib.sha256(fh.read()).hexdigest(), rel))
    with open(os.path.join(root, "FILES.sha256"), "w") as fh:
        fh.write("\n".join(sorted(lines, key=lambda l: l.split("  ", 1)[1])) + "\n")
    return len(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chart", default=os.path.join(HERE, "../../shared/reference/chart/kubiya-runner-0.6.2"))
    ap.add_argument("--helm", default="/tmp/helm/helm")
    ap.add_argument("--count", type=int, default=COUNT)
    ap.add_argument("--manifest-only", action="store_true")
    args = ap.parse_args()
    cases = os.path.join(HERE, "render-cases")
    if args.manifest_only:
        print("FILES.sha256: %d files" % write_manifest(HERE))
        return
    for d in os.listdir(cases):
        if d.startswith("gen-"):
            shutil.rmtree(os.path.join(cases, d))
    rng = random.Random(SEED)
    made = refused = 0
    attempt = 0
    while made < args.count:
        attempt += 1
        theme = THEMES[attempt % len(THEMES)]
        release = release_name(rng)
        ns = namespace(rng)
        values = value_set(rng, theme)
        layers = split_layers(rng, values) if theme in ("layered", "mixed") else [values]
        name = "gen-%03d-%s" % (made + 1, theme)
        out = os.path.join(cases, name)
        os.makedirs(out)
        files = []
        for i, layer in enumerate(layers, 1):
            path = os.path.join(out, "values-%d.yaml" % i)
            with open(path, "w") as fh:
                fh.write("# generated by conformance/generate_cases.py (seed %d)\n" % SEED)
                fh.write(dump(layer))
            files.append(path)
        rc, stdout, stderr = render(args.helm, args.chart, release, ns, files)
        if rc != 0:
            refused += 1
            print("helm refused a value set (skipped): %s" % stderr.strip().splitlines()[0], file=sys.stderr)
            shutil.rmtree(out)
            continue
        with open(os.path.join(out, "case.yaml"), "w") as fh:
            fh.write("release: %s\nnamespace: %s\n" % (release, ns))
        with open(os.path.join(out, "expected.yaml"), "w") as fh:
            fh.write(stdout)
        made += 1
    print("%d cases written, %d value sets refused by Helm and skipped" % (made, refused))
    print("FILES.sha256: %d files" % write_manifest(HERE))


if __name__ == "__main__":
    main()
