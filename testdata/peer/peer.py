#!/usr/bin/python3
"""Peer benchmark: the same analysis steps timed in ties, python-igraph and
NetworkX on generated social-like data (testdata/peer/README.md).

    /usr/bin/python3 testdata/peer/peer.py --sizes 2000,20000 --markdown /tmp/peer.md
    /usr/bin/python3 testdata/peer/peer.py --sizes 20000 --exact-betweenness
    /usr/bin/python3 testdata/peer/peer.py --sizes 2000,20000 --big   # adds 200 000

For each size it generates the data with gen.py (cached in --work), runs the
Go steps program (testdata/peer/steps) once, then each peer library in a
worker process of its own that loads the same CSV files and times the same
steps, with a time limit per step. It prints an aligned table per size and,
with --markdown, writes the tables as Markdown. Run it with Debian's
/usr/bin/python3 (python3-networkx, python3-igraph, python3-scipy) from
anywhere; it finds the repository from its own path.
"""

import argparse
import csv
import json
import math
import os
import platform
import re
import resource
import selectors
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

STEPS = [
    ("load_build", "load + build"),
    ("constraint", "constraint"),
    ("effective_size", "effective size"),
    ("louvain", "Louvain"),
    ("reciprocity", "reciprocity"),
    ("betweenness_exact", "betweenness, exact"),
    ("betweenness_sampled", "betweenness, sampled (ties: pairs; NetworkX: {k} sources)"),
]

# The igraph figures quoted in issue 3 for 20 000 people on this machine.
QUOTED_IGRAPH_20K = {
    "load_build": 0.9, "constraint": 0.8, "effective_size": 0.03,
    "louvain": 1.5, "reciprocity": 0.01, "betweenness_exact": 235.0,
}
# Issue 3's targets at 20 000 people: ties at least as fast as igraph, and
# exact betweenness at least 2x faster.
TARGET_FACTOR = {"load_build": 1, "constraint": 1, "effective_size": 1,
                 "louvain": 1, "reciprocity": 1, "betweenness_exact": 2}
TARGET_SIZE = 20000
ANALYZE_LIMIT_S = 120
ANALYZE_LIMIT_BYTES = 4 << 30


# ---------------------------------------------------------------- workers


