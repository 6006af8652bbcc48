#!/usr/bin/python3
"""Writes the NetworkX fixtures of ties' GraphML and GEXF readers.

Run with Debian's interpreter and its python3-networkx (2.8.8):

    /usr/bin/python3 testdata/graphs/make_networkx.py

A small professional network, written as NetworkX writes it, undirected
and directed, to GraphML (nx.write_graphml) and GEXF (nx.write_gexf).
Nodes carry text, integer, float and boolean attributes and a label for
some; edges a weight and a relation. importers/graph_networkx_test.go
checks what ties reads from each.
"""
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))

PEOPLE = [
    # id, label, country, profession, age, score, member
    ("anna", "Anna Lind", "Sweden", "engineer", 34, 0.5, True),
    ("bo", "Bo Ek", "Sweden", "designer", 41, 1.25, False),
    ("cy", None, "Norway", "engineer", 29, 2.0, True),
    ("dana", "Dana Øberg", "Denmark", "lawyer", 52, 0.0, False),
    ("eve", "Eve", "Sweden", "physician", 38, 3.5, True),
]

TIES = [
    # source, target, weight, relation
    ("anna", "bo", 3.0, "advice"),
    ("bo", "cy", 1.0, "advice"),
    ("cy", "anna", 2.5, "friendship"),
    ("anna", "dana", 1.0, "advice"),
    ("dana", "eve", 4.0, "introduction"),
]


def build(graph):
    for pid, label, country, profession, age, score, member in PEOPLE:
        attrs = dict(country=country, profession=profession, age=age, score=score, member=member)
        if label is not None:
            attrs["label"] = label
        graph.add_node(pid, **attrs)
    for s, t, w, rel in TIES:
        graph.add_edge(s, t, weight=w, relation=rel)
    return graph


def main():
    for name, graph in [("undirected", nx.Graph()), ("directed", nx.DiGraph())]:
        g = build(graph)
        nx.write_graphml(g, os.path.join(HERE, "networkx_%s.graphml" % name))
        nx.write_gexf(g, os.path.join(HERE, "networkx_%s.gexf" % name))


if __name__ == "__main__":
    main()
