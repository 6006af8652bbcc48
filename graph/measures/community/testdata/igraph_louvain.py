"""Time igraph's community_multilevel (Louvain) on the benchmark graphs of
graph/measures/community, for comparison with BenchmarkLouvain.

    TIES_LOUVAIN_EDGES=/tmp/louvain go test -run TestWriteBenchGraphs ./graph/measures/community
    /usr/bin/python3 graph/measures/community/testdata/igraph_louvain.py /tmp/louvain

Needs Debian's python3-igraph (Debian's own /usr/bin/python3). Prints, per
graph and weighting, the median CPU time of community_multilevel and the
mean modularity over the runs (seeds 1..runs of Python's random, which
igraph uses for its node order).
"""
import glob
import os
import random
import statistics
import sys
import time

import igraph


def main():
    folder = sys.argv[1]
    for path in sorted(glob.glob(os.path.join(folder, "*.txt")), key=lambda p: int(os.path.basename(p)[:-4])):
        n = int(os.path.basename(path)[:-4])
        edges, weights = [], []
        with open(path) as f:
            for line in f:
                u, v, w = line.split()
                edges.append((int(u), int(v)))
                weights.append(float(w))
        g = igraph.Graph(n=n, edges=edges)
        g.es["weight"] = weights
        runs = 10 if n <= 2000 else 5 if n <= 20000 else 1
        for weighted in (False, True):
            w = "weight" if weighted else None
            cpu, q = [], []
            for seed in range(1, runs + 1):
                random.seed(seed)
                igraph.set_random_number_generator(random)
                t0 = time.process_time()
                cl = g.community_multilevel(weights=w)
                cpu.append(time.process_time() - t0)
                q.append(g.modularity(cl.membership, weights=w))
            print(f"n={n} m={len(edges)} weighted={weighted}: median CPU {statistics.median(cpu):.3f} s, "
                  f"mean Q {statistics.mean(q):.4f} ({runs} runs)")


if __name__ == "__main__":
    main()