def read_csvs(d):
    with open(os.path.join(d, "people.csv"), newline="") as f:
        r = csv.reader(f)
        header = next(r)
        people = list(r)
    with open(os.path.join(d, "ties.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        arcs = [(s, t, float(w)) for s, t, w in r]
    return header, people, arcs


def load_igraph(d):
    import igraph as ig
    header, people, arcs = read_csvs(d)
    index = {row[0]: i for i, row in enumerate(people)}
    names = [row[0] for row in people]
    edges = []
    weights = []
    for s, t, w in arcs:
        for x in (s, t):
            if x not in index:
                index[x] = len(names)
                names.append(x)
        edges.append((index[s], index[t]))
        weights.append(w)
    attrs = {"name": names}
    for k, col in enumerate(header[1:], 1):
        attrs[col] = [row[k] for row in people] + [""] * (len(names) - len(people))
    dg = ig.Graph(n=len(names), edges=edges, directed=True,
                  vertex_attrs=attrs, edge_attrs={"weight": weights})
    ug = dg.as_undirected(mode="collapse", combine_edges="sum")
    return {"d": dg, "u": ug}


def load_networkx(d):
    import networkx as nx
    header, people, arcs = read_csvs(d)
    D = nx.DiGraph()
    D.add_nodes_from((row[0], dict(zip(header[1:], row[1:]))) for row in people)
    G = nx.Graph()
    G.add_nodes_from(D.nodes(data=True))
    for s, t, w in arcs:
        if D.has_edge(s, t):
            D[s][t]["weight"] += w
        else:
            D.add_edge(s, t, weight=w)
        if G.has_edge(s, t):
            G[s][t]["weight"] += w
        else:
            G.add_edge(s, t, weight=w)
    return {"d": D, "u": G}


def finite_sum(xs):
    return sum(x for x in xs if x is not None and not math.isnan(x))


def step_igraph(step, g, a):
    """Runs one step; returns (seconds, checks). Checks are not timed."""
    import random
    u, d = g["u"], g["d"]
    t = time.perf_counter()
    if step == "constraint":
        c = u.constraint()
        s = time.perf_counter() - t
        return s, {"constraint_sum": finite_sum(c)}
    if step == "louvain":
        random.seed(a.seed)  # igraph draws from Python's random
        cl = u.community_multilevel()
        s = time.perf_counter() - t
        return s, {"louvain_communities": len(cl), "louvain_modularity": cl.modularity}
    if step == "reciprocity":
        r = d.reciprocity()
        s = time.perf_counter() - t
        return s, {"reciprocity": r}
    if step == "betweenness_exact":
        b = u.betweenness(directed=False)
        s = time.perf_counter() - t
        return s, {"betweenness_raw_sum": finite_sum(b)}
    raise ValueError("igraph: no step " + step)


def step_networkx(step, g, a):
    import networkx as nx
    G, D = g["u"], g["d"]
    n = G.number_of_nodes()
    t = time.perf_counter()
    if step == "constraint":
        c = nx.constraint(G)
        s = time.perf_counter() - t
        return s, {"constraint_sum": finite_sum(c.values())}
    if step == "effective_size":
        e = nx.effective_size(G)
        s = time.perf_counter() - t
        return s, {"effective_size_sum": finite_sum(e.values())}
    if step == "louvain":
        comms = nx.community.louvain_communities(G, weight=None, seed=a.seed)
        s = time.perf_counter() - t
        q = nx.community.modularity(G, comms, weight=None)
        return s, {"louvain_communities": len(comms), "louvain_modularity": q}
    if step == "reciprocity":
        r = nx.reciprocity(D)
        s = time.perf_counter() - t
        return s, {"reciprocity": r}
    if step in ("betweenness_exact", "betweenness_sampled"):
        k = a.samples if step == "betweenness_sampled" and a.samples < n else None
        b = nx.betweenness_centrality(G, k=k, seed=a.seed if k else None)
        s = time.perf_counter() - t
        key = "betweenness_raw_sum" if step == "betweenness_exact" else "betweenness_sampled_raw_sum"
        return s, {key: finite_sum(b.values()) * (n - 1) * (n - 2) / 2}
    raise ValueError("networkx: no step " + step)


def worker(a):
    """Loads the data and runs the steps, one JSON line per step on stdout."""
    load = load_igraph if a.worker == "igraph" else load_networkx
    run = step_igraph if a.worker == "igraph" else step_networkx

    def emit(obj):
        obj["max_rss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps(obj), flush=True)

    __import__(a.worker)  # the import is not part of load + build
    best = math.inf
    for _ in range(max(1, a.repeat)):
        g = None
        t = time.perf_counter()
        g = load(a.dir)
        best = min(best, time.perf_counter() - t)
    emit({"step": "load_build", "seconds": best, "check": {}})
    for step in [s for s in a.steps.split(",") if s]:
        try:
            best = math.inf
            for _ in range(max(1, a.repeat)):
                s, check = run(step, g, a)
                best = min(best, s)
            emit({"step": step, "seconds": best, "check": check})
        except Exception as e:  # reported in the table, the others go on
            emit({"step": step, "error": "%s: %s" % (type(e).__name__, e)})


# ---------------------------------------------------------------- driver


class Cell:
    """A table cell: a measured time, or a reason there is none."""

    def __init__(self, seconds=None, note=None, quoted=False):
        self.seconds, self.note, self.quoted = seconds, note, quoted

    def text(self):
        if self.seconds is None:
            return self.note or ""
        t = fmt_s(self.seconds)
        if self.quoted:
            return "%s (quoted, not measured)" % t
        return t + (" " + self.note if self.note else "")


def fmt_s(s):
    if s >= 100:
        return "%.0f s" % s
    if s >= 10:
        return "%.1f s" % s
    if s >= 0.1:
        return "%.2f s" % s
    if s >= 0.001:
        return "%.1f ms" % (s * 1000)
    return "%.2f ms" % (s * 1000)


def fmt_bytes(b):
    return "%.0f MiB" % (b / 2**20) if b < 2**30 else "%.2f GiB" % (b / 2**30)


def fmt_ratio(r):
    return ("%.0f×" if r >= 100 else "%.1f×" if r >= 10 else "%.2f×") % r


def ratio(peer, ties, timeout):
    """peer time / ties time; a lower bound when the peer timed out."""
    if ties is None or ties.seconds is None or ties.seconds <= 0 or peer is None:
        return ""
    if peer.seconds is None:
        if peer.note and peer.note.startswith("timeout"):
            return "> " + fmt_ratio(timeout / ties.seconds)
        return ""
    return fmt_ratio(peer.seconds / ties.seconds) + (" (quoted)" if peer.quoted else "")


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def generate(a, n, name=None, extra=()):
    d = os.path.join(a.work, name or str(n))
    stamp = os.path.join(d, "gen.json")
    want = {"n": n, "seed": a.seed, "gen": os.path.getmtime(os.path.join(HERE, "gen.py")), "extra": list(extra)}
    try:
        with open(stamp) as f:
            if json.load(f) == want:
                return d
    except (OSError, ValueError):
        pass
    log("generating %d people in %s" % (n, d))
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--n", str(n), "--out", d,
                    "--seed", str(a.seed)] + list(extra), check=True)
    with open(stamp, "w") as f:
        json.dump(want, f)
    return d


def build_go(a):
    os.makedirs(a.work, exist_ok=True)
    steps_bin = os.path.join(a.work, "steps")
    ties_bin = os.path.join(a.work, "ties")
    log("building %s and %s" % (steps_bin, ties_bin))
    subprocess.run(["go", "build", "-o", steps_bin, "./testdata/peer/steps"], cwd=REPO, check=True)
    if (a.analyze or a.inspect or a.large) and \
            subprocess.run(["go", "build", "-o", ties_bin, "./cmd/ties"], cwd=REPO).returncode != 0:
        log("peer.py: cmd/ties does not build: whole analyze and inspect not timed")
        a.analyze = a.inspect = a.large = False
    return steps_bin, ties_bin


def run_ties_steps(a, steps_bin, d, n):
    cmd = [steps_bin, "-dir", d, "-samples", str(a.samples), "-seed", str(a.seed), "-repeat", str(a.repeat),
           "-exact=%s" % ("true" if n <= a.exact_max else "false")]
    log("ties: " + " ".join(cmd))
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, timeout=a.timeout * len(STEPS) * max(1, a.repeat))
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if p.returncode != 0:
        return None, "exit %d" % p.returncode
    return json.loads(p.stdout), None


