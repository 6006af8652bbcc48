#!/usr/bin/env python3
"""Independent reference implementation of docs/spec/evaluate.md.

This is an independent reading of docs/spec/evaluate.md (with the parts of
docs/spec/metrics.md it refers to: Burt's unweighted constraint and IQV),
written from the specification text and NOT from the Go code. The tests use it
to cross-check `ties evaluate --format json`.

Usage:
    /usr/bin/python3 testdata/evaluate/reference.py SCENARIO_DIR

SCENARIO_DIR holds people.csv (required), memberships.csv, networks.csv,
ties.csv, goals.csv (optional) and `args` (one line of command-line
arguments: `--ego ID`, `--undirected`). One JSON document is printed to
stdout: ego mode when `--ego` is given, population mode otherwise.

Python 3 standard library only. Interpretations beyond the spec and the
agreed conventions are marked "INTERPRETATION" in comments.
"""

import csv
import json
import os
import shlex
import sys


# --------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------

def read_csv(folder, name):
    """Rows of a CSV file as dicts (header names stripped), or None if absent."""
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        rows = list(reader)
    if not rows:
        return [], []
    header = [h.strip() for h in rows[0]]
    out = []
    for r in rows[1:]:
        if not r or all(c == "" for c in r):
            continue  # INTERPRETATION: blank lines are skipped
        out.append({h: (r[i] if i < len(r) else "") for i, h in enumerate(header)})
    return header, out


def number(cell):
    """A number cell; an empty (or missing) cell is unknown (None)."""
    if cell is None or cell.strip() == "":
        return None
    return float(cell.strip())


class Data:
    def __init__(self, folder):
        header, rows = read_csv(folder, "people.csv")
        self.people = [r["id"] for r in rows]
        self.attrs = [h for h in header if h not in ("id", "name")]
        # attribute values; empty cell = missing (None), never a value
        self.val = {r["id"]: {a: (r[a] if r[a] != "" else None) for a in self.attrs}
                    for r in rows}
        # K = distinct non-missing values among ALL people (convention 2)
        self.K = {a: len({self.val[p][a] for p in self.people} - {None})
                  for a in self.attrs}

        with open(os.path.join(folder, "args"), encoding="utf-8") as f:
            args = shlex.split(f.read())
        self.ego = None
        self.undirected = "--undirected" in args
        for i, a in enumerate(args):
            if a == "--ego" and i + 1 < len(args):
                self.ego = args[i + 1]
            elif a.startswith("--ego="):
                self.ego = a[len("--ego="):]
        if self.ego is not None and self.ego not in self.val:
            sys.exit("error: --ego %r is not an id of people.csv" % self.ego)

        # memberships: network -> set of people (ego included); pairs dedup
        self.members = {}
        m = read_csv(folder, "memberships.csv")
        if m is not None:
            for r in m[1]:
                self.members.setdefault(r["network"], set()).add(r["person_id"])
        # networks.csv: a network listed there is evaluated even without members
        self.info = {}
        n = read_csv(folder, "networks.csv")
        if n is not None:
            for r in n[1]:
                self.info[r["network"]] = {
                    "fee": number(r.get("fee")),
                    "hours": number(r.get("hours_per_month")),
                    "total": number(r.get("members_total")),
                }
                self.members.setdefault(r["network"], set())
        self.networks = sorted(self.members)
        self.nets_of = {p: set() for p in self.people}
        for g, ms in self.members.items():
            for p in ms:
                self.nets_of.setdefault(p, set()).add(g)

        # ties: U (undirected adjacency) and directed arc weights
        self.adj = {p: set() for p in self.people}
        self.arc = {}  # (source, target) -> summed weight
        t = read_csv(folder, "ties.csv")
        if t is not None:
            for r in t[1]:
                s, d = r["source"], r["target"]
                if s == d:
                    continue  # self-ties ignored
                self.adj[s].add(d)
                self.adj[d].add(s)
                if not self.undirected:
                    w = number(r.get("weight"))
                    w = 1.0 if w is None else w
                    self.arc[(s, d)] = self.arc.get((s, d), 0.0) + w

        # goals
        self.goals = []
        gl = read_csv(folder, "goals.csv")
        if gl is not None:
            self.goals = gl[1]

    def C(self, x):
        """Contacts of x: neighbours in the tie view U (never x itself)."""
        return self.adj.get(x, set())

    def N(self, S):
        """Union of C(x) over x in S."""
        out = set()
        for x in S:
            out |= self.C(x)
        return out


