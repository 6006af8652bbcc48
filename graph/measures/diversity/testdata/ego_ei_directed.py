"""Reference for diversity.EgoEIDirected on testdata/golden/directed, made
with NetworkX (Debian's python3-networkx): per person, over the arcs of D at
the person (out and in; a mutual pair counts twice) whose other end has a
value, E = arcs to a different value, I = to the same one; null when the
person has no value or no such arc. The golden files have no such key.

Run from the module root: /usr/bin/python3 graph/measures/diversity/testdata/ego_ei_directed.py
"""
import csv
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "..", "..", "testdata", "golden", "directed")

with open(os.path.join(SET, "people.csv"), newline="", encoding="utf-8") as f:
    people = list(csv.DictReader(f))
D = nx.DiGraph()
D.add_nodes_from(p["id"] for p in people)
with open(os.path.join(SET, "ties.csv"), newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["source"] != row["target"]:
            D.add_edge(row["source"], row["target"])

out = {"networkx": nx.__version__}
for attr in ("dept", "country", "empty"):
    value = {p["id"]: p[attr] for p in people}
    res = {"external": {}, "internal": {}, "index": {}}
    for v in D:
        others = [u for _, u in D.out_edges(v)] + [u for u, _ in D.in_edges(v)]
        others = [u for u in others if value[u]]
        if not value[v] or not others:
            E = I = idx = None
        else:
            E = sum(1 for u in others if value[u] != value[v])
            I = len(others) - E
            idx = (E - I) / (E + I)
        res["external"][v], res["internal"][v], res["index"][v] = E, I, idx
    out[attr] = res

with open(os.path.join(HERE, "ego_ei_directed.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