def run_peer(a, lib, d, steps):
    """Runs steps in a worker, restarting it after a step that times out.
    Returns ({step: Cell}, {check}, max_rss_bytes)."""
    cells, checks, rss = {}, {}, 0
    remaining = list(steps)
    first = True
    while first or remaining:
        cmd = [sys.executable, os.path.abspath(__file__), "--worker", lib, "--dir", d,
               "--steps", ",".join(remaining), "--seed", str(a.seed), "--samples", str(a.samples),
               "--repeat", str(a.repeat if lib == "igraph" else 1)]
        log("%s: %s" % (lib, ", ".join(["load_build"] + remaining)))
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        sel = selectors.DefaultSelector()
        sel.register(p.stdout, selectors.EVENT_READ)
        expect = ["load_build"] + remaining
        done = 0
        for step in expect:
            if not sel.select(timeout=a.timeout * (max(1, a.repeat) if lib == "igraph" else 1)):
                p.kill()
                p.wait()
                cells.setdefault(step, Cell(note="timeout (> %d s)" % a.timeout))
                if step == "load_build":
                    for s in remaining:
                        cells[s] = Cell(note="not run (load timed out)")
                    remaining = []
                else:
                    remaining = remaining[remaining.index(step) + 1:]
                break
            line = p.stdout.readline()
            if not line:  # the worker died
                p.wait()
                for s in expect[done:]:
                    cells.setdefault(s, Cell(note="failed (exit %d)" % p.returncode))
                remaining = []
                break
            r = json.loads(line)
            rss = max(rss, r.get("max_rss_bytes", 0))
            done += 1
            if r["step"] == "load_build" and not first:
                continue
            if "error" in r:
                cells[r["step"]] = Cell(note="error")
                log("%s %s: %s" % (lib, r["step"], r["error"]))
            else:
                cells[r["step"]] = Cell(r["seconds"])
                checks.update(r["check"])
            log("%s %-20s %s" % (lib, r["step"], cells[r["step"]].text()))
        else:
            p.wait()
            remaining = []
        first = False
    return cells, checks, rss


