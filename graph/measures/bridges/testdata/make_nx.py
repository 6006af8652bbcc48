"""Reference values for graph/measures/bridges on random graphs, from NetworkX.

Run with Debian's interpreter (python3-networkx 2.8):
    /usr/bin/python3 make_nx.py   # writes nx_random.json beside this file

30 graphs of 6 to 120 nodes (isolates included): G(n, p), random trees with
a few extra ties, and Watts-Strogatz rings, so that there are bridges,
articulation points and local bridges with spans from 3 up. For each:
nx.bridges, nx.local_bridges(with_span=True) (span inf written as -1) and
nx.articulation_points, pairs as [lower node, higher node], sorted.
"""
import json
import math
import os
import random

import networkx as nx

random.seed(3)
cases = []
for t in range(30):
    n = random.choice([6, 15, 40, 120])
    p = random.choice([0.01, 0.03, 0.08, 0.2]) * (40 / n if n > 40 else 1)
    G = nx.gnp_random_graph(n, min(p, 0.9), seed=t)
    if t % 4 == 0:
        G = nx.random_tree(n, seed=t)
        for _ in range(n // 5):
            a, b = random.randrange(n), random.randrange(n)
            if a != b:
                G.add_edge(a, b)
    if t % 5 == 1:
        G = nx.connected_watts_strogatz_graph(n, 4, 0.1, seed=t)
    G.add_nodes_from(range(n))
    cases.append({
        "n": n,
        "edges": sorted([min(e), max(e)] for e in G.edges),
        "bridges": sorted([min(e), max(e)] for e in nx.bridges(G)),
        "local_bridges": sorted([min(u, v), max(u, v), -1 if math.isinf(s) else s]
                                for u, v, s in nx.local_bridges(G, with_span=True)),
        "articulation_points": sorted(nx.articulation_points(G)),
    })
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nx_random.json"), "w") as f:
    json.dump({"generated_by": "networkx " + nx.__version__, "cases": cases}, f, separators=(",", ":"))
    f.write("\n")
