"""Reference values for graph/measures/holes on random graphs, from NetworkX.

Run with Debian's interpreter (python3-networkx 2.8):
    /usr/bin/python3 make_nx.py   # writes nx_random.json beside this file

12 G(n, p) graphs (5 to 60 nodes, isolates included), two in three with
weights from {0.5, 1, 1.7, 2, 3}. For each: nx.constraint and
nx.effective_size, unweighted and weighted, on the whole graph and on each
node's nx.ego_graph; hierarchy per Burt 1992 pp. 70-71 from
nx.local_constraint (the same formula as testdata/golden/make_golden.py).
"""
import json
import math
import os
import random

import networkx as nx
from networkx.algorithms.structuralholes import local_constraint


def hierarchy(G, v, weight):
    nb = list(G[v])
    N = len(nb)
    if N == 0:
        return None
    if N == 1:
        return 1.0
    c = [local_constraint(G, v, j, weight) for j in nb]
    C = sum(c)
    return sum((x / (C / N)) * math.log(x / (C / N)) for x in c if x > 0) / (N * math.log(N))


def num(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


random.seed(7)
cases = []
for t in range(12):
    n = random.choice([5, 12, 30, 60])
    p = random.choice([0.1, 0.2, 0.4])
    G = nx.gnp_random_graph(n, p, seed=t)
    for u, v in G.edges:
        G[u][v]["weight"] = random.choice([1, 2, 3, 0.5, 1.7]) if t % 3 else 1
    case = {"n": n, "edges": [[u, v, G[u][v]["weight"]] for u, v in G.edges]}
    for w in [None, "weight"]:
        sfx = "" if w is None else "_weighted"
        c = nx.constraint(G, weight=w)
        e = nx.effective_size(G, weight=w)
        case["constraint" + sfx] = [num(c[i]) for i in range(n)]
        case["effective_size" + sfx] = [num(e[i]) for i in range(n)]
        case["hierarchy" + sfx] = [hierarchy(G, i, w) for i in range(n)]
        ce, ee, he = [], [], []
        for i in range(n):
            E = nx.ego_graph(G, i)
            ce.append(num(nx.constraint(E, nodes=[i], weight=w)[i]))
            ee.append(num(nx.effective_size(E, nodes=[i], weight=w)[i]))
            he.append(hierarchy(E, i, w))
        case["constraint_ego" + sfx] = ce
        case["effective_size_ego" + sfx] = ee
        case["hierarchy_ego" + sfx] = he
    cases.append(case)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nx_random.json"), "w") as f:
    json.dump({"generated_by": "networkx " + nx.__version__, "cases": cases}, f, separators=(",", ":"))
    f.write("\n")