def run_analyze(a, ties_bin, d, n, ties=True, memberships=None):
    cmd = [ties_bin, "analyze", "--people", os.path.join(d, "people.csv")]
    if ties:
        cmd += ["--ties", os.path.join(d, "ties.csv")]
    if a.analyze_memberships if memberships is None else memberships:
        cmd += ["--memberships", os.path.join(d, "memberships.csv")]
    cmd += ["--format", "json", "--out", "/dev/null", "--quiet"]
    if a.analyze_samples is not None:
        cmd += ["--betweenness-samples", str(a.analyze_samples)]
    return timed(a, cmd, "analyze")


def timed(a, cmd, what):
    """Runs cmd under /usr/bin/time -v: wall seconds and peak RSS."""
    log("%s: %s" % (what, " ".join(cmd)))
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, timeout=max(a.timeout, 1800))
    wall = rss = None
    cpu = 0.0
    for line in p.stderr.splitlines():
        m = re.search(r"(?:User|System) time \(seconds\): ([\d.]+)$", line)
        if m:
            cpu += float(m.group(1))
        m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)$", line)
        if m:
            wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", line)
        if m:
            rss = int(m.group(1)) * 1024
    return {"command": " ".join(cmd), "exit": p.returncode, "wall_s": wall, "cpu_s": cpu, "max_rss_bytes": rss,
            "stderr_tail": p.stderr.splitlines()[-25:] if p.returncode else []}


def run_inspect(a, ties_bin, d):
    """A whole `ties inspect` of people + ties, the process included (start,
    reading, checking every row, the summary, JSON out): best of
    max(3, --repeat) runs. Returns (seconds, bytes of input) or (None, note)."""
    files = [os.path.join(d, "people.csv"), os.path.join(d, "ties.csv")]
    cmd = [ties_bin, "inspect", "--people", files[0], "--ties", files[1],
           "--format", "json", "--out", "/dev/null", "--quiet"]
    log("inspect: " + " ".join(cmd))
    best = None
    for _ in range(max(3, a.repeat)):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        s = time.perf_counter() - t0
        if p.returncode != 0:
            log("inspect failed: " + p.stderr[-2000:])
            return None, "failed (exit %d)" % p.returncode
        best = s if best is None else min(best, s)
    return best, sum(os.path.getsize(f) for f in files)


def plan(a, n):
    """Which steps each peer runs at size n, and the notes for the others."""
    ig_steps, nx_steps = [], []
    ig_notes, nx_notes = {}, {}
    for step, _ in STEPS:
        # igraph
        if step in ("effective_size",):
            ig_notes[step] = "n/a"
        elif step == "betweenness_sampled":
            ig_notes[step] = "n/a"
        elif step == "betweenness_exact" and not (a.exact_betweenness and n <= a.exact_max):
            ig_notes[step] = "not run (--exact-betweenness)" if n <= a.exact_max else "skipped (too slow)"
        elif n > a.igraph_max:
            ig_notes[step] = "skipped (size)"
        else:
            ig_steps.append(step)
        # NetworkX
        slow = step in ("constraint", "effective_size", "betweenness_exact", "betweenness_sampled")
        if n > a.nx_max or (slow and n > a.nx_slow_max):
            nx_notes[step] = "skipped (too slow)"
        else:
            nx_steps.append(step)
    return ig_steps, ig_notes, nx_steps, nx_notes