# --------------------------------------------------------------------------
# Shared figures
# --------------------------------------------------------------------------

def iqv(d, S, a):
    """IQV of attribute a over people S (metrics.md; convention 2)."""
    vals = [d.val[p][a] for p in S if d.val[p][a] is not None]
    K = d.K[a]
    if K <= 1 or not vals:
        return None
    counts = {}
    for v in vals:
        counts[v] = counts.get(v, 0) + 1
    n = len(vals)
    blau = 1.0 - sum((c / n) ** 2 for c in counts.values())
    return blau / (1.0 - 1.0 / K)


def jaccard(A, B):
    """overlap(g, h): Jaccard of the member sets (ego already excluded)."""
    u = A | B
    return len(A & B) / len(u) if u else 0.0


def redundant(Mg, candidates):
    """(redundant_with, overlap): candidates = [(name, M_h)]; largest overlap
    above 0, ties to more shared members, then name in byte order."""
    best = None
    for h, Mh in candidates:
        o = jaccard(Mg, Mh)
        if o <= 0:
            continue
        key = (-o, -len(Mg & Mh), h)
        if best is None or key < best[0]:
            best = (key, h, o)
    return (None, 0.0) if best is None else (best[1], best[2])


def median(xs):
    """Median; an even count gives the mean of the two middle values."""
    if not xs:
        return None
    s = sorted(xs)
    n = len(s)
    return float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2.0


def burt_constraint(nbrs, i):
    """Burt's unweighted constraint of i (metrics.md `constraint`);
    nbrs(x) gives x's neighbour set; None for an isolate.
    p_qj uses all of q's ties (1/|N(q)|)."""
    Ni = nbrs(i)
    if not Ni:
        return None
    ki = len(Ni)
    Nq = {q: nbrs(q) for q in Ni}
    c = 0.0
    for j in Ni:
        indirect = sum((1.0 / ki) * (1.0 / len(Nq[q]))
                       for q in Ni if q != j and j in Nq[q])
        c += (1.0 / ki + indirect) ** 2
    return c


# --------------------------------------------------------------------------
# Ego mode
# --------------------------------------------------------------------------

def H_neighbours(d, S, removed):
    """Neighbour function of H(S) (convention 3): tie of U or shared network
    under the memberships S (network -> set of people, all networks);
    `removed` = set of frozenset pairs taken out (the ties e-j, j held here)."""
    nets_of = {}
    for g, ms in S.items():
        for p in ms:
            nets_of.setdefault(p, set()).add(g)

    def nbrs(x):
        out = set(d.C(x))
        for g in nets_of.get(x, ()):
            out |= S[g]
        out.discard(x)
        return {y for y in out if frozenset((x, y)) not in removed}
    return nbrs


def constraint_change(d, e, g, held):
    """§ What e would lose: c_with - c_without."""
    S_with = {h: set(ms) for h, ms in d.members.items()}
    S_with[g].add(e)
    S_without = {h: set(ms) for h, ms in d.members.items()}
    S_without[g].discard(e)
    removed = {frozenset((e, j)) for j in held}
    c_with = burt_constraint(H_neighbours(d, S_with, set()), e)
    c_without = burt_constraint(H_neighbours(d, S_without, removed), e)
    if c_with is None or c_without is None:
        return None
    return c_with - c_without


