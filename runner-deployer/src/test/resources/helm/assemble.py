"""Turns `helm install --dry-run=client -o json` outputs into stored release records.

usage: assemble.py IN_DIR OUT_DIR
"""
import json
import sys

IN, OUT = sys.argv[1], sys.argv[2]


def record(name, version, status, description, first, last):
    with open(f"{IN}/{name}.json") as f:
        release = json.load(f)
    release["chart"] = {"metadata": release["chart"]["metadata"], "lock": release["chart"].get("lock")}
    release["version"] = version
    release["info"] = {
        "first_deployed": first,
        "last_deployed": last,
        "deleted": "",
        "description": description,
        "status": status,
    }
    return release


def write(name, release):
    with open(f"{OUT}/{name}.release.json", "w") as f:
        json.dump(release, f, indent=1, sort_keys=True)
        f.write("\n")


T1, T2, T3 = "2026-11-02T09:00:00Z", "2026-11-09T09:00:00Z", "2026-11-16T09:00:00Z"
write("plain", record("plain", 1, "deployed", "Install complete", T1, T1))
write("nats", record("nats", 1, "deployed", "Install complete", T1, T1))
write("history-1", record("history-1", 1, "superseded", "Install complete", T1, T1))
write("history-2", record("history-2", 2, "superseded", "Upgrade complete", T1, T2))
write("history-3", record("history-3", 3, "deployed", "Upgrade complete", T1, T3))