def bench_size(a, n, steps_bin, ties_bin):
    d = generate(a, n)
    res = {"n": n, "dir": d}
    ties, err = run_ties_steps(a, steps_bin, d, n)
    res["ties_raw"] = ties
    tcells = {}
    for step, _ in STEPS:
        if ties is None:
            tcells[step] = Cell(note="failed (%s)" % err)
        elif step in ties["seconds"]:
            tcells[step] = Cell(ties["seconds"][step])
        elif step == "betweenness_exact":
            tcells[step] = Cell(note="skipped (too slow)")
        else:
            tcells[step] = Cell(note="not run")
    ig_steps, ig_notes, nx_steps, nx_notes = plan(a, n)
    for lib, steps, notes in (("igraph", ig_steps, ig_notes), ("networkx", nx_steps, nx_notes)):
        if not have(lib):
            notes.update({s: "%s not installed" % lib for s in steps})
            steps.clear()
    icells, ichecks, irss = ({}, {}, 0)
    if ig_steps:
        icells, ichecks, irss = run_peer(a, "igraph", d, [s for s in ig_steps if s != "load_build"])
    xcells, xchecks, xrss = ({}, {}, 0)
    if nx_steps:
        xcells, xchecks, xrss = run_peer(a, "networkx", d, [s for s in nx_steps if s != "load_build"])
    for step, note in ig_notes.items():
        if step == "betweenness_exact" and n == TARGET_SIZE and note.startswith("not run"):
            icells[step] = Cell(QUOTED_IGRAPH_20K[step], quoted=True)
        else:
            icells.setdefault(step, Cell(note=note))
    for step, note in nx_notes.items():
        xcells.setdefault(step, Cell(note=note))
    res.update(ties=tcells, igraph=icells, networkx=xcells,
               checks={"ties": (ties or {}).get("check", {}), "igraph": ichecks, "networkx": xchecks},
               memory={"ties": (ties or {}).get("peak_rss_bytes"), "igraph": irss, "networkx": xrss})
    if a.analyze:
        res["analyze"] = run_analyze(a, ties_bin, d, n)
    if a.inspect:
        res["inspect"] = run_inspect(a, ties_bin, d)
    return res


def have(lib):
    """Whether this Python can import lib (the table says so if not)."""
    try:
        __import__(lib)
        return True
    except Exception:
        return False


def bench_large(a, ties_bin):
    """Issue 15's member-list targets: 200 000 people, 300 000 memberships in
    Zipf-sized networks (the largest 16 050 members), with the 2 000 000 ties
    and without a ties file: a whole `ties analyze --format json`, each
    under 60 s and 4 GiB; and a 30 000-contact LinkedIn export with 45 000
    memberships in Zipf-sized networks (the largest 2 400 members): a whole
    `ties report`, under 30 s. Each row: one run, its load average before."""
    d = generate(a, 200000, "zipf-200000", ["--zipf-memberships", "300000", "--zipf-largest", "16050"])
    out = []
    for label, ties in (("`analyze`: 200 000 people, 300 000 memberships, 2 000 000 ties", True),
                        ("`analyze`: 200 000 people, 300 000 memberships, no ties file", False)):
        load = os.getloadavg()[0]
        r = run_analyze(a, ties_bin, d, 200000, ties=ties, memberships=True)
        r.update(label=label, limit_s=60, limit_bytes=4 << 30, load=load)
        out.append(r)
    li = generate(a, 30000, "linkedin-30000", ["--linkedin", "--zipf-memberships", "45000", "--zipf-largest", "2400"])
    load = os.getloadavg()[0]
    r = timed(a, [ties_bin, "report", "--people", os.path.join(li, "Connections.csv"),
                  "--memberships", os.path.join(li, "memberships.csv"), "--out", os.path.join(li, "report.html"),
                  "--quiet"], "report")
    r.update(label="`report`: LinkedIn export, 30 000 contacts, 45 000 memberships", limit_s=30,
             limit_bytes=None, load=load)
    out.append(r)
    return out


def target(step, n, t, i):
    """Issue 3's target at 20 000 people: 'yes', 'NO' or ''."""
    if n != TARGET_SIZE or step not in TARGET_FACTOR or t.seconds is None:
        return ""
    ref = i.seconds if i.seconds is not None else QUOTED_IGRAPH_20K.get(step)
    if ref is None:
        return ""
    f = TARGET_FACTOR[step]
    src = "" if i.seconds is not None and not i.quoted else " (quoted %s)" % fmt_s(ref)
    want = "≤ igraph" if f == 1 else "≥ %d× faster than igraph" % f
    ok = t.seconds * f <= ref
    return "%s: %s%s" % (want, "yes" if ok else "NO", src)