def embeddedness(d, e, Mg):
    """§ How strong the ties are: medians of O and m, local bridges."""
    Ce = d.C(e)
    ke = len(Ce)
    Os, ms = [], []
    for j in Mg & Ce:
        Cj = d.C(j)
        m = len(Ce & Cj)
        denom = (ke - 1) + (len(Cj) - 1) - m
        Os.append(m / denom if denom != 0 else 0.0)
        ms.append(m)
    return median(Os), median(ms), sum(1 for m in ms if m == 0)


def give_take(d, e, Mg):
    """§ Give and take over arcs between e and members of g."""
    given = sum(d.arc.get((e, j), 0.0) for j in Mg)
    received = sum(d.arc.get((j, e), 0.0) for j in Mg)
    if d.undirected or given + received == 0:
        return float(given), float(received), None
    return float(given), float(received), (given - received) / (given + received)


def goal_fit(d, r, gained):
    """goal_fit: share of diversity and contacts goals g advances (convention 7).
    gained = held_only_here | new_to_ego (people)."""
    relevant = [x for x in d.goals if x.get("goal", "").strip() in ("diversity", "contacts")]
    if not relevant:
        return None
    hit = 0
    for x in relevant:
        a = x.get("attribute", "")
        if x["goal"].strip() == "diversity":
            # INTERPRETATION: a goal on an attribute absent from people.csv
            # is never advanced (it still counts in the denominator).
            if a in d.attrs and (r["unseen_values"][a] or
                                 (r["diversity_gain"][a] is not None and r["diversity_gain"][a] > 0)):
                hit += 1
        else:
            v = x.get("value", "")
            # The spec: advanced "when a member held only here or new to e
            # has that value": one such member is enough (docs/evaluate.md,
            # decision 5); the target N is what the goal asks for in all.
            n = sum(1 for p in gained if a in d.attrs and d.val[p][a] == v and v != "")
            if n >= 1:
                hit += 1
    return hit / len(relevant)


def evaluate_network(d, e, g, G_e, W):
    """All figures of one network g, from e's point of view."""
    Mg = d.members[g] - {e}
    Ce = d.C(e)
    member = g in G_e
    others = [h for h in sorted(G_e) if h != g]
    in_other = set()
    for h in others:
        in_other |= d.members[h] - {e}

    # § Foci: held_only_here and new_to_ego
    held = set()
    if member:
        for j in Mg & Ce:
            if j in in_other:
                continue
            if any(x not in Mg for x in Ce & d.C(j)):
                continue
            held.add(j)
    new = Mg - Ce - in_other

    # § What e would lose (or gain)
    W_minus = (W - held - new) if member else set(W)
    W_plus = set(W) if member else (W | Mg)
    their = d.N(Mg) - {e} - W_minus - Mg - d.N(W_minus)
    r = {"network": g, "member": member, "n_members": len(Mg),
         "new_to_ego": len(new), "held_only_here": len(held),
         "reach_only_here": {"members": len(held) + len(new),
                             "their_contacts": len(their)}}
    r["held_only_here_people"] = sorted(held)
    r["new_to_ego_people"] = sorted(new)

    # § Overlap
    rw, ov = redundant(Mg, [(h, d.members[h] - {e}) for h in others])
    r["overlap"], r["redundant_with"] = ov, rw
    r["already_known"] = len(Mg & Ce) / len(Mg) if Mg else None
    r["kept_without"] = len(Mg & W_minus) / len(Mg) if Mg else None

    # unseen_values and diversity_gain, every attribute a key
    r["unseen_values"] = {}
    r["diversity_gain"] = {}
    for a in d.attrs:
        seen = {d.val[p][a] for p in W_minus} | {d.val[e][a]}
        vals = {d.val[p][a] for p in Mg} - seen - {None}
        r["unseen_values"][a] = sorted(vals)
        i_plus, i_minus = iqv(d, W_plus, a), iqv(d, W_minus, a)
        r["diversity_gain"][a] = (None if i_plus is None or i_minus is None
                                  else i_plus - i_minus)

    r["constraint_change"] = constraint_change(d, e, g, held)
    emb, mut, lb = embeddedness(d, e, Mg)
    r["embeddedness_median"], r["mutual_contacts_median"], r["local_bridges"] = emb, mut, lb
    r["given"], r["received"], r["ego_balance"] = give_take(d, e, Mg)

    # score and cost
    score = r["reach_only_here"]["members"] + r["reach_only_here"]["their_contacts"]
    r["score"] = score
    info = d.info.get(g, {})
    hours, fee = info.get("hours"), info.get("fee")
    r["score_per_hour"] = score / hours if hours else None
    r["score_per_fee"] = score / fee if fee else None

    # partial member lists (convention 4): members_total counts everyone,
    # the ego too, so the list is partial when it exceeds the distinct
    # people listed, ego included; both counts are shown without the ego
    # (spec § Notation: the ego never counts when members are counted).
    listed = len(d.members[g])
    total = info.get("total")
    partial = total is not None and total > listed
    if partial:
        ego = 1 if d.ego in d.members[g] else 0
        r["n_members_listed"] = listed - ego
        t = total - ego
        r["n_members_total"] = int(t) if float(t).is_integer() else t
        r["members_partial"] = True

    r["goal_fit"] = goal_fit(d, r, held | new)

    # inputs of § Verdicts, decided in verdicts() once every brings is known
    n_unseen = sum(len(v) for v in r["unseen_values"].values())
    r["_brings"] = r["reach_only_here"]["members"] > 0 or n_unseen > 0
    r["_passive"] = bool(Mg) and bool(Ce) and not (Mg & Ce)
    r["_empty"] = not Mg
    r["_partial_all_known"] = partial and Mg <= Ce
    r["_hours"], r["_fee"] = hours, fee
    r["_n_unseen"] = n_unseen
    return r


