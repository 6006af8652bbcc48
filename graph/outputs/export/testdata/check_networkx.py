#!/usr/bin/python3
"""Reads the exports of the demo data back with NetworkX and checks them.

Run by TestNetworkX (networkx_test.go) with Debian's /usr/bin/python3 and
python3-networkx (2.8):

    check_networkx.py DIR

DIR holds demo.graphml, demo.gexf and demo.json (ties only) and
groups.graphml, groups.gexf and groups.json (Options.Groups), plus
mixed.gexf and mixed.json, a small network with both directed and mutual
ties. Exits non-zero with a message on the first mismatch.
"""
import json
import math
import os
import sys

import networkx as nx

d = sys.argv[1]


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def close(a, b):
    return a is not None and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def load(name):
    path = os.path.join(d, name)
    if name.endswith(".graphml"):
        return nx.read_graphml(path)
    if name.endswith(".gexf"):
        return nx.read_gexf(path)
    with open(path, encoding="utf-8") as f:
        return nx.node_link_graph(json.load(f))


# Expected values come from the Go test, which computes them from the same
# analysis (expected.json), so the script checks the files, not the maths.
with open(os.path.join(d, "expected.json"), encoding="utf-8") as f:
    want = json.load(f)

for fmt in ("graphml", "gexf", "json"):
    for variant in ("demo", "groups"):
        name = f"{variant}.{fmt}"
        g = load(name)
        w = want[variant]
        check(g.is_directed(), f"{name}: not directed")
        check(not g.is_multigraph(), f"{name}: multigraph")
        check(g.number_of_nodes() == w["nodes"], f"{name}: {g.number_of_nodes()} nodes, want {w['nodes']}")
        check(g.number_of_edges() == w["edges"], f"{name}: {g.number_of_edges()} edges, want {w['edges']}")
        for pid, attrs in w["people"].items():
            n = g.nodes[pid]
            for k, v in attrs.items():
                got = n.get(k)
                if isinstance(v, float):
                    check(close(got, v), f"{name}: {pid}.{k} = {got!r}, want {v!r}")
                else:
                    check(got == v, f"{name}: {pid}.{k} = {got!r}, want {v!r}")
            for k in w["undefined"].get(pid, []):
                check(n.get(k) is None, f"{name}: {pid}.{k} = {n.get(k)!r}, want undefined")
        for a, b, attrs in w["ties"]:
            e = g.edges[a, b]
            for k, v in attrs.items():
                got = e.get(k)
                if isinstance(v, float):
                    check(close(got, v), f"{name}: {a}->{b}.{k} = {got!r}, want {v!r}")
                else:
                    check(got == v, f"{name}: {a}->{b}.{k} = {got!r}, want {v!r}")
        if variant == "groups":
            for gid, attrs in w["groups"].items():
                n = g.nodes[gid]
                for k, v in attrs.items():
                    check(n.get(k) == v, f"{name}: {gid}.{k} = {n.get(k)!r}, want {v!r}")

# Mixed data: mutual ties are both directions, a directed tie one.
for name in ("mixed.gexf", "mixed.json"):
    g = load(name)
    w = want["mixed"]
    check(g.is_directed(), f"{name}: not directed")
    check(g.number_of_nodes() == w["nodes"], f"{name}: {g.number_of_nodes()} nodes")
    check(g.number_of_edges() == w["arcs"], f"{name}: {g.number_of_edges()} arcs, want {w['arcs']}")
    for a, b in w["mutual"]:
        check(g.has_edge(a, b) and g.has_edge(b, a), f"{name}: mutual {a}-{b} not both ways")
    for a, b in w["oneway"]:
        check(g.has_edge(a, b) and not g.has_edge(b, a), f"{name}: {a}->{b} not one way")
    for a, b in w["names"]:
        check(g.nodes[a]["label"] == b, f"{name}: label of {a} = {g.nodes[a]['label']!r}, want {b!r}")

print("ok")