def tables(a, results):
    """Returns [(title, header, rows, notes)] for every size."""
    out = []
    for r in results:
        n = r["n"]
        raw = r.get("ties_raw") or {}
        title = "%d people, %s arcs (%s undirected edges), GOMAXPROCS=%s" % (
            n, raw.get("arcs", "?"), raw.get("edges", "?"), raw.get("gomaxprocs", "?"))
        header = ["step", "ties", "igraph", "NetworkX", "igraph/ties", "NetworkX/ties"]
        with_target = n == TARGET_SIZE
        if with_target:
            header.append("issue 3 target")
        rows = []
        for step, label in STEPS:
            t, i, x = r["ties"][step], r["igraph"][step], r["networkx"][step]
            row = [label.format(k=a.samples), t.text(), i.text(), x.text(), ratio(i, t, a.timeout), ratio(x, t, a.timeout)]
            if with_target:
                row.append(target(step, n, t, i))
            rows.append(row)
        if r.get("inspect"):
            secs, size = r["inspect"]
            t = Cell(secs) if secs is not None else Cell(note=size)
            i, x = r["igraph"]["load_build"], r["networkx"]["load_build"]
            row = ["whole `ties inspect` vs load + build", t.text(), i.text(), x.text(),
                   ratio(i, t, a.timeout), ratio(x, t, a.timeout)]
            if with_target:
                ok = secs is not None and i.seconds is not None and secs * 2 <= i.seconds
                row.append("≥ 2× faster than igraph (issue 15): %s" % ("yes" if ok else "NO") if i.seconds else "")
            rows.append(row)
        mem = r["memory"]
        row = ["peak memory (RSS)", fmt_bytes(mem["ties"]) if mem["ties"] else "",
               fmt_bytes(mem["igraph"]) if mem["igraph"] else "",
               fmt_bytes(mem["networkx"]) if mem["networkx"] else "", "", ""]
        if with_target:
            row.append("")
        rows.append(row)
        notes = []
        an = r.get("analyze")
        if an:
            if an["exit"] == 0 and an["wall_s"] is not None:
                ok = an["wall_s"] < ANALYZE_LIMIT_S and (an["max_rss_bytes"] or 0) < ANALYZE_LIMIT_BYTES
                notes.append("whole `ties analyze` (%s, %s): %s wall, %s max RSS%s" % (
                    "people + ties + memberships" if a.analyze_memberships else "people + ties",
                    "default betweenness sampling" if a.analyze_samples is None
                    else "--betweenness-samples %d" % a.analyze_samples,
                    fmt_s(an["wall_s"]), fmt_bytes(an["max_rss_bytes"] or 0),
                    (" — issue 3 target (< 2 min, < 4 GiB): " + ("yes" if ok else "NO")) if n >= 200000 else ""))
            else:
                notes.append("whole `ties analyze`: failed (exit %s)" % an["exit"])
        if r.get("inspect") and r["inspect"][0] is not None:
            secs, size = r["inspect"]
            notes.append("whole `ties inspect` reads %.1f MB of people and ties at %.0f MB/s%s" % (
                size / 1e6, size / 1e6 / secs, " (issue 15: at least 50 MB/s at 200 000 people: %s)" % (
                    "yes" if size / 1e6 / secs >= 50 else "NO") if n >= 200000 else ""))
        out.append((title, header, rows, notes, check_rows(r)))
    return out


CHECKS = [
    ("constraint_sum", "Σ constraint"),
    ("effective_size_sum", "Σ effective size"),
    ("louvain_communities", "Louvain communities"),
    ("louvain_modularity", "Louvain modularity"),
    ("reciprocity", "reciprocity"),
    ("betweenness_raw_sum", "Σ betweenness (raw, exact)"),
    ("betweenness_sampled_raw_sum", "Σ betweenness (raw, sampled)"),
]


def check_rows(r):
    rows = []
    for key, label in CHECKS:
        vals = [r["checks"][lib].get(key) for lib in ("ties", "igraph", "networkx")]
        if all(v is None for v in vals):
            continue
        rows.append([label] + ["" if v is None else ("%d" % v if key == "louvain_communities" else "%.6g" % v)
                               for v in vals])
    return rows