def verdicts(rows):
    """§ Verdicts: rules 1-5 for networks e is in, join or not otherwise,
    and borderline (convention 6 for rule 1)."""
    by_name = {r["network"]: r for r in rows}
    for r in rows:
        n_unseen, brings = r["_n_unseen"], r["_brings"]
        their, ov, rw = r["reach_only_here"]["their_contacts"], r["overlap"], r["redundant_with"]
        bal = r["ego_balance"]
        one_sided = bal is not None and abs(bal) >= 0.5
        rule, verdict = None, None
        if r["_empty"]:
            verdict = None  # "no members listed besides you"
        elif r["member"]:
            if brings and (one_sided or r["_passive"]):
                rule, verdict = 1, "change how you take part"
            elif brings and their > 0:
                rule, verdict = 2, "keep and invest"
            elif brings:
                rule, verdict = 3, "keep"
            elif rw is not None and ov >= 0.5 and by_name[rw]["_brings"]:
                rule, verdict = 4, "leave"
            else:
                rule, verdict = 5, "reconsider"
        else:
            if brings:
                verdict = "consider joining"
            elif r["_partial_all_known"]:
                verdict = None  # newcomers unknown (convention 4)
            else:
                verdict = "not worth joining"
        bl = False
        if rule in (1, 2, 3) and r["reach_only_here"]["members"] + n_unseen == 1:
            bl = True
        if rule == 1 and one_sided and abs(bal) < 0.6:
            bl = True
        if rule in (2, 3) and bal is not None and 0.4 <= abs(bal) < 0.5:
            bl = True
        if rule == 2 and their == 1:
            bl = True
        if rule == 4 and ov < 0.6:
            bl = True
        r["verdict"], r["borderline"], r["_rule"] = verdict, bl, rule


def budget_goal(d, kind):
    """The budget of a goal `hours` or `fee`, or None.
    INTERPRETATION: with several goals of one kind, the smallest budget holds."""
    vals = [number(x.get("target")) for x in d.goals if x.get("goal", "").strip() == kind]
    vals = [v for v in vals if v is not None]
    return min(vals) if vals else None