def aligned(header, rows):
    w = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w[k]) for k, c in enumerate(cells)).rstrip()
    return "\n".join([line(header), line(["-" * k for k in w])] + [line(r) for r in rows])


def markdown(header, rows):
    esc = lambda s: str(s).replace("|", "\\|")
    out = ["| " + " | ".join(map(esc, header)) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(map(esc, r)) + " |" for r in rows]
    return "\n".join(out)


def versions():
    v = {"python": platform.python_version()}
    for mod in ("igraph", "networkx"):
        try:
            v[mod] = __import__(mod).__version__
        except Exception:
            v[mod] = "missing"
    try:
        v["go"] = subprocess.run(["go", "env", "GOVERSION"], stdout=subprocess.PIPE, text=True).stdout.strip()
    except OSError:
        v["go"] = "?"
    v["cpus"] = os.cpu_count()
    return v


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="2000,20000", help="comma-separated numbers of people (default 2000,20000)")
    ap.add_argument("--big", action="store_true", help="add 200000 people (ties and igraph; NetworkX skipped)")
    ap.add_argument("--exact-betweenness", action="store_true",
                    help="measure igraph's exact betweenness (50 s to 4 minutes at 20 000 people); "
                         "otherwise issue 3's figure is shown, marked as quoted")
    ap.add_argument("--exact-max", type=int, default=20000, help="largest size for exact betweenness (default 20000)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds allowed to one peer step (default 300)")
    ap.add_argument("--nx-max", type=int, default=20000, help="largest size for any NetworkX step (default 20000)")
    ap.add_argument("--nx-slow-max", type=int, default=2000,
                    help="largest size for NetworkX constraint, effective size and betweenness (default 2000)")
    ap.add_argument("--igraph-max", type=int, default=200000, help="largest size for igraph (default 200000)")
    ap.add_argument("--samples", type=int, default=1000, help="sources for sampled betweenness (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each ties and igraph step R times and keep the shortest (NetworkX runs once; default 1)")
    ap.add_argument("--no-analyze", dest="analyze", action="store_false",
                    help="do not time a whole `ties analyze` run")
    ap.add_argument("--analyze-samples", type=int,
                    help="--betweenness-samples for the whole `ties analyze` run "
                         "(default: ties' own rule, exact up to 5 000 people, 250 sources at 200 000)")
    ap.add_argument("--no-inspect", dest="inspect", action="store_false",
                    help="do not time a whole `ties inspect` run (best of max(3, --repeat))")
    ap.add_argument("--large", action="store_true",
                    help="add issue 15's member-list targets: `ties analyze` of 200 000 people and 300 000 "
                         "Zipf-sized memberships with 2 000 000 ties and without (target < 60 s and < 4 GiB "
                         "each), `ties report` of a 30 000-contact LinkedIn export with 45 000 memberships "
                         "(target < 30 s); wall time, peak RSS, met or not (minutes)")
    ap.add_argument("--analyze-memberships", action="store_true",
                    help="give the whole `ties analyze` run the memberships file too")
    ap.add_argument("--work", default="/tmp/ties-peer", help="folder for data and binaries (default /tmp/ties-peer)")
    ap.add_argument("--markdown", help="also write the tables as Markdown to this file")
    ap.add_argument("--json", help="also write the raw results as JSON to this file")
    # worker mode (internal)
    ap.add_argument("--worker", choices=["igraph", "networkx"], help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    ap.add_argument("--steps", default="", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        return worker(a)

    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    if a.big and 200000 not in sizes:
        sizes.append(200000)
    if shutil.which("go") is None:
        sys.exit("peer.py: the go command is not on PATH")
    if not os.path.exists("/usr/bin/time"):
        a.analyze = False
        log("peer.py: /usr/bin/time is missing (apt-get install time): whole analyze not timed")
    steps_bin, ties_bin = build_go(a)
    load0 = os.getloadavg()[0]
    if load0 > 1.0:
        log("peer.py: warning: load average %.1f before the run: other processes compete for the %d CPUs"
            % (load0, os.cpu_count()))
    results = [bench_size(a, n, steps_bin, ties_bin) for n in sizes]
    large = bench_large(a, ties_bin) if a.large and os.path.exists("/usr/bin/time") else []
    load1 = os.getloadavg()[0]

    v = versions()
    head = ("ties peer benchmark: go %s, python-igraph %s, NetworkX %s, Python %s, %s CPUs; seed %d; "
            "best of %d runs (ties, igraph); per-step limit %d s; load average %.1f before, %.1f after" % (
                v["go"], v["igraph"], v["networkx"], v["python"], v["cpus"], a.seed, max(1, a.repeat), a.timeout,
                load0, load1))
    cmdline = "/usr/bin/python3 testdata/peer/peer.py " + " ".join(sys.argv[1:])
    print(head)
    md = ["Measured with `%s`." % cmdline, "", head + ".", ""]
    for title, header, rows, notes, checks in tables(a, results):
        print("\n" + title)
        print(aligned(header, rows))
        for note in notes:
            print(note)
        if checks:
            print("\nsame results? (sums over nodes; Louvain partitions differ by design)")
            print(aligned(["check", "ties", "igraph", "NetworkX"], checks))
        md += ["**%s**" % title, "", markdown(header, rows), ""]
        md += [note + "." if not note.endswith(".") else note for note in notes]
        if notes:
            md.append("")
        if checks:
            md += ["Same results? Sums over all nodes (Louvain partitions differ by design):", "",
                   markdown(["check", "ties", "igraph", "NetworkX"], checks), ""]
    big = [r for r in results if r["n"] >= 200000 and r.get("analyze")]
    if big:
        an = big[-1]["analyze"]
        if an["exit"] == 0 and an["wall_s"] is not None:
            ok = an["wall_s"] < ANALYZE_LIMIT_S and (an["max_rss_bytes"] or 0) < ANALYZE_LIMIT_BYTES
            line = ("whole `ties analyze` of %d people / %s ties: %s wall, %s max RSS; "
                    "issue 3 target (< 2 min, < 4 GiB): %s" % (
                        big[-1]["n"], (big[-1].get("ties_raw") or {}).get("arcs", "?"), fmt_s(an["wall_s"]),
                        fmt_bytes(an["max_rss_bytes"] or 0), "met" if ok else "NOT met"))
        else:
            line = "whole `ties analyze` of %d people: failed (exit %s)" % (big[-1]["n"], an["exit"])
        print("\n" + line)
        md += [line + ".", ""]
    if large:
        header = ["whole command", "wall", "CPU (user + system)", "peak RSS", "load average before",
                  "issue 15 target", "met?"]
        rows = []
        for r in large:
            want = "< %d s" % r["limit_s"] + (", < %s" % fmt_bytes(r["limit_bytes"]) if r["limit_bytes"] else "")
            rss = fmt_bytes(r["max_rss_bytes"]) if r["max_rss_bytes"] else ""
            if r["exit"] == 0 and r["wall_s"] is not None:
                ok = r["wall_s"] < r["limit_s"] and (not r["limit_bytes"] or (r["max_rss_bytes"] or 0) < r["limit_bytes"])
                rows.append([r["label"], fmt_s(r["wall_s"]), fmt_s(r["cpu_s"]), rss, "%.1f" % r["load"], want,
                             "yes" if ok else "NO"])
            else:
                rows.append([r["label"], "failed (exit %s)" % r["exit"], "", rss, "%.1f" % r["load"], want, "NO"])
        title = "Member lists (Zipf-sized networks; single runs)"
        note = ("The targets are wall time on this machine; with a load average above the %d CPUs other "
                "processes share them, and CPU time is the steadier figure." % os.cpu_count())
        print("\n" + title)
        print(aligned(header, rows))
        print(note)
        md += ["**%s**" % title, "", markdown(header, rows), "", note, ""]
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write("\n".join(md))
        log("wrote " + a.markdown)
    if a.json:
        def enc(o):
            return o.text() if isinstance(o, Cell) else str(o)
        with open(a.json, "w") as f:
            json.dump({"versions": v, "results": results, "large": large}, f, default=enc, indent=1)


if __name__ == "__main__":
    main()