def apply_budget(rows, kind, ratio, budget, demoted):
    """Budget rule (convention 5) for one budget; mutates rows, fills demoted."""
    mine = [r for r in rows if r["member"]]
    if sum(r[kind] for r in mine if r[kind] is not None) <= budget:
        return

    def load():
        return sum(r[kind] for r in mine
                   if r[kind] is not None and r["_rule"] in (1, 2, 3)
                   and r["network"] not in demoted)
    cands = sorted((r for r in mine if r["_rule"] in (2, 3)
                    and r["network"] not in demoted and r[ratio] is not None),
                   key=lambda r: (r[ratio], r["score"], r["network"]))
    # INTERPRETATION: the fit is checked before each demotion, so nothing is
    # demoted when rules 1-3 alone already fit even though the trigger fired.
    for r in cands:
        if load() <= budget:
            break
        demoted.add(r["network"])
        r["verdict"], r["borderline"] = "reconsider", False


def ego_mode(d):
    e = d.ego
    G_e = {g for g in d.networks if e in d.members[g]}
    W = set(d.C(e))
    for h in G_e:
        W |= d.members[h]
    W.discard(e)
    rows = [evaluate_network(d, e, g, G_e, W) for g in d.networks]
    verdicts(rows)

    demoted = set()
    hb = budget_goal(d, "hours")
    if hb is not None:
        apply_budget(rows, "_hours", "score_per_hour", hb, demoted)
    fb = budget_goal(d, "fee")
    if fb is not None:
        apply_budget(rows, "_fee", "score_per_fee", fb, demoted)

    # listing order (convention 9)
    rows.sort(key=lambda r: (-r["score"],
                             0 if r["goal_fit"] is not None else 1,
                             -(r["goal_fit"] or 0.0),
                             -r["_n_unseen"], r["network"]))
    for r in rows:
        for k in [k for k in r if k.startswith("_")]:
            del r[k]
    return {"schema_version": 2, "ego": e, "networks": rows}


# --------------------------------------------------------------------------
# Population mode (§ Population mode; convention 11)
# --------------------------------------------------------------------------

def population_mode(d):
    everyone = set(d.people)
    edges = {frozenset((u, v)) for u in d.people for v in d.C(u)}
    out = []
    for g in d.networks:
        Mg = set(d.members[g])
        outside = everyone - Mg
        r = {"network": g, "n_members": len(Mg)}
        r["iqv"] = {a: {"members": iqv(d, Mg, a), "everyone": iqv(d, everyone, a)}
                    for a in d.attrs}
        r["unseen_values"] = {
            a: sorted({d.val[p][a] for p in Mg} - {d.val[p][a] for p in outside} - {None})
            for a in d.attrs}
        E = sum(1 for ed in edges if len(ed & Mg) == 1)
        I = sum(1 for ed in edges if len(ed & Mg) == 2)
        r["ei"] = {"external": E, "internal": I,
                   "index": (E - I) / (E + I) if E + I else None}
        r["members_without_ties"] = sum(1 for p in Mg if not d.C(p))
        # INTERPRETATION: "tied to members of at least two other networks" =
        # the networks other than g held by the member's U-neighbours (taken
        # together, any neighbour, members of g included) number at least 2.
        bridging = 0
        for p in Mg:
            nets = set()
            for q in d.C(p):
                nets |= d.nets_of.get(q, set())
            nets.discard(g)
            if len(nets) >= 2:
                bridging += 1
        r["bridging_members"] = bridging
        rw, ov = redundant(Mg, [(h, set(d.members[h])) for h in d.networks if h != g])
        r["overlap"], r["redundant_with"] = ov, rw
        out.append(r)
    return {"schema_version": 2, "ego": None, "mode": "population", "networks": out}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: reference.py SCENARIO_DIR")
    d = Data(sys.argv[1])
    doc = ego_mode(d) if d.ego is not None else population_mode(d)
    json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
