#!/usr/bin/env python3
"""Write the `ties evaluate` scenarios whose answers hold by construction.

Run from the repository root:

    /usr/bin/python3 testdata/evaluate/make_scenarios.py

Every scenario folder under testdata/evaluate/<name>/ is (re)written: the
input CSVs, `args`, `expected.json` and `README.md`. Standard library only,
deterministic (same bytes on every run).

The expected figures are NOT computed by a general implementation of
docs/spec/evaluate.md. Each scenario states its sets by hand (who is held
only here, who is new, W-g, W+g, the mutual-contact counts m and the degrees
k of each tie, ...), derived in its README from the spec's definitions, and
this script only does the arithmetic on them (Jaccard = shared/union, IQV of a
hand-listed set of people, a median, Burt's constraint terms written out).
"""

import csv
import json
import os
from fractions import Fraction as Fr

HERE = os.path.dirname(os.path.abspath(__file__))
ATTRS = ("profession", "country")

# ----------------------------------------------------------------------------
# small arithmetic helpers (no evaluate logic in here)


def num(x):
    """A JSON number from an exact value (Fraction -> nearest double)."""
    if x is None or isinstance(x, (bool, int, float, str)):
        return x
    if isinstance(x, Fr):
        return float(x)
    raise TypeError(x)


def median(xs):
    xs = sorted(xs)
    if not xs:
        return None
    n = len(xs)
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2


def embeddedness(k_e, ties):
    """ties: list of (m, k_j) for the contacts of e in M_g, written by hand.
    O = m / ((k_e - 1) + (k_j - 1) - m), 0 when the denominator is 0."""
    Os, ms = [], []
    for m, k_j in ties:
        den = (k_e - 1) + (k_j - 1) - m
        Os.append(Fr(m, den) if den else Fr(0))
        ms.append(Fr(m))
    return {
        "embeddedness_median": num(median(Os)),
        "mutual_contacts_median": num(median(ms)),
        "local_bridges": sum(1 for m, _ in ties if m == 0),
    }


class People:
    def __init__(self, rows):
        self.rows = rows  # (id, name, profession, country)
        self.attr = {r[0]: dict(zip(ATTRS, r[2:])) for r in rows}
        self.K = {a: len({r[2 + i] for r in rows if r[2 + i] != ""})
                  for i, a in enumerate(ATTRS)}

    def iqv(self, ids, a):
        """IQV of the hand-listed set `ids` (metrics.md; K over all people)."""
        K = self.K[a]
        vals = [self.attr[i][a] for i in ids if self.attr[i][a] != ""]
        if K <= 1 or not vals:
            return None
        n = len(vals)
        blau = 1 - sum(Fr(vals.count(v), n) ** 2 for v in set(vals))
        return blau / (1 - Fr(1, K))

    def gain(self, w_plus, w_minus):
        out = {}
        for a in ATTRS:
            p, m = self.iqv(w_plus, a), self.iqv(w_minus, a)
            out[a] = None if p is None or m is None else num(p - m)
        return out


def ids(s):
    return s.split()


def unseen(profession=(), country=()):
    return {"profession": sorted(profession), "country": sorted(country)}


def balance(given, received):
    if given + received == 0:
        return None
    return num(Fr(given - received, given + received))


# ----------------------------------------------------------------------------
# writing


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def expected_table(exp):
    """A markdown table of the expected figures, for the README."""
    keys = []
    for net in exp["networks"].values():
        for k in net:
            if k not in keys:
                keys.append(k)
    names = exp.get("order") or list(exp["networks"])
    out = ["| figure | " + " | ".join(f"`{n}`" for n in names) + " |",
           "| --- |" + " --- |" * len(names)]
    for k in keys:
        cells = []
        for n in names:
            v = exp["networks"][n].get(k, "—")
            if v == "—":
                cells.append("—")
            else:
                cells.append("`" + json.dumps(v, ensure_ascii=False) + "`")
        out.append(f"| `{k}` | " + " | ".join(cells) + " |")
    return "\n".join(out)


def write_scenario(sc):
    d = os.path.join(HERE, sc["name"])
    os.makedirs(d, exist_ok=True)
    owned = {"people.csv", "memberships.csv", "networks.csv", "ties.csv",
             "goals.csv", "args", "expected.json", "README.md"}
    for f in os.listdir(d):  # drop stale files this script wrote earlier
        if f in owned:
            os.remove(os.path.join(d, f))
    write_csv(os.path.join(d, "people.csv"), ["id", "name", *ATTRS],
              sc["people"].rows)
    write_csv(os.path.join(d, "memberships.csv"), ["person_id", "network"],
              sc["memberships"])
    if sc.get("networks"):
        write_csv(os.path.join(d, "networks.csv"),
                  ["network", "purpose", "organiser", "scope", "formal",
                   "fee", "hours_per_month", "members_total"],
                  sc["networks"])
    if sc.get("ties"):
        write_csv(os.path.join(d, "ties.csv"), ["source", "target", "weight"],
                  sc["ties"])
    if sc.get("goals"):
        write_csv(os.path.join(d, "goals.csv"),
                  ["goal", "attribute", "value", "target"], sc["goals"])
    with open(os.path.join(d, "args"), "w", encoding="utf-8") as fh:
        fh.write(sc["args"] + "\n")
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(sc["expected"], fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    readme = sc["readme"].strip("\n") + "\n\n## Expected figures (expected.json)\n\n"
    readme += expected_table(sc["expected"]) + "\n"
    if sc.get("readme_tail"):
        readme += "\n" + sc["readme_tail"].strip("\n") + "\n"
    with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)


def memberships(spec):
    """spec: {network: 'id id id'} in file order."""
    rows = []
    for net, members in spec:
        for p in ids(members):
            rows.append((p, net))
    return rows


COMMON_FILES = """\
Files: `people.csv` (`id,name,profession,country`; an empty cell is missing),
`memberships.csv` (`person_id,network`), `ties.csv` (`source,target,weight`,
directed: the source gave advice or help to the target){extra}, `args`
(the extra command-line arguments) and `expected.json`.
"""

# ============================================================================
# 1. own_circle


def own_circle():
    P = People([
        ("me", "Åsa Lindgren", "consultant", "Sweden"),
        ("anna", "Anna Persson", "consultant", "Sweden"),
        ("bengt", "Bengt Olsson", "engineer", "Sweden"),
        ("cecilia", "Cecilia Holm", "lawyer", "Sweden"),
        ("david", "David Jensen", "engineer", "Denmark"),
        ("erik", "Erik Nilsson", "consultant", "Sweden"),
        ("frida", "Frida Ek", "engineer", "Sweden"),
        ("jorg", "Jörg Müller", "designer", "Germany"),
        ("nguyen", "Nguyễn Thị Lan", "researcher", "Vietnam"),
        ("olga", "Olga Petrova", "designer", ""),
        ("pia", "Pia Schneider", "researcher", "Germany"),
        ("rafael", "Rafael Gómez", "researcher", "Spain"),
    ])
    club, forum = "Skåne Business Lunch", "Nordic Design Forum"
    mem = memberships([
        (club, "me anna bengt cecilia david"),
        (forum, "me anna bengt jorg nguyen olga"),
    ])
    ties = [
        ("me", "anna", 2), ("anna", "me", 1), ("bengt", "me", 1),
        ("me", "cecilia", 1), ("david", "me", 1), ("me", "erik", 1),
        ("frida", "me", 1), ("anna", "erik", 1), ("erik", "bengt", 1),
        ("frida", "cecilia", 1), ("david", "frida", 1), ("anna", "bengt", 1),
        ("jorg", "pia", 1), ("pia", "olga", 1), ("nguyen", "rafael", 1),
    ]
    networks = [
        (club, "Monthly business lunch in Malmö", "Skåne Chamber of Commerce",
         "local", "yes", "1200", "2", ""),
        (forum, "Design and research meetups across the Nordics",
         "Nordic Design Forum association", "international", "no", "0", "3", ""),
    ]
    W = ids("anna bengt cecilia david erik frida jorg nguyen olga")
    W_minus_forum = ids("anna bengt cecilia david erik frida")
    k_me = 6
    exp = {
        "ego": "me",
        "order": [forum, club],
        "networks": {
            forum: {
                "member": True, "n_members": 5,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 3, "new_to_ego_people": ids("jorg nguyen olga"),
                "reach_only_here": {"members": 3, "their_contacts": 2},
                "already_known": num(Fr(2, 5)), "kept_without": num(Fr(2, 5)),
                "overlap": num(Fr(2, 7)), "redundant_with": club,
                "unseen_values": unseen(["designer", "researcher"],
                                        ["Germany", "Vietnam"]),
                "diversity_gain": P.gain(W, W_minus_forum),
                **embeddedness(k_me, [(2, 3), (2, 3)]),  # anna, bengt
                "given": 2, "received": 2, "ego_balance": balance(2, 2),
                "score": 5, "score_per_hour": num(Fr(5, 3)),
                "score_per_fee": None,
                "verdict": "keep and invest", "borderline": False,
                "goal_fit": None,
            },
            club: {
                "member": True, "n_members": 4,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 0, "their_contacts": 0},
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": num(Fr(2, 7)), "redundant_with": forum,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W),
                "constraint_change": 0.0,
                # anna, bengt, cecilia, david
                **embeddedness(k_me, [(2, 3), (2, 3), (1, 2), (1, 2)]),
                "given": 3, "received": 3, "ego_balance": balance(3, 3),
                "score": 0, "score_per_hour": 0.0, "score_per_fee": 0.0,
                "verdict": "reconsider", "borderline": False,
                "goal_fit": None,
            },
        },
    }
    readme = f"""
# own_circle — a club of one's own circle (a "Skåne-like club")

**Story.** Åsa Lindgren (`me`, a consultant in Malmö) lunches monthly with the
*{club}*: Anna, Bengt, Cecilia and David. She knows all four well, and not
only from the club: her colleagues Erik and Frida (in no network) know them
too. She is also in the *{forum}*, where, besides Anna and Bengt, she meets
Jörg, Nguyễn and Olga, whom she does not know, and who know Pia and Rafael.

The club is what the spec calls a Skåne-like club of one's own circle: every
tie in it has support outside it, so nothing is held only there
(`kept_without` = 1). It must come out `reconsider`, **not** `leave`: it is
redundant with the forum only at overlap 2/7 < 0.5, so rule 4 does not hold.

{COMMON_FILES.format(extra=", `networks.csv` (fees, hours)")}
## Construction

* Ties (U, undirected view): me–anna, me–bengt, me–cecilia, me–david, me–erik,
  me–frida, anna–erik, bengt–erik, anna–bengt, cecilia–frida, david–frida,
  jorg–pia, olga–pia, nguyen–rafael.
* C(me) = {{anna, bengt, cecilia, david, erik, frida}}, k_me = 6.
  C(anna) = {{me, bengt, erik}}, C(bengt) = {{me, anna, erik}},
  C(cecilia) = {{me, frida}}, C(david) = {{me, frida}},
  C(erik) = {{me, anna, bengt}}, C(frida) = {{me, cecilia, david}},
  C(jorg) = {{pia}}, C(olga) = {{pia}}, C(nguyen) = {{rafael}}.
* M_club = {{anna, bengt, cecilia, david}}; M_forum = {{anna, bengt, jorg, nguyen, olga}}.
* W = C(me) ∪ M_club ∪ M_forum = {{anna, bengt, cecilia, david, erik, frida, jorg, nguyen, olga}}
  (9 people; pia and rafael are outside it).

## Why: {club}

1. **held_only_here = 0.** anna and bengt are in another network of e (the
   forum), so their ties do not depend on the club. cecilia: C(me) ∩ C(cecilia)
   = {{frida}}, and frida is not in M_club: a mutual contact outside the club,
   so not held. david: C(me) ∩ C(david) = {{frida}}, same. Empty.
2. **new_to_ego = 0**: all four are e's contacts.
3. So W−club = W, `kept_without` = 4/4 = 1, `already_known` = 4/4 = 1,
   `reach_only_here.members` = 0, `their_contacts` = 0 (N(M_club) ⊆ N(W−club)),
   `unseen_values` empty (M_club ⊆ W−club), `diversity_gain` = IQV(W) − IQV(W) = 0
   for both attributes.
4. **constraint_change = 0 exactly.** H_with and H_without differ only by the
   co-membership edges me–anna, me–bengt, me–cecilia, me–david of the club
   (held_only_here is empty, so no tie is removed), and all four are ties of U
   anyway: the two graphs are identical, so c_with = c_without.
5. **overlap / redundant_with.** The only other network of e is the forum:
   M_club ∩ M_forum = {{anna, bengt}}, union = {{anna, bengt, cecilia, david, jorg,
   nguyen, olga}}: overlap 2/7 > 0, so `redundant_with` = {forum}, `overlap` = 2/7.
6. **Tie strength** (over e's contacts in M_club; k_me = 6):
   anna m = |{{bengt, erik}}| = 2, k = 3, O = 2/(5+2−2) = 0.4; bengt likewise 0.4;
   cecilia m = |{{frida}}| = 1, k = 2, O = 1/(5+1−1) = 0.2; david likewise 0.2.
   Medians: m of [1, 1, 2, 2] = 1.5; O of [0.2, 0.2, 0.4, 0.4] = 0.3.
   `local_bridges` = 0.
7. **Give and take**: e→anna 2, e→cecilia 1 (given 3); anna→e 1, bengt→e 1,
   david→e 1 (received 3): ego_balance 0.
8. **Verdict.** brings = false (members 0, no unseen value). Rule 4: redundant
   with the forum, which brings, but overlap 2/7 < 0.5: no. Rule 5:
   **`reconsider`**; borderline only concerns rules 1–4: false.
9. networks.csv: 2 hours, fee 1200: score_per_hour 0/2 = 0, score_per_fee 0/1200 = 0.

## Why: {forum}

1. **held_only_here = 0**: its contacts anna and bengt are in another network of
   e (the club).
2. **new_to_ego = {{jorg, nguyen, olga}}** (not contacts, in no other network of e): 3.
3. W−forum = W − {{jorg, nguyen, olga}} = {{anna, bengt, cecilia, david, erik, frida}}.
4. **their_contacts = 2**: N(M_forum) = {{me, anna, bengt, erik, pia, rafael}};
   remove e, W−forum, M_forum and N(W−forum) = {{me, anna, bengt, cecilia, david,
   erik, frida}}: {{pia, rafael}} remain.
5. **unseen_values**: W−forum has professions consultant, engineer, lawyer and
   countries Sweden, Denmark (and e: consultant, Sweden). M_forum adds
   designer (jorg, olga), researcher (nguyen); Germany (jorg), Vietnam (nguyen);
   olga's country is missing, so it is no value.
6. **diversity_gain** (K: profession 5 {{consultant, engineer, lawyer, designer,
   researcher}}, country 5 {{Sweden, Denmark, Germany, Vietnam, Spain}}):
   * profession, W+forum = W: counts 2,3,1,2,1 of 9 → Σp² = 19/81, blau 62/81,
     IQV = (62/81)/(4/5) = 155/162; W−forum: counts 2,3,1 of 6 → Σp² = 14/36,
     blau 11/18, IQV = 55/72. Gain = 155/162 − 55/72.
   * country, W (olga missing, 8 values): Sweden 5, Denmark, Germany, Vietnam 1
     each → Σp² = 28/64, blau 9/16, IQV = 45/64; W−forum: Sweden 5, Denmark 1 →
     Σp² = 26/36, blau 5/18, IQV = 25/72. Gain = 45/64 − 25/72.
7. already_known = kept_without = |{{anna, bengt}}|/5 = 0.4; overlap 2/7 with the club.
8. Tie strength: anna and bengt, m = 2, O = 0.4 each: medians 2 and 0.4.
9. Give and take: e→anna 2; anna→e 1, bengt→e 1: given 2, received 2, balance 0.
10. **Verdict**: brings; not one_sided (0), not passive; their_contacts 2 > 0 →
    rule 2 **`keep and invest`**. Not borderline (members + unseen = 7,
    their_contacts ≠ 1, balance 0).
11. score = 3 + 2 = 5; 3 hours → 5/3 per hour; fee 0 → score_per_fee null.

**Order**: forum (score 5), club (score 0).
"""
    return dict(name="own_circle", people=P, memberships=mem, ties=ties,
                networks=networks, args="--ego me", expected=exp, readme=readme)


# ============================================================================
# 2. bridge


def bridge():
    P = People([
        ("me", "Ingrid Svensson", "engineer", "Sweden"),
        ("lars", "Lars Berg", "engineer", "Sweden"),
        ("maja", "Maja Lund", "consultant", "Sweden"),
        ("nils", "Nils Åberg", "engineer", "Sweden"),
        ("olof", "Olof Strand", "consultant", "Sweden"),
        ("stefan", "Stefan Hoffmann", "researcher", "Germany"),
        ("katrin", "Katrin Weiß", "physician", "Germany"),
        ("mikko", "Mikko Virtanen", "researcher", "Finland"),
        ("agnieszka", "Agnieszka Wójcik", "physician", "Poland"),
        ("hans", "Hans Krüger", "engineer", "Germany"),
        ("ulrike", "Ulrike Bauer", "researcher", "Austria"),
        ("piotr", "Piotr Zieliński", "physician", "Poland"),
    ])
    club, emta = "Göteborg Tech Club", "European MedTech Association"
    mem = memberships([
        (club, "me lars maja nils"),
        (emta, "me lars stefan katrin mikko agnieszka"),
    ])
    ties = [
        ("me", "lars", 1), ("lars", "me", 1), ("maja", "me", 1),
        ("me", "nils", 1), ("olof", "me", 1), ("lars", "maja", 1),
        ("maja", "nils", 1), ("olof", "maja", 1),
        ("me", "stefan", 3), ("stefan", "me", 2),
        ("stefan", "katrin", 1), ("stefan", "hans", 1), ("katrin", "hans", 1),
        ("ulrike", "katrin", 1), ("katrin", "mikko", 1),
        ("mikko", "agnieszka", 1), ("mikko", "ulrike", 1),
        ("agnieszka", "piotr", 1),
    ]
    W = ids("lars maja nils olof stefan katrin mikko agnieszka")
    W_minus_emta = ids("lars maja nils olof")
    W_minus_club = ids("lars maja olof stefan katrin mikko agnieszka")
    k_me = 5
    exp = {
        "ego": "me",
        "order": [emta, club],
        "networks": {
            emta: {
                "member": True, "n_members": 5,
                "held_only_here": 1, "held_only_here_people": ["stefan"],
                "new_to_ego": 3,
                "new_to_ego_people": ids("agnieszka katrin mikko"),
                "reach_only_here": {"members": 4, "their_contacts": 3},
                "already_known": num(Fr(2, 5)), "kept_without": num(Fr(1, 5)),
                "overlap": num(Fr(1, 7)), "redundant_with": club,
                "unseen_values": unseen(["physician", "researcher"],
                                        ["Finland", "Germany", "Poland"]),
                "diversity_gain": P.gain(W, W_minus_emta),
                **embeddedness(k_me, [(0, 3), (1, 2)]),  # stefan, lars
                "given": 4, "received": 3, "ego_balance": balance(4, 3),
                "score": 7, "score_per_hour": None, "score_per_fee": None,
                "verdict": "keep and invest", "borderline": False,
                "goal_fit": None,
            },
            club: {
                "member": True, "n_members": 3,
                "held_only_here": 1, "held_only_here_people": ["nils"],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 1, "their_contacts": 0},
                "already_known": 1.0, "kept_without": num(Fr(2, 3)),
                "overlap": num(Fr(1, 7)), "redundant_with": emta,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W_minus_club),
                # lars, maja, nils
                **embeddedness(k_me, [(1, 2), (3, 4), (1, 2)]),
                "given": 2, "received": 2, "ego_balance": balance(2, 2),
                "score": 1, "score_per_hour": None, "score_per_fee": None,
                "verdict": "keep", "borderline": True,
                "goal_fit": None,
            },
        },
    }
    g_prof = Fr(1) - Fr(2, 3)
    readme = f"""
# bridge — the ego's only bridge to a far cluster

**Story.** Ingrid Svensson (`me`, engineer in Gothenburg) is in the
*{club}* with Lars, Maja and Nils, and in the *{emta}*, where
she knows Stefan (Berlin) and, through the association, meets Katrin, Mikko
and Agnieszka. They belong to a research cluster (Hans, Ulrike, Piotr) that
Ingrid reaches in no other way. The association must come out
**`keep and invest`** with `reach_only_here` = 4 members and 3 of their contacts.

The club checks a subtle point of the *depends on g* test: Nils's only mutual
contact with Ingrid is Maja, who is *inside* the club, so his tie depends on
the club (held only there), while Maja's does not (Olof, a mutual contact
outside the club).

{COMMON_FILES.format(extra="")}
No `networks.csv`: `score_per_hour` and `score_per_fee` are null.

## Construction

* U: me–lars, me–maja, me–nils, me–olof, me–stefan, lars–maja, maja–nils,
  maja–olof, stefan–katrin, stefan–hans, katrin–hans, katrin–ulrike,
  katrin–mikko, mikko–agnieszka, mikko–ulrike, agnieszka–piotr.
* C(me) = {{lars, maja, nils, olof, stefan}} (k_me = 5); C(lars) = {{me, maja}},
  C(maja) = {{me, lars, nils, olof}}, C(nils) = {{me, maja}}, C(olof) = {{me, maja}},
  C(stefan) = {{me, katrin, hans}}, C(katrin) = {{stefan, hans, ulrike, mikko}},
  C(mikko) = {{katrin, agnieszka, ulrike}}, C(agnieszka) = {{mikko, piotr}}.
* M_club = {{lars, maja, nils}}, M_emta = {{lars, stefan, katrin, mikko, agnieszka}}.
* W = {{lars, maja, nils, olof, stefan, katrin, mikko, agnieszka}} (hans, ulrike,
  piotr are outside e's world).

## Why: {emta}

1. **held_only_here = {{stefan}}**: lars is in the club (another network of e),
   so not held; stefan is only here and C(me) ∩ C(stefan) = ∅: no mutual contact
   at all, his tie depends on the association.
2. **new_to_ego = {{katrin, mikko, agnieszka}}**: not contacts, in no other
   network of e. members = 1 + 3 = 4.
3. W−emta = W − {{stefan}} − {{katrin, mikko, agnieszka}} = {{lars, maja, nils, olof}}.
4. **their_contacts = 3**: N(M_emta) = {{me, maja, katrin, hans, stefan, ulrike,
   mikko, agnieszka, piotr}}; remove e, W−emta, M_emta and
   N(W−emta) = {{me, lars, maja, nils, olof}}: {{hans, ulrike, piotr}}.
5. already_known = |{{stefan, lars}}|/5 = 0.4; kept_without = |{{lars}}|/5 = 0.2.
6. overlap with the club: shared {{lars}}, union {{lars, maja, nils, stefan,
   katrin, mikko, agnieszka}}: 1/7 → redundant_with = {club}.
7. **unseen_values**: W−emta and e hold engineer, consultant, Sweden only:
   physician, researcher; Finland, Germany, Poland are unseen.
8. **diversity_gain** (K: profession 4, country 5 {{Sweden, Germany, Finland,
   Poland, Austria}}). W+emta = W: professions 2,2,2,2 of 8 → IQV = (3/4)/(3/4) = 1;
   W−emta: engineer 2, consultant 2 → IQV = (1/2)/(3/4) = 2/3. Gain = 1/3
   ({num(g_prof)}). Country: W has Sweden 4, Germany 2, Finland 1, Poland 1 →
   blau 42/64, IQV = (21/32)/(4/5) = 105/128; W−emta is all Sweden → IQV 0.
   Gain = 105/128.
9. Tie strength: stefan m = 0 (a **local bridge**), O = 0; lars m = |{{maja}}| = 1,
   k = 2, O = 1/(4+1−1) = 0.25. Medians: m 0.5, O 0.125; local_bridges 1.
10. Give and take: e→stefan 3, e→lars 1 (given 4); stefan→e 2, lars→e 1
    (received 3): balance 1/7, balanced.
11. **Verdict**: brings; not one_sided, not passive; their_contacts 3 > 0:
    rule 2 **`keep and invest`**, not borderline. score = 4 + 3 = 7.

## Why: {club}

1. **held_only_here = {{nils}}**: lars is in the association (not held). maja:
   C(me) ∩ C(maja) = {{lars, nils, olof}}, and olof is outside M_club: supported,
   not held. nils: C(me) ∩ C(nils) = {{maja}}, inside M_club: no mutual contact
   outside the club, and nils is in no other network of e: **held**.
2. new_to_ego = ∅ (all three are contacts). members = 1.
3. W−club = W − {{nils}}; their_contacts: N(M_club) = {{me, lars, maja, nils, olof}},
   nothing left after removing e, W−club, M_club: 0.
4. unseen_values: nils is an engineer in Sweden; lars (in W−club) is too: none.
5. already_known = 3/3 = 1; kept_without = |{{lars, maja}}|/3 = 2/3; overlap 1/7
   with the association.
6. **diversity_gain**: W−club has profession counts engineer 1, consultant 2,
   researcher 2, physician 2 of 7 → blau 36/49, IQV = 48/49; W has IQV 1:
   gain 1/49 (positive). Country: W−club Sweden 3, Germany 2, Finland 1,
   Poland 1 → blau 34/49, IQV = 85/98; W: 105/128. Gain = 105/128 − 85/98 < 0
   (adding one more Swede makes the world less even).
7. Tie strength (k_me = 5): lars m = 1, k 2, O = 1/4; maja m = 3, k 4,
   O = 3/(4+3−3) = 3/4; nils m = 1, k 2, O = 1/4. Medians: m 1, O 0.25; no
   local bridge.
8. Give and take: e→lars 1, e→nils 1; lars→e 1, maja→e 1: balance 0.
9. **Verdict**: brings (members 1); not one_sided/passive; their_contacts 0 →
   rule 3 **`keep`**; **borderline** because members + unseen values = 1 + 0 = 1.

**Order**: association (7), club (1).
"""
    return dict(name="bridge", people=P, memberships=mem, ties=ties,
                args="--ego me", expected=exp, readme=readme)


# ============================================================================
# 3. one_sided


def one_sided():
    P = People([
        ("me", "Elin Håkansson", "product manager", "Sweden"),
        ("priya", "Priya Raman", "designer", "India"),
        ("tomas", "Tomás Ruiz", "engineer", "Chile"),
        ("amara", "Amara Okafor", "researcher", "Nigeria"),
        ("li", "Li Wei", "data scientist", "China"),
        ("jorg", "Jörg Weber", "designer", "Germany"),
        ("kalle", "Kalle Sjöberg", "product manager", "Sweden"),
        ("linnea", "Linnea Dahl", "engineer", "Sweden"),
        ("oskar", "Oskar Mäkelä", "product manager", "Finland"),
        ("sara", "Sara Lindholm", "product manager", "Sweden"),
        ("ylva", "Ylva Ström", "designer", "Sweden"),
        ("hanna", "Hanna Solberg", "engineer", "Norway"),
        ("greta", "Greta Nyberg", "engineer", "Sweden"),
    ])
    slack, meetup, wip = ("Product Circle Slack", "Stockholm PM Meetup",
                          "Women in Product Nordics")
    mem = memberships([
        (slack, "me priya tomas amara li jorg"),
        (meetup, "me kalle linnea oskar"),
        (wip, "me sara ylva hanna"),
    ])
    ties = [
        ("me", "priya", 2), ("me", "tomas", 1), ("me", "amara", 1),
        ("priya", "tomas", 1), ("li", "jorg", 1),
        ("me", "kalle", 2), ("kalle", "me", 1), ("me", "linnea", 1),
        ("greta", "kalle", 1),
        ("me", "sara", 1), ("sara", "me", 2), ("me", "ylva", 1),
        ("ylva", "me", 3), ("sara", "greta", 1), ("greta", "ylva", 1),
        ("greta", "me", 1),
    ]
    W = ids("priya tomas amara li jorg kalle linnea oskar sara ylva hanna greta")
    Wm_slack = ids("kalle linnea oskar sara ylva hanna greta")
    Wm_meetup = [x for x in W if x not in ("linnea", "oskar")]
    Wm_wip = [x for x in W if x != "hanna"]
    k_me = 8
    exp = {
        "ego": "me",
        "order": [slack, meetup, wip],
        "networks": {
            slack: {
                "member": True, "n_members": 5,
                "held_only_here": 3,
                "held_only_here_people": ids("amara priya tomas"),
                "new_to_ego": 2, "new_to_ego_people": ids("jorg li"),
                "reach_only_here": {"members": 5, "their_contacts": 0},
                "already_known": num(Fr(3, 5)), "kept_without": 0.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(
                    ["data scientist", "researcher"],
                    ["Chile", "China", "Germany", "India", "Nigeria"]),
                "diversity_gain": P.gain(W, Wm_slack),
                # priya, tomas, amara
                **embeddedness(k_me, [(1, 2), (1, 2), (0, 1)]),
                "given": 4, "received": 0, "ego_balance": 1.0,
                "score": 5, "score_per_hour": None, "score_per_fee": None,
                "verdict": "change how you take part", "borderline": False,
                "goal_fit": None,
            },
            meetup: {
                "member": True, "n_members": 3,
                "held_only_here": 1, "held_only_here_people": ["linnea"],
                "new_to_ego": 1, "new_to_ego_people": ["oskar"],
                "reach_only_here": {"members": 2, "their_contacts": 0},
                "already_known": num(Fr(2, 3)), "kept_without": num(Fr(1, 3)),
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen([], ["Finland"]),
                "diversity_gain": P.gain(W, Wm_meetup),
                **embeddedness(k_me, [(1, 2), (0, 1)]),  # kalle, linnea
                "given": 3, "received": 1, "ego_balance": balance(3, 1),
                "score": 2, "score_per_hour": None, "score_per_fee": None,
                "verdict": "change how you take part", "borderline": True,
                "goal_fit": None,
            },
            wip: {
                "member": True, "n_members": 3,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 1, "new_to_ego_people": ["hanna"],
                "reach_only_here": {"members": 1, "their_contacts": 0},
                "already_known": num(Fr(2, 3)), "kept_without": num(Fr(2, 3)),
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen([], ["Norway"]),
                "diversity_gain": P.gain(W, Wm_wip),
                **embeddedness(k_me, [(1, 2), (1, 2)]),  # sara, ylva
                "given": 2, "received": 5, "ego_balance": balance(2, 5),
                "score": 1, "score_per_hour": None, "score_per_fee": None,
                "verdict": "keep", "borderline": True,
                "goal_fit": None,
            },
        },
    }
    readme = f"""
# one_sided — a diverse network where the ego only gives

**Story.** Elin Håkansson (`me`, product manager in Stockholm) is in three
networks:

* *{slack}*: very diverse (India, Chile, Nigeria, China, Germany). Elin
  helps Priya, Tomás and Amara (arcs me → them) and never gets anything back.
  `ego_balance` = 1 → rule 1 **`change how you take part`**.
* *{meetup}*: she gives 3 and receives 1: balance exactly 0.5, which *is*
  one_sided (≥ 0.5) → rule 1, and **borderline** (rule 1 decided on one_sided
  with |balance| < 0.6).
* *{wip}*: she takes more (gives 2, receives 5): |balance| = 3/7 ≈ 0.43 < 0.5,
  not one_sided → rule 3 **`keep`**, **borderline** by the rule "rule 2 or 3
  decided with 0.4 ≤ |ego_balance| < 0.5" (members + unseen = 2, so the
  other borderline rule does not apply).

Greta (a former colleague, in no network) is a mutual contact of Elin with
Kalle, Sara and Ylva.

{COMMON_FILES.format(extra="")}
## Construction

* U: me–priya, me–tomas, me–amara, priya–tomas, li–jorg, me–kalle, me–linnea,
  greta–kalle, me–sara, me–ylva, sara–greta, greta–ylva, me–greta.
* C(me) = {{priya, tomas, amara, kalle, linnea, sara, ylva, greta}}, k_me = 8.
  C(priya) = {{me, tomas}}, C(tomas) = {{me, priya}}, C(amara) = {{me}},
  C(kalle) = {{me, greta}}, C(linnea) = {{me}}, C(sara) = {{me, greta}},
  C(ylva) = {{me, greta}}, C(greta) = {{me, kalle, sara, ylva}}; oskar and hanna
  have no ties.
* The three networks share no member: every overlap is 0, so `redundant_with`
  is null and `overlap` 0 everywhere.
* W = {{priya, tomas, amara, li, jorg, kalle, linnea, oskar, sara, ylva, hanna, greta}}.

## Why: {slack}

1. held_only_here = {{priya, tomas, amara}}: only in this network; C(me) ∩ C(priya)
   = {{tomas}} and C(me) ∩ C(tomas) = {{priya}} lie *inside* M_slack, so they are
   no support; amara has no mutual contact. new_to_ego = {{li, jorg}}.
   members = 5; their_contacts = 0 (N(M_slack) = {{me, priya, tomas, li, jorg}}).
2. W−slack = {{kalle, linnea, oskar, sara, ylva, hanna, greta}}: professions
   product manager, engineer, designer; countries Sweden, Finland, Norway.
   unseen: data scientist, researcher; Chile, China, Germany, India, Nigeria.
3. already_known 3/5, kept_without 0/5 = 0.
4. Tie strength: priya and tomas m = 1, k = 2, O = 1/(7+1−1) = 1/7; amara m = 0,
   O = 0. Medians: m 1, O 1/7; local_bridges 1 (amara).
5. Give and take: e→priya 2, e→tomas 1, e→amara 1; nothing back: given 4,
   received 0, balance (4−0)/4 = 1: one_sided.
6. Verdict: brings and one_sided → rule 1 `change how you take part`; not
   borderline (|balance| = 1 ≥ 0.6, members + unseen = 12). score 5.

## Why: {meetup}

1. kalle: C(me) ∩ C(kalle) = {{greta}}, greta not in M_meetup: supported, not
   held. linnea: C(linnea) = {{me}}: held. oskar: no tie, in no other network of e:
   new. members 2, their_contacts 0 (N(M) = {{me, greta}} ⊆ W−meetup).
2. W−meetup = W − {{linnea, oskar}}: nobody there is from Finland (and e is
   Swedish): unseen country Finland; product manager, engineer and Sweden are
   seen.
3. already_known 2/3 (kalle, linnea), kept_without 1/3 (kalle).
4. Tie strength: kalle m = 1, O = 1/7; linnea m = 0, O = 0. Medians: m 0.5,
   O 1/14; local_bridges 1.
5. Give and take: e→kalle 2, e→linnea 1 (given 3); kalle→e 1 (received 1):
   balance 2/4 = 0.5 → one_sided (≥ 0.5).
6. Verdict: rule 1 `change how you take part`, **borderline** (decided on
   one_sided with |balance| = 0.5 < 0.6). score 2.

## Why: {wip}

1. sara and ylva: mutual contact greta outside M_wip: not held. hanna: new.
   members 1, their_contacts 0 (hanna has no tie).
2. unseen: Norway (hanna); engineer and Sweden are seen in W−wip.
   members + unseen = 2.
3. already_known 2/3, kept_without 2/3 (sara, ylva).
4. Tie strength: sara, ylva: m = 1, O = 1/7 each: medians 1 and 1/7; no local bridge.
5. Give and take: e→sara 1, e→ylva 1 (given 2); sara→e 2, ylva→e 3 (received 5):
   balance −3/7 ≈ −0.4286: "you take more", not one_sided.
6. Verdict: brings, not one_sided, not passive, their_contacts 0 → rule 3
   `keep`; **borderline**: rule 3 decided with 0.4 ≤ 3/7 < 0.5. score 1.

**diversity_gain** (K: profession 5, country 8) is computed from the hand-listed
sets W and W−g above; e.g. for the Slack: W has professions designer 3,
engineer 4, researcher 1, data scientist 1, product manager 3 (12 people), W−slack
product manager 3, engineer 3, designer 1 (7 people).

**Order**: Slack (5), meetup (2), Women in Product (1).
"""
    return dict(name="one_sided", people=P, memberships=mem, ties=ties,
                args="--ego me", expected=exp, readme=readme)


# ============================================================================
# 4. near_duplicates


def near_duplicates():
    P = People([
        ("me", "Karin Lindqvist", "product manager", "Sweden"),
        ("johan", "Johan Karlsson", "sales", "Sweden"),
        ("maria", "Maria Hansson", "engineer", "Sweden"),
        ("lars", "Lars Bergström", "engineer", "Sweden"),
        ("anders", "Anders Wik", "sales", "Sweden"),
        ("birgitta", "Birgitta Sjögren", "lawyer", "Sweden"),
        ("goran", "Göran Ek", "accountant", "Sweden"),
        ("kerstin", "Kerstin Alm", "sales", "Sweden"),
        ("wang", "Wang Fang", "engineer", "China"),
        ("nguyen", "Nguyễn Văn An", "data scientist", "Vietnam"),
        ("chen", "Chen Jie", "researcher", "China"),
        ("tove", "Tove Ahlgren", "engineer", "Sweden"),
        ("ida", "Ida Falk", "designer", "Sweden"),
        ("hugo", "Hugo Lind", "engineer", "Sweden"),
        ("nils", "Nils Petersson", "sales", "Sweden"),
        ("malin", "Malin Öst", "designer", "Sweden"),
        ("elsa", "Elsa Haugen", "designer", "Norway"),
        ("fredrik", "Fredrik Sand", "researcher", "Sweden"),
        ("sven", "Sven Ekström", "accountant", "Sweden"),
        ("bo", "Bo Norén", "sales", "Sweden"),
    ])
    forum = "West Sweden Business Forum"
    lunch = "Hisingen Lunch Club"
    alumni = "Göteborg Tech Alumni"
    breakfast = "Kungsbacka Breakfast Club"
    rotary = "Ale Rotary Club"
    S6 = "johan maria lars anders birgitta goran"
    mem = memberships([
        (forum, f"me {S6} wang nguyen"),
        (lunch, f"me {S6} kerstin"),
        (alumni, "me tove ida hugo nils elsa fredrik malin"),
        (breakfast, "me tove ida hugo nils kerstin"),
        (rotary, "me tove ida kerstin sven"),
    ])
    ties = [
        ("me", "johan", 2), ("johan", "me", 1), ("maria", "me", 1),
        ("me", "lars", 1), ("anders", "me", 2), ("me", "birgitta", 1),
        ("goran", "me", 1), ("kerstin", "me", 1),
        ("me", "tove", 1), ("tove", "me", 1), ("ida", "me", 1),
        ("me", "nils", 1), ("me", "sven", 1), ("me", "malin", 1),
        ("malin", "me", 1), ("bo", "me", 1), ("bo", "sven", 1),
        ("johan", "maria", 1), ("lars", "anders", 1), ("wang", "chen", 1),
        ("elsa", "fredrik", 1), ("tove", "ida", 1),
    ]
    W = ids(S6) + ids("kerstin tove ida nils malin sven bo hugo elsa fredrik "
                      "wang nguyen")
    Wm_forum = [x for x in W if x not in ("wang", "nguyen")]
    Wm_alumni = [x for x in W if x not in ("malin", "elsa", "fredrik")]
    k_me = 13
    # (m, k_j) of e's contacts, by hand (see README)
    T = {"johan": (1, 2), "maria": (1, 2), "lars": (1, 2), "anders": (1, 2),
         "birgitta": (0, 1), "goran": (0, 1), "kerstin": (0, 1),
         "tove": (1, 2), "ida": (1, 2), "nils": (0, 1), "sven": (1, 2),
         "malin": (0, 1)}
    z = {"diversity_gain": P.gain(W, W), "unseen_values": unseen(),
         "held_only_here": 0, "held_only_here_people": [],
         "new_to_ego": 0, "new_to_ego_people": [],
         "reach_only_here": {"members": 0, "their_contacts": 0},
         "score": 0, "score_per_hour": None, "score_per_fee": None,
         "goal_fit": None, "member": True}
    exp = {
        "ego": "me",
        "order": [forum, alumni, rotary, lunch, breakfast],
        "networks": {
            forum: {
                "member": True, "n_members": 8,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 2, "new_to_ego_people": ids("nguyen wang"),
                "reach_only_here": {"members": 2, "their_contacts": 1},
                "already_known": num(Fr(6, 8)), "kept_without": num(Fr(6, 8)),
                "overlap": num(Fr(6, 9)), "redundant_with": lunch,
                "unseen_values": unseen(["data scientist"], ["China", "Vietnam"]),
                "diversity_gain": P.gain(W, Wm_forum),
                **embeddedness(k_me, [T[x] for x in ids(S6)]),
                "given": 4, "received": 5, "ego_balance": balance(4, 5),
                "score": 3, "score_per_hour": None, "score_per_fee": None,
                "verdict": "keep and invest", "borderline": True,
                "goal_fit": None,
            },
            alumni: {
                "member": True, "n_members": 7,
                "held_only_here": 1, "held_only_here_people": ["malin"],
                "new_to_ego": 2, "new_to_ego_people": ids("elsa fredrik"),
                "reach_only_here": {"members": 3, "their_contacts": 0},
                "already_known": num(Fr(4, 7)), "kept_without": num(Fr(4, 7)),
                "overlap": num(Fr(4, 8)), "redundant_with": breakfast,
                "unseen_values": unseen(["researcher"], ["Norway"]),
                "diversity_gain": P.gain(W, Wm_alumni),
                **embeddedness(k_me, [T[x] for x in ids("tove ida nils malin")]),
                "given": 3, "received": 3, "ego_balance": balance(3, 3),
                "score": 3, "score_per_hour": None, "score_per_fee": None,
                "verdict": "keep", "borderline": False,
                "goal_fit": None,
            },
            rotary: {
                **z, "n_members": 4,
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": num(Fr(3, 6)), "redundant_with": breakfast,
                **embeddedness(k_me, [T[x] for x in ids("tove ida kerstin sven")]),
                "given": 2, "received": 3, "ego_balance": balance(2, 3),
                "verdict": "reconsider", "borderline": False,
            },
            lunch: {
                **z, "n_members": 7,
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": num(Fr(6, 9)), "redundant_with": forum,
                **embeddedness(k_me, [T[x] for x in ids(S6 + " kerstin")]),
                "given": 4, "received": 6, "ego_balance": balance(4, 6),
                "verdict": "leave", "borderline": False,
            },
            breakfast: {
                **z, "n_members": 5,
                "already_known": num(Fr(4, 5)), "kept_without": 1.0,
                "overlap": num(Fr(4, 8)), "redundant_with": alumni,
                **embeddedness(k_me, [T[x] for x in ids("tove ida nils kerstin")]),
                "given": 2, "received": 3, "ego_balance": balance(2, 3),
                "verdict": "leave", "borderline": True,
            },
        },
    }
    readme = f"""
# near_duplicates — networks that share most members

**Story.** Karin Lindqvist (`me`) is in five networks:

| network | M_g (ego excluded) |
| --- | --- |
| {forum} | johan maria lars anders birgitta goran + wang nguyen (8) |
| {lunch} | johan maria lars anders birgitta goran + kerstin (7) |
| {alumni} | tove ida hugo nils elsa fredrik malin (7) |
| {breakfast} | tove ida hugo nils kerstin (5) |
| {rotary} | tove ida kerstin sven (4) |

* The lunch club shares 6 of 9 with the forum (Jaccard 2/3), brings nothing,
  and the forum brings (Wang, Nguyễn): **`leave`** by rule 4, not borderline
  (2/3 ≥ 0.6).
* The breakfast club brings nothing and has the *same* overlap 0.5 with two
  networks: the alumni (4 shared of 8) and the Rotary (3 shared of 6). The tie
  goes to the network sharing **more members**: the alumni (the Rotary would
  win by name, "Ale…" < "Göteborg…"). The alumni bring something: **`leave`**,
  **borderline** (overlap 0.5 < 0.6).
* The Rotary brings nothing, and its closest network is the breakfast club
  (0.5 ≥ 0.5), which brings nothing either: rule 4 does **not** hold (it needs
  `brings(h)`): **`reconsider`**.
* The forum: `keep and invest` with `their_contacts` = 1 (Chen, Wang's
  contact): **borderline** (rule 2 decided with their_contacts = 1).
* The forum and the alumni both score 3: the forum comes first because it
  holds more unseen values (3 vs 2), although "Göteborg…" sorts before
  "West…".

{COMMON_FILES.format(extra="")}
## Construction

* U: me–{{johan, maria, lars, anders, birgitta, goran, kerstin, tove, ida, nils,
  sven, malin, bo}}, bo–sven, johan–maria, lars–anders, wang–chen,
  elsa–fredrik, tove–ida. hugo has no tie; nobody else is tied.
* C(me): those 13 (k_me = 13). Mutual contacts m and degree k of each contact:
  johan, maria, lars, anders, tove, ida, sven: m = 1 (each other / bo), k = 2;
  birgitta, goran, kerstin, nils, malin: m = 0, k = 1.
  O = m/((13−1)+(k−1)−m): 1/12 when m = 1, 0 when m = 0.
* W = the 13 contacts ∪ every M_g = the 18 people other than e and chen (20 in people.csv).

## Why: membership counts

* **held_only_here / new_to_ego.** johan…goran are in the forum *and* the
  lunch club, kerstin in the lunch, breakfast and Rotary, tove and ida in
  alumni, breakfast and Rotary, hugo and nils in alumni and breakfast: every
  one of them is in another network of e, so for any network holding them
  they are neither held nor new. What is left:
  forum: wang, nguyen new (not contacts, only there); alumni: elsa, fredrik new,
  malin held (only there, C(malin) = {{me}}: no mutual contact);
  Rotary: sven is only there, but C(me) ∩ C(sven) = {{bo}} and bo is in no
  network: supported, not held. So lunch, breakfast and Rotary have
  members = 0 and (M_g ⊆ W−g) no unseen value: brings = false.
* **their_contacts**: forum: N(M_forum) ⊇ {{chen}} (wang–chen), chen is not in
  W−forum nor a neighbour of it: 1; every other neighbour of M_forum is e or
  in W−forum. Alumni: N(M_alumni) = {{me, tove, ida, elsa, fredrik}}: 0.

## Why: overlaps (Jaccard of M_g, ego excluded)

| pair | shared | union | overlap |
| --- | ---: | ---: | ---: |
| forum–lunch | 6 | 9 | 2/3 |
| alumni–breakfast | 4 (tove ida hugo nils) | 8 | 1/2 |
| breakfast–Rotary | 3 (tove ida kerstin) | 6 | 1/2 |
| alumni–Rotary | 2 | 9 | 2/9 |
| lunch–breakfast | 1 (kerstin) | 11 | 1/11 |
| lunch–Rotary | 1 | 10 | 1/10 |
| forum–others | 0 | | 0 |

redundant_with: forum → lunch (2/3); lunch → forum (2/3); alumni → breakfast
(1/2); breakfast → alumni (1/2 tied with the Rotary, 4 shared > 3);
Rotary → breakfast (1/2).

## Why: verdicts

* forum: brings (members 2), balance −1/9 (given e→johan 2, e→lars 1,
  e→birgitta 1 = 4; received johan 1, maria 1, anders 2, goran 1 = 5), not
  passive, their_contacts 1 → rule 2 `keep and invest`; borderline (their_contacts = 1).
* alumni: brings (members 3), balance 0 (e→tove, e→nils, e→malin; tove→e,
  ida→e, malin→e), their_contacts 0 → rule 3 `keep`; members + unseen = 5,
  not borderline.
* lunch: brings = false; redundant_with forum, overlap 2/3 ≥ 0.5, forum brings →
  rule 4 `leave`; 2/3 ≥ 0.6: not borderline.
* breakfast: redundant_with alumni, overlap 0.5 ≥ 0.5, alumni bring → rule 4
  `leave`; 0.5 < 0.6: **borderline**.
* Rotary: redundant_with breakfast (0.5), breakfast does not bring → rule 4
  fails → rule 5 `reconsider`.

## Why: the rest

* already_known: forum 6/8, lunch 7/7, alumni 4/7 (tove ida nils malin; hugo,
  elsa, fredrik are no contacts), breakfast 4/5 (hugo is no contact), Rotary 4/4.
  kept_without: forum 6/8, alumni 4/7 (tove ida hugo nils), the others 1.
* unseen: forum: data scientist (nguyen); China, Vietnam (W−forum holds only
  Sweden and Norway). Alumni: researcher (fredrik; chen is outside W), Norway
  (elsa); designer is seen (ida).
* Tie-strength medians: forum over johan maria lars anders birgitta goran:
  m [0,0,1,1,1,1] → 1, O → 1/12, 2 local bridges; lunch adds kerstin (m 0):
  median m 1, O 1/12, 3 local bridges; alumni over tove ida nils malin: m
  [0,0,1,1] → 0.5, O 1/24, 2; breakfast over tove ida nils kerstin: same 0.5,
  1/24, 2; Rotary over tove ida kerstin sven: m [0,1,1,1] → 1, O 1/12, 1.
* diversity_gain: 0 for lunch, breakfast, Rotary (W−g = W+g = W); for the forum
  and the alumni from W and W−g (K: profession 8, country 4).
* ego_balance: lunch −2/10 (adds kerstin→e), breakfast and Rotary −1/5.

**Order**: forum (3, 3 unseen), alumni (3, 2 unseen), then the three with score 0
by name: "{rotary}", "{lunch}", "{breakfast}".
"""
    return dict(name="near_duplicates", people=P, memberships=mem, ties=ties,
                args="--ego me", expected=exp, readme=readme)


# ============================================================================
# 5. passive


def passive():
    P = People([
        ("me", "Nguyễn Thu Hà", "engineer", "Sweden"),
        ("anna", "Anna Berglund", "engineer", "Sweden"),
        ("bo", "Bo Ljung", "sales", "Sweden"),
        ("cleo", "Cléo Martin", "researcher", "France"),
        ("dmytro", "Dmytro Kovalenko", "engineer", "Ukraine"),
        ("ewa", "Ewa Kowalczyk", "data scientist", "Poland"),
        ("farid", "Farid Benali", "researcher", "Morocco"),
    ])
    ai, choir = "Nordic AI Society", "Sunday Choir"
    mem = memberships([
        (ai, "me cleo dmytro ewa"),
        (choir, "me"),
    ])
    ties = [("me", "anna", 1), ("bo", "me", 1), ("anna", "bo", 1),
            ("cleo", "dmytro", 1), ("ewa", "farid", 1)]
    W = ids("anna bo cleo dmytro ewa")
    Wm_ai = ids("anna bo")
    # Burt's constraint of e, unweighted, written out (see README)
    c_with = (2 * (Fr(1, 5) + Fr(1, 5) * Fr(1, 2)) ** 2            # anna, bo
              + 2 * (Fr(1, 5) + Fr(1, 5) * Fr(1, 3) + Fr(1, 5) * Fr(1, 4)) ** 2
              + (Fr(1, 5) + 2 * Fr(1, 5) * Fr(1, 3)) ** 2)         # ewa
    c_without = 2 * (Fr(1, 2) + Fr(1, 2) * Fr(1, 2)) ** 2
    assert c_with == Fr(59, 120) and c_without == Fr(9, 8)
    exp = {
        "ego": "me",
        "order": [ai, choir],
        "networks": {
            ai: {
                "member": True, "n_members": 3,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 3, "new_to_ego_people": ids("cleo dmytro ewa"),
                "reach_only_here": {"members": 3, "their_contacts": 1},
                "already_known": 0.0, "kept_without": 0.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(["data scientist", "researcher"],
                                        ["France", "Poland", "Ukraine"]),
                "diversity_gain": P.gain(W, Wm_ai),
                "constraint_change": num(c_with - c_without),
                "embeddedness_median": None, "mutual_contacts_median": None,
                "local_bridges": 0,
                "given": 0, "received": 0, "ego_balance": None,
                "score": 4, "score_per_hour": None, "score_per_fee": None,
                "verdict": "change how you take part", "borderline": False,
                "goal_fit": None,
            },
            choir: {
                "member": True, "n_members": 0,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 0, "their_contacts": 0},
                "already_known": None, "kept_without": None,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W),
                "constraint_change": 0.0,
                "embeddedness_median": None, "mutual_contacts_median": None,
                "local_bridges": 0,
                "given": 0, "received": 0, "ego_balance": None,
                "score": 0, "score_per_hour": None, "score_per_fee": None,
                "verdict": None, "borderline": False,
                "goal_fit": None,
            },
        },
    }
    readme = f"""
# passive — a member who knows nobody in the network

**Story.** Nguyễn Thu Hà (`me`, engineer) pays her dues to the *{ai}*
but has no tie with any of its members (Cléo, Dmytro, Ewa). She has contacts
elsewhere (Anna, Bo), so the data is not empty: she is **passive** there, and
the society brings new people and perspectives → rule 1 **`change how you take
part`** (on `passive`, with `ego_balance` null: no arc between her and the
members). She is also the only listed member of the *{choir}*: the edge case
"a network with only e" (verdict null).

{COMMON_FILES.format(extra="")}
## Why: {ai}

1. C(me) = {{anna, bo}} (me–anna, bo–me); anna–bo; cleo–dmytro; ewa–farid.
   M_ai = {{cleo, dmytro, ewa}}: none is a contact of e → **passive** (M not empty,
   e has contacts, no member is a contact).
2. held_only_here = ∅ (no contact in M_ai); new_to_ego = {{cleo, dmytro, ewa}}
   (the choir has no other member): members 3.
3. W = {{anna, bo, cleo, dmytro, ewa}}, W−ai = {{anna, bo}}.
   their_contacts: N(M_ai) = {{cleo, dmytro, farid}}; remove M_ai, W−ai,
   N(W−ai) = {{me, anna, bo}}: {{farid}} → 1. score = 3 + 1 = 4.
4. already_known 0/3 = 0, kept_without 0/3 = 0; medians null (no contact in
   M_ai), local_bridges 0; given = received = 0 → ego_balance null.
5. unseen: W−ai and e hold engineer, sales, Sweden: data scientist, researcher;
   France, Poland, Ukraine.
6. diversity_gain (K: profession 4 {{engineer, sales, researcher, data
   scientist}}, country 5 {{Sweden, France, Ukraine, Poland, Morocco}}):
   profession: W = engineer 2, sales 1, researcher 1, data scientist 1 →
   Σp² = 7/25, IQV = (18/25)/(3/4) = 24/25; W−ai = engineer 1, sales 1 →
   IQV = (1/2)/(3/4) = 2/3; gain = 24/25 − 2/3 = 22/75.
   country: W = Sweden 2, France, Ukraine, Poland 1 → IQV = (18/25)/(4/5) = 9/10;
   W−ai all Sweden → 0; gain 9/10.
7. **constraint_change** (H: ties of U plus co-membership; the choir adds no edge).
   * H_with: N(me) = {{anna, bo, cleo, dmytro, ewa}}, p = 1/5 each.
     N(anna) = {{me, bo}}, N(bo) = {{me, anna}}, N(cleo) = {{me, dmytro, ewa}},
     N(dmytro) = {{me, cleo, ewa}}, N(ewa) = {{me, cleo, dmytro, farid}}.
     - anna: (1/5 + p(bo)·p(bo→anna) = 1/5·1/2)² = (3/10)² = 9/100; bo likewise 9/100.
     - cleo: (1/5 + 1/5·1/3 [via dmytro] + 1/5·1/4 [via ewa])² = (19/60)² = 361/3600; dmytro likewise.
     - ewa: (1/5 + 1/5·1/3 + 1/5·1/3)² = (1/3)² = 400/3600.
     - c_with = 648/3600 + 722/3600 + 400/3600 = 1770/3600 = **59/120** ≈ 0.491667.
   * H_without (e removed from the society; nothing held, so no tie removed):
     N(me) = {{anna, bo}}, p = 1/2: anna (1/2 + 1/2·1/2)² = 9/16, bo 9/16:
     c_without = **9/8** = 1.125.
   * constraint_change = 59/120 − 9/8 = **−19/30** ≈ −0.633333 (the society
     lowers her constraint).
8. Verdict: brings and passive → rule 1. borderline: members + unseen = 8,
   not decided on one_sided: false.

## Why: {choir}

Only e is listed: M_choir = ∅. Counts 0, overlap 0 (0/3 with the society, so
`redundant_with` null), `already_known`, `kept_without`, medians and
`ego_balance` null, verdict **null** ("no members listed besides you"),
score 0. By the definitions W−choir = W+choir = W, so `diversity_gain` is 0
for both attributes, and H_with = H_without (a membership with nobody else adds
no edge), so `constraint_change` = 0. The society's `redundant_with` stays null
(overlap with the choir is 0/3 = 0, not above 0).

**Order**: society (4), choir (0).
"""
    return dict(name="passive", people=P, memberships=mem, ties=ties,
                args="--ego me", expected=exp, readme=readme)


# ============================================================================
# 6. candidate


def candidate():
    P = People([
        ("me", "Maja Öhman", "product manager", "Sweden"),
        ("anna", "Anna Lindberg", "product manager", "Sweden"),
        ("bertil", "Bertil Sundqvist", "engineer", "Sweden"),
        ("carl", "Carl Wästberg", "engineer", "Sweden"),
        ("dora", "Dora Nielsen", "designer", "Denmark"),
        ("emil", "Emil Schäfer", "researcher", "Germany"),
        ("farah", "Farah Haddad", "researcher", "Lebanon"),
        ("gustav", "Gustav Richter", "engineer", "Germany"),
    ])
    book, guild, padel = ("Office Book Club", "Design Leaders Guild",
                          "Padel Friends")
    mem = memberships([
        (book, "me anna bertil"),
        (guild, "carl dora emil"),
        (padel, "anna carl"),
    ])
    ties = [("me", "anna", 1), ("anna", "me", 1), ("bertil", "me", 1),
            ("me", "carl", 1), ("anna", "bertil", 1), ("carl", "anna", 1),
            ("dora", "emil", 1), ("emil", "farah", 1), ("gustav", "emil", 1)]
    W = ids("anna bertil carl")
    # --- Burt's constraint of e, written out term by term (README) ---
    t = Fr
    # base H (e as today): N(me) = {anna, bertil, carl}, p = 1/3;
    # k: anna 3, bertil 2, carl 4 (me, anna, dora, emil)
    c_base = ((t(1, 3) + t(1, 3) * t(1, 2) + t(1, 3) * t(1, 4)) ** 2  # anna
              + (t(1, 3) + t(1, 3) * t(1, 3)) ** 2                    # bertil
              + (t(1, 3) + t(1, 3) * t(1, 3)) ** 2)                   # carl
    # guild with e added: N(me) = {anna, bertil, carl, dora, emil}, p = 1/5;
    # k: anna 3, bertil 2, carl 4, dora 3 (me carl emil), emil 5
    c_guild = ((t(1, 5) + t(1, 5) * t(1, 2) + t(1, 5) * t(1, 4)) ** 2  # anna
               + (t(1, 5) + t(1, 5) * t(1, 3)) ** 2                    # bertil
               + (t(1, 5) + t(1, 5) * t(1, 3) + t(1, 5) * t(1, 3)
                  + t(1, 5) * t(1, 5)) ** 2                            # carl
               + (t(1, 5) + t(1, 5) * t(1, 4) + t(1, 5) * t(1, 5)) ** 2  # dora
               + (t(1, 5) + t(1, 5) * t(1, 4) + t(1, 5) * t(1, 3)) ** 2)  # emil
    # book club without e and without the held tie e-bertil:
    # N(me) = {anna, carl}, p = 1/2; k: anna 3, carl 4
    c_book_without = ((t(1, 2) + t(1, 2) * t(1, 4)) ** 2
                      + (t(1, 2) + t(1, 2) * t(1, 3)) ** 2)
    assert c_base == Fr(8577, 11664) and c_book_without == Fr(481, 576)
    k_me = 3
    exp = {
        "ego": "me",
        "order": [guild, book, padel],
        "networks": {
            guild: {
                "member": False, "n_members": 3,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 2, "new_to_ego_people": ids("dora emil"),
                "reach_only_here": {"members": 2, "their_contacts": 2},
                "already_known": num(Fr(1, 3)), "kept_without": num(Fr(1, 3)),
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(["designer", "researcher"],
                                        ["Denmark", "Germany"]),
                "diversity_gain": P.gain(W + ids("dora emil"), W),
                "constraint_change": num(c_guild - c_base),
                **embeddedness(k_me, [(1, 2)]),  # carl
                "given": 1, "received": 0, "ego_balance": 1.0,
                "score": 4, "score_per_hour": None, "score_per_fee": None,
                "verdict": "consider joining", "borderline": False,
                "goal_fit": None,
            },
            book: {
                "member": True, "n_members": 2,
                "held_only_here": 1, "held_only_here_people": ["bertil"],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 1, "their_contacts": 0},
                "already_known": 1.0, "kept_without": num(Fr(1, 2)),
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, ids("anna carl")),
                "constraint_change": num(c_base - c_book_without),
                **embeddedness(k_me, [(2, 3), (1, 2)]),  # anna, bertil
                "given": 1, "received": 2, "ego_balance": balance(1, 2),
                "score": 1, "score_per_hour": None, "score_per_fee": None,
                "verdict": "keep", "borderline": True,
                "goal_fit": None,
            },
            padel: {
                "member": False, "n_members": 2,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 0, "their_contacts": 0},
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": num(Fr(1, 3)), "redundant_with": book,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W),
                "constraint_change": 0.0,
                **embeddedness(k_me, [(2, 3), (1, 2)]),  # anna, carl
                "given": 2, "received": 1, "ego_balance": balance(2, 1),
                "score": 0, "score_per_hour": None, "score_per_fee": None,
                "verdict": "not worth joining", "borderline": False,
                "goal_fit": None,
            },
        },
    }
    readme = f"""
# candidate — networks the ego is not in

**Story.** Maja Öhman (`me`, product manager) is only in the *{book}*
(Anna, Bertil). Her contact Carl belongs to the *{guild}*, with Dora
(designer, Denmark) and Emil (researcher, Germany), who know Farah and Gustav:
**`consider joining`**. Anna and Carl play in *{padel}*: joining it would
bring nobody new and no new value: **`not worth joining`**.

{COMMON_FILES.format(extra="")}
## Construction

* U: me–anna, me–bertil, me–carl, anna–bertil, anna–carl, dora–emil,
  emil–farah, emil–gustav.
* C(me) = {{anna, bertil, carl}} (k_me = 3); C(anna) = {{me, bertil, carl}},
  C(bertil) = {{me, anna}}, C(carl) = {{me, anna}}, C(dora) = {{emil}},
  C(emil) = {{dora, farah, gustav}}.
* G(e) = {{{book}}}. W = C(me) ∪ M_book = {{anna, bertil, carl}}.

## Why: {guild} (e not in it)

1. held_only_here = ∅ (e is not in it). new_to_ego = M_guild − W = {{dora, emil}}
   (carl is a contact). members 2.
2. W−g = W, W+g = W ∪ M_guild = {{anna, bertil, carl, dora, emil}}.
3. their_contacts: N(M_guild) = {{me, anna, emil, dora, farah, gustav}}; remove e,
   W, M_guild and N(W) = {{me, anna, bertil, carl}}: {{farah, gustav}} → 2. score 4.
4. already_known = kept_without = |{{carl}}|/3 = 1/3. Overlap with the book club
   (the only network of e): no shared member → 0, redundant_with null.
5. unseen: W holds product manager, engineer, Sweden: designer, researcher;
   Denmark, Germany.
6. diversity_gain (K: profession 4, country 4 {{Sweden, Denmark, Germany,
   Lebanon}}): profession W+g = pm 1, engineer 2, designer 1, researcher 1 →
   IQV = (18/25)/(3/4) = 24/25, W = pm 1, engineer 2 → IQV = (4/9)/(3/4) = 16/27:
   gain 24/25 − 16/27. Country: W+g Sweden 3, Denmark 1, Germany 1 →
   IQV = (14/25)/(3/4) = 56/75, W all Sweden → 0: gain 56/75.
7. Tie strength: carl, m = |{{anna}}| = 1, k = 2, O = 1/(2+1−1) = 1/2.
8. Give and take (arcs between e and members, e's membership does not matter):
   e→carl 1, nothing back: given 1, received 0, balance 1 (reported; the
   rules for a network e is not in do not use it).
9. Verdict: brings → **`consider joining`**; borderline false (rules 1–4 do not
   decide a network e is not in, and members + unseen = 6 anyway).
10. **constraint_change** (H = U ∪ co-membership: book {{me, anna, bertil}},
    guild {{carl, dora, emil}}, padel {{anna, carl}}; so in H: N(anna) = {{me,
    bertil, carl}}, N(bertil) = {{me, anna}}, N(carl) = {{me, anna, dora, emil}},
    N(dora) = {{carl, emil}}, N(emil) = {{carl, dora, farah, gustav}}).
    * c_without = e as today: N(me) = {{anna, bertil, carl}}, p = 1/3:
      anna (1/3 + 1/3·1/2 [bertil] + 1/3·1/4 [carl])² = (7/12)² = 49/144;
      bertil (1/3 + 1/3·1/3 [anna])² = 16/81; carl (1/3 + 1/3·1/3 [anna])² = 16/81.
      c = 49/144 + 32/81 = **8577/11664** ≈ 0.735340.
    * c_with = e added to the guild: N(me) = {{anna, bertil, carl, dora, emil}},
      p = 1/5; now k(carl) = 4, k(dora) = 3, k(emil) = 5.
      anna (1/5 + 1/5·1/2 + 1/5·1/4)² = (7/20)²;
      bertil (1/5 + 1/5·1/3)² = (4/15)²;
      carl (1/5 + 1/5·1/3 [anna] + 1/5·1/3 [dora] + 1/5·1/5 [emil])² = (28/75)²;
      dora (1/5 + 1/5·1/4 [carl] + 1/5·1/5 [emil])² = (29/100)²;
      emil (1/5 + 1/5·1/4 [carl] + 1/5·1/3 [dora])² = (19/60)².
      c_with = 49/400 + 16/225 + 784/5625 + 841/10000 + 361/3600 ≈ {num(c_guild):.6f}.
    * constraint_change = c_with − c_without ≈ {num(c_guild - c_base):.6f}.

## Why: {book} (e in it)

1. anna: C(me) ∩ C(anna) = {{bertil, carl}}, carl outside M_book: supported (Padel
   is not e's network, so it supports nothing). bertil: C(me) ∩ C(bertil) =
   {{anna}}, inside M_book, and bertil is in no other network of e: **held**.
   new ∅. members 1, their_contacts 0.
2. W−book = {{anna, carl}}; unseen: bertil is an engineer in Sweden, like carl:
   none. members + unseen = 1 → **borderline**.
3. already_known 2/2 = 1, kept_without |{{anna}}|/2 = 1/2. No other network of e:
   redundant_with null, overlap 0.
4. diversity_gain: profession IQV(W) − IQV(W−book) = 16/27 − (1/2)/(3/4) = −2/27;
   country 0 − 0 = 0.
5. Tie strength: anna m = 2, k = 3, O = 2/(2+2−2) = 1; bertil m = 1, k = 2,
   O = 1/(2+1−1) = 1/2. Medians: m 1.5, O 0.75; no local bridge.
6. Give and take: e→anna 1; anna→e 1, bertil→e 1: balance −1/3, not one_sided.
7. Verdict: brings, their_contacts 0 → rule 3 **`keep`**, borderline.
8. **constraint_change**: c_with = the base value 8577/11664. c_without: e
   removed from the club and the held tie e–bertil removed: N(me) = {{anna, carl}},
   p = 1/2; anna (1/2 + 1/2·1/4 [carl])² = 25/64; carl (1/2 + 1/2·1/3 [anna])² = 4/9;
   c_without = **481/576** ≈ 0.835069. constraint_change = 8577/11664 − 481/576
   ≈ {num(c_base - c_book_without):.6f} (the club lowers her constraint a little).

## Why: {padel} (e not in it)

M_padel = {{anna, carl}} ⊆ W: new ∅, members 0, their_contacts 0, no unseen
value, diversity_gain 0 → **`not worth joining`**. already_known = kept_without
= 1. overlap with the book club: {{anna}} of {{anna, bertil, carl}} = 1/3 →
redundant_with the book club. Adding e to Padel adds the edges me–anna and
me–carl, which are ties already: H_with = H_without, constraint_change 0.
Tie strength: anna (2, O 1), carl (1, O 1/2): medians 1.5 and 0.75. Give and
take: e→anna 1, e→carl 1; anna→e 1: balance 1/3.

**Order**: guild (4), book club (1), Padel (0).
"""
    return dict(name="candidate", people=P, memberships=mem, ties=ties,
                args="--ego me", expected=exp, readme=readme)


# ============================================================================
# 7. partial_list


def partial_list():
    P = People([
        ("me", "Åsa Fredriksson", "physician", "Sweden"),
        ("anna", "Anna Wallin", "physician", "Sweden"),
        ("bo", "Bo Ståhl", "engineer", "Sweden"),
        ("cecilia", "Cecilia Møller", "engineer", "Denmark"),
        ("dag", "Dag Hovland", "regulatory affairs", "Norway"),
        ("eva", "Eva Lindgren", "physician", "Sweden"),
        ("farid", "Farid Rahimi", "engineer", "Iran"),
        ("gita", "Gita Sharma", "researcher", "India"),
    ])
    sma = "Swedish Medtech Association"
    lund = "Lund Alumni Network"
    founders = "Stockholm Founders Club"
    padel = "Padel Friends"
    mem = memberships([
        (sma, "me cecilia dag eva farid gita"),
        (lund, "me anna bo"),
        (founders, "anna bo"),
        (padel, "anna cecilia"),
    ])
    networks = [
        (sma, "Industry association for medical technology",
         "Swedish Medtech", "national", "yes", "2400", "2", "40"),
        (lund, "Alumni of the Lund medical programme, class of 2008",
         "Lund University", "local", "no", "0", "1", "3"),
        (founders, "Founders of health-tech start-ups", "", "local", "no",
         "", "", "30"),
        (padel, "Weekly padel", "", "local", "no", "600", "4", ""),
    ]
    ties = [("me", "anna", 1), ("anna", "me", 1), ("bo", "me", 1),
            ("me", "cecilia", 2), ("cecilia", "me", 1), ("anna", "bo", 1),
            ("anna", "cecilia", 1), ("cecilia", "bo", 1),
            ("cecilia", "dag", 1), ("eva", "farid", 1)]
    W = ids("anna bo cecilia dag eva farid gita")
    Wm_sma = ids("anna bo cecilia")
    k_me = 3
    absent = ["n_members_listed", "n_members_total", "members_partial"]
    exp = {
        "ego": "me",
        "order": [sma, lund, padel, founders],
        "networks": {
            sma: {
                "member": True, "n_members": 5,
                "n_members_listed": 6, "n_members_total": 40,
                "members_partial": True,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 4, "new_to_ego_people": ids("dag eva farid gita"),
                "reach_only_here": {"members": 4, "their_contacts": 0},
                "already_known": num(Fr(1, 5)), "kept_without": num(Fr(1, 5)),
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(["regulatory affairs", "researcher"],
                                        ["India", "Iran", "Norway"]),
                "diversity_gain": P.gain(W, Wm_sma),
                **embeddedness(k_me, [(2, 4)]),  # cecilia
                "given": 2, "received": 1, "ego_balance": balance(2, 1),
                "score": 4, "score_per_hour": 2.0,
                "score_per_fee": num(Fr(4, 2400)),
                "verdict": "keep", "borderline": False,
                "goal_fit": None,
            },
            lund: {
                "member": True, "n_members": 2, "_absent": absent,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 0, "their_contacts": 0},
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W),
                **embeddedness(k_me, [(2, 3), (2, 3)]),  # anna, bo
                "given": 1, "received": 2, "ego_balance": balance(1, 2),
                "score": 0, "score_per_hour": 0.0, "score_per_fee": None,
                "verdict": "reconsider", "borderline": False,
                "goal_fit": None,
            },
            padel: {
                "member": False, "n_members": 2, "_absent": absent,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 0, "their_contacts": 0},
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": num(Fr(1, 3)), "redundant_with": lund,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W),
                **embeddedness(k_me, [(2, 3), (2, 4)]),  # anna, cecilia
                "given": 3, "received": 2, "ego_balance": balance(3, 2),
                "score": 0, "score_per_hour": 0.0, "score_per_fee": 0.0,
                "verdict": "not worth joining", "borderline": False,
                "goal_fit": None,
            },
            founders: {
                "member": False, "n_members": 2,
                "n_members_listed": 2, "n_members_total": 30,
                "members_partial": True,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 0, "their_contacts": 0},
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": 1.0, "redundant_with": lund,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W),
                **embeddedness(k_me, [(2, 3), (2, 3)]),  # anna, bo
                "given": 1, "received": 2, "ego_balance": balance(1, 2),
                "score": 0, "score_per_hour": None, "score_per_fee": None,
                "verdict": None, "borderline": False,
                "goal_fit": None,
            },
        },
    }
    readme = f"""
# partial_list — member lists that are only partly known

**Story.** Åsa Fredriksson (`me`, physician in Lund) listed the people she knows
of in each network; `networks.csv` gives the real size (`members_total`).

* *{sma}*: 6 listed (Åsa and 5 others), 40 members in all →
  `n_members_listed` 6, `n_members_total` 40, `members_partial` true; the
  reach figures are lower bounds ("at least 4 among the 6 of 40").
* *{founders}*: Åsa is **not** a member; she listed Anna and Bo, both her
  contacts, of 30 members. Its newcomers are unknown: verdict **null**, not
  `not worth joining`.
* *{padel}* (not a member, no `members_total`): the same situation with a
  complete list (Anna and Cecilia, both contacts): **`not worth joining`**.
* *{lund}*: `members_total` 3 = the 3 listed (Åsa, Anna, Bo): not partial, so
  the three partial-list keys are **absent** (listed in `_absent`).

{COMMON_FILES.format(extra=", `networks.csv` (with `members_total`)")}
Convention used (the spec is silent): `n_members_listed` counts the distinct
people listed as members, the ego included when she is listed; the three keys
appear only when `members_total` > `n_members_listed`.

## Construction

* U: me–anna, me–bo, me–cecilia, anna–bo, anna–cecilia, bo–cecilia,
  cecilia–dag, eva–farid.
* C(me) = {{anna, bo, cecilia}} (k_me = 3); C(anna) = {{me, bo, cecilia}},
  C(bo) = {{me, anna, cecilia}}, C(cecilia) = {{me, anna, bo, dag}}.
* G(e) = {{SMA, Lund}}. W = {{anna, bo, cecilia}} ∪ {{cecilia, dag, eva, farid,
  gita}} ∪ {{anna, bo}} = {{anna, bo, cecilia, dag, eva, farid, gita}}.

## Why: {sma}

1. Listed: me, cecilia, dag, eva, farid, gita → n_members_listed 6 < 40:
   partial. n_members = |M_sma| = 5.
2. cecilia: only in SMA among e's networks; C(me) ∩ C(cecilia) = {{anna, bo}},
   outside M_sma: supported, not held. new_to_ego = {{dag, eva, farid, gita}}:
   members 4. W−sma = {{anna, bo, cecilia}}.
3. their_contacts: N(M_sma) = {{me, anna, bo, cecilia, dag, eva, farid}}: all e,
   W−sma or M_sma: 0. score 4.
4. already_known = kept_without = |{{cecilia}}|/5 = 1/5. No shared member with
   Lund: overlap 0, redundant_with null.
5. unseen: W−sma and e hold physician, engineer; Sweden, Denmark:
   regulatory affairs, researcher; India, Iran, Norway.
6. diversity_gain (K: profession 4, country 5): profession W = physician 2,
   engineer 3, regulatory affairs 1, researcher 1 → IQV = (34/49)/(3/4) = 136/147;
   W−sma = physician 1, engineer 2 → IQV = 16/27; gain 136/147 − 16/27.
   Country W = Sweden 3 and four countries once → IQV = (36/49)/(4/5) = 45/49;
   W−sma = Sweden 2, Denmark 1 → IQV = (4/9)/(4/5) = 5/9; gain 45/49 − 5/9.
7. Tie strength: cecilia m = |{{anna, bo}}| = 2, k = 4, O = 2/(2+3−2) = 2/3.
8. Give and take: e→cecilia 2; cecilia→e 1: balance 1/3.
9. Verdict: rule 3 **`keep`** (their_contacts 0), not borderline. 2 hours →
   4/2 = 2 per hour; fee 2400 → 4/2400.

## Why: {lund}

anna: C(me) ∩ C(anna) = {{bo, cecilia}}, cecilia is outside M_lund: supported;
bo: {{anna, cecilia}}: supported. Nothing new: members 0, brings false. No
shared member with SMA: redundant_with null → rule 5 **`reconsider`**.
Tie strength: anna, bo: m = 2, k = 3, O = 2/(2+2−2) = 1: medians 2 and 1.
Give and take: e→anna 1; anna→e 1, bo→e 1: −1/3. 1 hour → 0 per hour; fee 0 →
null. members_total 3 = listed 3 → not partial.

## Why: {founders}

e is not in it; listed anna, bo (n_members_listed 2 < 30: partial). Both are e's
contacts: new ∅, members 0, no unseen value, their_contacts 0. It would be
`not worth joining`, but a network e is not in with a partial list whose listed
members are all e's contacts gets verdict **null** (newcomers unknown).
already_known = kept_without = 1; overlap with Lund: {{anna, bo}} = {{anna, bo}} → 1,
redundant_with Lund. Medians as for Lund (2, 1). Give and take −1/3. No hours
or fee: both ratios null.

## Why: {padel}

M = {{anna, cecilia}} ⊆ W, no `members_total`: `not worth joining`. overlap
with Lund {{anna}} / {{anna, bo, cecilia}} = 1/3, with SMA {{cecilia}} / 6 = 1/6 →
redundant_with Lund, 1/3. Tie strength: anna (2, 1), cecilia (2, 2/3): medians
2 and 5/6. Give and take: e→anna 1, e→cecilia 2; anna→e 1, cecilia→e 1:
(3−2)/5 = 0.2. 4 hours, fee 600: 0 and 0.

**Order**: SMA (4), then score 0 by name: Lund, Padel, Stockholm.

`_absent` (in expected.json) lists keys that must NOT appear in that network's
output object.
"""
    return dict(name="partial_list", people=P, memberships=mem, ties=ties,
                networks=networks, args="--ego me", expected=exp,
                readme=readme)


# ============================================================================
# 8. population


def population():
    P = People([
        ("asa", "Åsa Ekdahl", "HR", "Sweden"),
        ("jorg", "Jörg Schmidt", "engineer", "Germany"),
        ("maria", "Maria Lönn", "finance", "Sweden"),
        ("nguyen", "Nguyễn Minh Anh", "engineer", "Vietnam"),
        ("pekka", "Pekka Mäkinen", "engineer", "Finland"),
        ("sanna", "Sanna Roos", "marketing", "Sweden"),
        ("tomas", "Tomas Berg", "sales", "Sweden"),
        ("ulla", "Ulla Grön", "sales", "Sweden"),
        ("viktor", "Viktor Nyman", "engineer", ""),
        ("wilma", "Wilma Ek", "HR", "Sweden"),
        ("yusuf", "Yusuf Demir", "sales", "Turkey"),
        ("zofia", "Zofia Nowak", "", "Poland"),
    ])
    board, green, run, women = ("Board", "Green Team", "Running Club",
                                "Women's Network")
    mem = memberships([
        (women, "asa maria sanna wilma"),
        (run, "sanna tomas ulla viktor"),
        (green, "jorg nguyen pekka sanna"),
        (board, "asa jorg maria"),
    ])
    ties = [("asa", "maria", 1), ("nguyen", "tomas", 1), ("nguyen", "wilma", 1),
            ("tomas", "ulla", 1), ("ulla", "yusuf", 1), ("wilma", "maria", 1),
            ("zofia", "yusuf", 1), ("maria", "zofia", 1), ("jorg", "nguyen", 1),
            ("sanna", "yusuf", 1), ("zofia", "tomas", 1), ("asa", "yusuf", 1)]
    everyone = [r[0] for r in P.rows]
    iqv_all = {a: num(P.iqv(everyone, a)) for a in ATTRS}

    def iq(members):
        # ties' key: iqv.<attr> = {members, everyone} (docs/evaluate.md).
        return {a: {"members": num(P.iqv(ids(members), a)), "everyone": iqv_all[a]} for a in ATTRS}

    def ei(E, I):
        # ties' key: ei = {external, internal, index}.
        return {"external": E, "internal": I, "index": num(Fr(E - I, E + I))}
    exp = {
        "ego": None,
        "networks": {
            board: {
                "n_members": 3, "iqv": iq("asa jorg maria"),
                "unseen_values": unseen(["finance"], ["Germany"]),
                "ei": ei(4, 1),
                "members_without_ties": 0, "members_without_ties_people": [],
                "bridging_members": 0, "bridging_members_people": [],
                "overlap": num(Fr(2, 5)), "redundant_with": women,
            },
            green: {
                "n_members": 4, "iqv": iq("jorg nguyen pekka sanna"),
                "unseen_values": unseen(["marketing"],
                                        ["Finland", "Germany", "Vietnam"]),
                "ei": ei(3, 1),
                "members_without_ties": 1,
                "members_without_ties_people": ["pekka"],
                "bridging_members": 1, "bridging_members_people": ["nguyen"],
                "overlap": num(Fr(1, 6)), "redundant_with": board,
            },
            run: {
                "n_members": 4, "iqv": iq("sanna tomas ulla viktor"),
                "unseen_values": unseen(["marketing"], []),
                "ei": ei(4, 1),
                "members_without_ties": 1,
                "members_without_ties_people": ["viktor"],
                "bridging_members": 0, "bridging_members_people": [],
                "overlap": num(Fr(1, 7)), "redundant_with": green,
            },
            women: {
                "n_members": 4, "iqv": iq("asa maria sanna wilma"),
                "unseen_values": unseen(["HR", "finance", "marketing"], []),
                "ei": ei(4, 2),
                "members_without_ties": 0, "members_without_ties_people": [],
                "bridging_members": 1, "bridging_members_people": ["wilma"],
                "overlap": num(Fr(2, 5)), "redundant_with": board,
            },
        },
    }
    readme = f"""
# population — an organisation looks at its own networks (no ego)

**Story.** A firm of 12 people has four internal networks: the *{board}*,
the *{green}*, the *{run}* and the *{women}*. No `--ego`: each
network is judged **against the rest of the organisation**, without verdicts
(spec § Population mode). Yusuf and Zofia belong to no network.

{COMMON_FILES.format(extra="")}
`args` is an empty line (no `--ego`).

## Construction

| network | members |
| --- | --- |
| {board} | asa, jorg, maria |
| {green} | jorg, nguyen, pekka, sanna |
| {run} | sanna, tomas, ulla, viktor |
| {women} | asa, maria, sanna, wilma |

Ties (all one-way, no pair listed twice, so U has exactly these 12 edges):
asa–maria, nguyen–tomas, nguyen–wilma, tomas–ulla, ulla–yusuf, wilma–maria,
zofia–yusuf, maria–zofia, jorg–nguyen, sanna–yusuf, zofia–tomas, asa–yusuf.

## Readings used where the spec gives no formula or key

* **E-I index** over the edges of U touching g (as metrics.md `ei`): E = edges
  with one end in g and one outside, I = edges with both ends in g,
  (E − I)/(E + I). Key: `ei_index`. (Because no pair is reciprocated, counting
  arcs in either direction gives the same figures; only a reading that counts
  solely arcs *from* members would differ.)
* `members_without_ties`: count of members with no tie in U at all; the ids in
  `members_without_ties_people`.
* `bridging_members`: members x of g with U-neighbours in the member lists of
  at least two networks other than g; count, and ids in
  `bridging_members_people`. The data avoid the doubtful cases (it makes no
  difference whether x's own other networks count).
* `iqv.<attr>`: IQV of M_g (K over all 12 people); `iqv_everyone.<attr>`:
  IQV over everyone (the same for every network).
* `unseen_values`: values held by a member and by no non-member.
* `overlap`/`redundant_with` over all networks, ties to more shared members,
  then byte order of the name. The spec gives no listing order for this mode,
  so expected.json has no `order`.

## Why

* **E-I.** Board: I = {{asa–maria}}, E = {{jorg–nguyen, wilma–maria, maria–zofia,
  asa–yusuf}}: (4−1)/5 = 0.6. Green: I = {{jorg–nguyen}}, E = {{nguyen–tomas,
  nguyen–wilma, sanna–yusuf}}: (3−1)/4 = 0.5. Running: I = {{tomas–ulla}},
  E = {{nguyen–tomas, ulla–yusuf, sanna–yusuf, zofia–tomas}}: 0.6. Women:
  I = {{asa–maria, wilma–maria}}, E = {{nguyen–wilma, maria–zofia, sanna–yusuf,
  asa–yusuf}}: (4−2)/6 = 1/3.
* **Without ties**: pekka (Green) and viktor (Running) appear in no tie.
* **Bridging**: nguyen (Green) is tied to tomas (Running), wilma (Women) and
  jorg (Board, Green): 3 other networks. wilma (Women) is tied to nguyen
  (Green) and maria (Board, Women): Green and Board. Nobody else reaches two
  other networks: asa → maria (Women / Board: one other network), jorg → nguyen
  (Green only), maria → asa, wilma (Women) and zofia (none), tomas → nguyen
  (Green), ulla, sanna → yusuf (none).
* **Overlap**: Board–Women {{asa, maria}} / 5 = 0.4; Board–Green {{jorg}} / 6;
  Green–Running, Green–Women, Running–Women {{sanna}} / 7 each; Board–Running 0.
  Running: Green and Women tie at 1/7 with 1 shared member each → by name,
  "Green Team" (the Women's Network comes first in memberships.csv, so a
  first-seen rule would be wrong).
* **Unseen**: Board: finance (maria), Germany (jorg). Green: marketing (sanna;
  nobody outside has it), Finland, Germany, Vietnam (engineer is held by viktor
  outside). Running: marketing (sanna). Women: HR (asa, wilma), finance,
  marketing; byte order puts "HR" before the lower-case values. Sweden is
  everywhere.
* **IQV** (K: profession 5 {{HR, engineer, finance, marketing, sales}}; country 6
  {{Sweden, Germany, Vietnam, Finland, Turkey, Poland}}; viktor has no country,
  zofia no profession):
  everyone: profession HR 2, engineer 4, finance 1, marketing 1, sales 3 of 11 →
  IQV = (90/121)/(4/5) = 225/242; country Sweden 6 and five others once, 11 →
  IQV = (80/121)/(5/6) = 96/121.
  Board: profession 3 distinct of 3 → (2/3)/(4/5) = 5/6; country Sweden 2,
  Germany 1 → (4/9)/(5/6) = 8/15. Green: engineer 3, marketing 1 → (3/8)/(4/5)
  = 15/32; four countries → (3/4)/(5/6) = 9/10. Running: marketing 1, sales 2,
  engineer 1 → (5/8)/(4/5) = 25/32; country Sweden ×3 (viktor missing) → 0.
  Women: HR 2, finance 1, marketing 1 → 25/32; all Sweden → 0.
"""
    return dict(name="population", people=P, memberships=mem, ties=ties,
                args="", expected=exp, readme=readme)


# ============================================================================
# 9. budget


def budget():
    P = People([
        ("me", "Sofia Lindberg", "product manager", "Sweden"),
        ("ake", "Åke Nyström", "founder", "Sweden"),
        ("ingrid", "Ingrid Haugland", "investor", "Norway"),
        ("mads", "Mads Kjær", "founder", "Denmark"),
        ("saga", "Saga Lind", "designer", "Sweden"),
        ("oliver", "Oliver Grant", "investor", "United Kingdom"),
        ("lena", "Lena Vogel", "founder", "Germany"),
        ("per", "Per Holm", "sales", "Sweden"),
        ("siv", "Siv Ek", "accountant", "Sweden"),
        ("karin", "Karin Ros", "product manager", "Sweden"),
        ("aino", "Aino Laine", "product manager", "Finland"),
        ("beatriz", "Beatriz Souza", "engineer", "Brazil"),
        ("tilde", "Tilde Berg", "designer", "Sweden"),
        ("goran", "Göran Falk", "engineer", "Sweden"),
        ("rune", "Rune Dahl", "sales", "Sweden"),
        ("stina", "Stina Moberg", "product manager", "Sweden"),
        ("erik", "Erik Wall", "engineer", "Sweden"),
        ("fatima", "Fatima Ali", "data scientist", "Sweden"),
        ("jonas", "Jonas Borg", "lawyer", "Sweden"),
        ("lisa", "Lisa Nord", "economist", "Sweden"),
    ])
    A, B = "Nordic Founders Forum", "Hisingen Chamber Lunch"
    C, D, E = ("Women in Product Slack", "Old Alumni Circle",
               "Göteborg Tech Meetup")
    mem = memberships([
        (A, "me ake ingrid mads saga"),
        (B, "me per siv"),
        (C, "me karin aino beatriz tilde"),
        (D, "me goran rune"),
        (E, "me erik fatima jonas lisa"),
    ])
    networks = [
        (A, "Founders and investors, Nordic", "", "international", "yes",
         "3000", "4", ""),
        (B, "Monthly lunch", "Hisingen Chamber", "local", "yes", "500", "5", ""),
        (C, "Online community for women in product", "", "international",
         "no", "2500", "3", ""),
        (D, "Old classmates", "", "local", "no", "", "", ""),
        (E, "Evening talks on tech", "", "local", "no", "1000", "10", ""),
    ]
    goals = [("diversity", "country", "", ""),
             ("contacts", "profession", "designer", "2"),
             ("hours", "", "", "18"), ("fee", "", "", "5000")]
    ties = [("me", "ake", 1), ("ake", "me", 1), ("ingrid", "oliver", 1),
            ("lena", "mads", 1), ("per", "me", 1), ("me", "per", 1),
            ("me", "karin", 1), ("me", "aino", 1), ("goran", "me", 1),
            ("me", "rune", 1), ("stina", "goran", 1), ("rune", "stina", 1),
            ("stina", "me", 1), ("erik", "me", 2), ("me", "erik", 1)]
    W = ids("ake ingrid mads saga per siv karin aino beatriz tilde goran rune "
            "stina erik fatima jonas lisa")

    def minus(xs):
        return [x for x in W if x not in ids(xs)]
    k_me = 8
    gA = P.gain(W, minus("ake ingrid mads saga"))
    gB = P.gain(W, minus("per siv"))
    gC = P.gain(W, minus("karin aino beatriz tilde"))
    gE = P.gain(W, minus("erik fatima jonas lisa"))
    # goal_fit relies on the sign of the country gain where no country is unseen
    assert gB["country"] < 0 and gE["country"] < 0
    exp = {
        "ego": "me",
        "order": [A, C, E, B, D],
        "networks": {
            A: {
                "member": True, "n_members": 4,
                "held_only_here": 1, "held_only_here_people": ["ake"],
                "new_to_ego": 3, "new_to_ego_people": ids("ingrid mads saga"),
                "reach_only_here": {"members": 4, "their_contacts": 2},
                "already_known": num(Fr(1, 4)), "kept_without": 0.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(["founder", "investor"],
                                        ["Denmark", "Norway"]),
                "diversity_gain": gA,
                **embeddedness(k_me, [(0, 1)]),
                "given": 1, "received": 1, "ego_balance": 0.0,
                "score": 6, "score_per_hour": 1.5,
                "score_per_fee": num(Fr(6, 3000)),
                "verdict": "reconsider", "borderline": False,
                "goal_fit": 1.0,
            },
            C: {
                "member": True, "n_members": 4,
                "held_only_here": 2, "held_only_here_people": ids("aino karin"),
                "new_to_ego": 2, "new_to_ego_people": ids("beatriz tilde"),
                "reach_only_here": {"members": 4, "their_contacts": 0},
                "already_known": num(Fr(2, 4)), "kept_without": 0.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen([], ["Brazil", "Finland"]),
                "diversity_gain": gC,
                **embeddedness(k_me, [(0, 1), (0, 1)]),
                "given": 2, "received": 0, "ego_balance": 1.0,
                "score": 4, "score_per_hour": num(Fr(4, 3)),
                "score_per_fee": num(Fr(4, 2500)),
                "verdict": "change how you take part", "borderline": False,
                "goal_fit": 1.0,
            },
            E: {
                "member": True, "n_members": 4,
                "held_only_here": 1, "held_only_here_people": ["erik"],
                "new_to_ego": 3, "new_to_ego_people": ids("fatima jonas lisa"),
                "reach_only_here": {"members": 4, "their_contacts": 0},
                "already_known": num(Fr(1, 4)), "kept_without": 0.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(["data scientist", "economist",
                                         "lawyer"], []),
                "diversity_gain": gE,
                **embeddedness(k_me, [(0, 1)]),
                "given": 1, "received": 2, "ego_balance": balance(1, 2),
                "score": 4, "score_per_hour": 0.4,
                "score_per_fee": num(Fr(4, 1000)),
                "verdict": "keep", "borderline": False,
                "goal_fit": 0.0,
            },
            B: {
                "member": True, "n_members": 2,
                "held_only_here": 1, "held_only_here_people": ["per"],
                "new_to_ego": 1, "new_to_ego_people": ["siv"],
                "reach_only_here": {"members": 2, "their_contacts": 0},
                "already_known": num(Fr(1, 2)), "kept_without": 0.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(["accountant"], []),
                "diversity_gain": gB,
                **embeddedness(k_me, [(0, 1)]),
                "given": 1, "received": 1, "ego_balance": 0.0,
                "score": 2, "score_per_hour": 0.4,
                "score_per_fee": num(Fr(2, 500)),
                "verdict": "reconsider", "borderline": False,
                "goal_fit": 0.0,
            },
            D: {
                "member": True, "n_members": 2,
                "held_only_here": 0, "held_only_here_people": [],
                "new_to_ego": 0, "new_to_ego_people": [],
                "reach_only_here": {"members": 0, "their_contacts": 0},
                "already_known": 1.0, "kept_without": 1.0,
                "overlap": 0, "redundant_with": None,
                "unseen_values": unseen(),
                "diversity_gain": P.gain(W, W),
                **embeddedness(k_me, [(1, 2), (1, 2)]),
                "given": 1, "received": 1, "ego_balance": 0.0,
                "score": 0, "score_per_hour": None, "score_per_fee": None,
                "verdict": "reconsider", "borderline": False,
                "goal_fit": 0.0,
            },
        },
    }
    readme = f"""
# budget — time and fees weigh in through the user's own budget

**Story.** Sofia Lindberg (`me`, product manager) is in five networks and
sets a budget in `goals.csv`: at most **18 hours a month** and **5000 a year**
in fees, plus two goals: more diversity in `country`, and contacts among
designers. Before the budget, the rules give: Founders Forum `keep and invest`,
Women in Product Slack `change how you take part`, Tech Meetup `keep`,
Chamber Lunch `keep`, Old Alumni `reconsider`. The budget demotes the Chamber
Lunch (hours, tie broken by the lower score) and then the Founders Forum
(fees) to `reconsider`.

{COMMON_FILES.format(extra=", `networks.csv` (fee, hours), `goals.csv`")}
## Conventions used (from the brief; the spec is not explicit)

Trigger when the known hours (fee) of the networks e is in sum above the
budget; demote networks decided by rule 2 or 3 with a known score_per_hour
(per_fee), lowest first (ties: lower score, then name), until the hours of the
networks whose verdict is from rules 1–3 and not demoted fit; hours first, then
fee. The Old Alumni Circle has neither hours nor fee, so the result is the same
whether "the rest" means every network e is in or only those from rules 1–3.

## Construction

| network | M_g | held | new | their_contacts | hours | fee |
| --- | --- | --- | --- | --- | ---: | ---: |
| {A} | ake, ingrid, mads, saga | ake | ingrid, mads, saga | 2 (oliver, lena) | 4 | 3000 |
| {B} | per, siv | per | siv | 0 | 5 | 500 |
| {C} | karin, aino, beatriz, tilde | karin, aino | beatriz, tilde | 0 | 3 | 2500 |
| {D} | goran, rune | — | — | 0 | — | — |
| {E} | erik, fatima, jonas, lisa | erik | fatima, jonas, lisa | 0 | 10 | 1000 |

* U: me–ake, ingrid–oliver, lena–mads, me–per, me–karin, me–aino, me–goran,
  me–rune, stina–goran, rune–stina, me–stina, me–erik. C(me) = {{ake, per, karin,
  aino, goran, rune, stina, erik}} (k_me = 8); stina is in no network.
* The networks share no member: every overlap 0, redundant_with null.
* held: ake, per, karin, aino, erik have e as their only contact (m = 0, only
  in their network): held, and each a local bridge (O = 0). goran and rune have
  the mutual contact stina outside the Old Alumni: supported (m = 1, k = 2,
  O = 1/(7+1−1) = 1/7).
* W = every member above plus stina (17 people); oliver and lena are outside W
  and tied only to ingrid and mads: their_contacts 2 for the Founders Forum.

## Why: rules 1–5 (before the budget)

* Founders: brings, balance 0 (e→ake, ake→e), their_contacts 2 → rule 2.
* Slack: e→karin, e→aino, nothing back: balance 1 → rule 1 `change how you take part`.
* Meetup: e→erik 1, erik→e 2: −1/3, not one_sided → rule 3 `keep`.
* Chamber Lunch: e→per, per→e: 0 → rule 3 `keep`.
* Old Alumni: members 0, nothing unseen, no overlap → rule 5 `reconsider`.
* None is borderline: members + unseen ≥ 3 everywhere it matters, the rule-2
  network has their_contacts 2, and no |balance| lies in [0.4, 0.5) or [0.5, 0.6).

## Why: the budget

* score_per_hour: Founders 6/4 = 1.5, Chamber 2/5 = 0.4, Slack 4/3, Meetup 4/10
  = 0.4; Old Alumni null. score_per_fee: 6/3000, 2/500, 4/2500, 4/1000, null.
* **Hours (18).** Known hours 4 + 5 + 3 + 10 = 22 > 18. Candidates (rules 2–3):
  Chamber 0.4 (score 2), Meetup 0.4 (score 4), Founders 1.5. The tie at 0.4 goes
  to the lower score: the **Chamber Lunch** is demoted first. Rules 1–3 left:
  Founders 4 + Slack 3 + Meetup 10 = 17 ≤ 18: stop. (Breaking the tie by name
  would demote the Meetup instead, "Göteborg…" < "Hisingen…", and then stop too.)
* **Fee (5000).** Known fees 3000 + 500 + 2500 + 1000 = 7000 > 5000. Rules 1–3
  not demoted: Founders 3000 + Slack 2500 + Meetup 1000 = 6500 > 5000.
  Candidates: Founders 0.002, Meetup 0.004: the **Founders Forum** is demoted;
  left 3500 ≤ 5000: stop. The Slack (rule 1) is never demoted.
* Final: Founders `reconsider`, Slack `change how you take part`, Meetup `keep`,
  Chamber `reconsider`, Old Alumni `reconsider`.

## Why: goal_fit and the order

Goals: diversity in country; contacts with profession designer.

* Founders: unseen countries Denmark, Norway (diversity advanced); saga, new,
  is a designer (contacts advanced): 2/2 = 1.
* Slack: unseen countries Brazil (beatriz), Finland (aino); tilde, new, is a
  designer: 1.
* Meetup: all its members are Swedish: no unseen country, and the country
  diversity_gain is negative (W−E has Sweden 9 of 13, W has 13 of 17: IQV goes
  down); no designer: 0.
* Chamber: Swedish members, gain negative; no designer: 0.
* Old Alumni: nothing unseen, gain 0 (not > 0), nobody held or new: 0.

Order: Founders (6); then Slack and Meetup both score 4: goal_fit 1 before 0,
so the **Slack first**, although the Meetup has more unseen values (3 vs 2)
and sorts first by name; then Chamber (2), Old Alumni (0).

unseen_values: Founders: founder, investor (lena and oliver are outside W);
designer is seen (tilde). Slack: no profession (product manager is e's,
engineer is goran's/erik's, designer is saga's). Meetup: data scientist,
economist, lawyer. Chamber: accountant (sales is rune's).
"""
    return dict(name="budget", people=P, memberships=mem, ties=ties,
                networks=networks, goals=goals, args="--ego me",
                expected=exp, readme=readme)


# ============================================================================

SCENARIOS = [own_circle, bridge, one_sided, near_duplicates, passive,
             candidate, partial_list, population, budget]

INDEX = """\
# `ties evaluate` scenarios with answers by construction

Each folder is a small data set built so that the correct output of
`ties evaluate` follows from `docs/spec/evaluate.md` (and `metrics.md` for
constraint and IQV) by hand. Each holds the input CSVs, `args` (one line: the
extra command-line arguments, `--ego me` or empty for population mode),
`expected.json` and a `README.md` with the reasoning step by step. The figures
were derived from the spec alone, never from the Go code.

| scenario | what it proves |
| --- | --- |
| [own_circle](own_circle/) | a club of one's own circle (all ties supported outside it): held 0, new 0, kept_without 1, constraint_change 0; redundant only at 2/7 → `reconsider`; the other network `keep and invest` with their_contacts 2 |
| [bridge](bridge/) | the only bridge to a far cluster: held 1 + new 3, their_contacts 3 → `keep and invest`, a local bridge; mutual contacts inside the club do not support a tie (held 1 → `keep`, borderline) |
| [one_sided](one_sided/) | ego only gives (balance 1) in a diverse network → `change how you take part`; balance exactly 0.5 → one_sided and borderline; balance −3/7 → `keep`, borderline |
| [near_duplicates](near_duplicates/) | Jaccard 2/3 → `leave`; overlap tie 0.5/0.5 broken by shared members → `leave`, borderline; redundant with a network that brings nothing → `reconsider`; listing tie broken by unseen-value count |
| [passive](passive/) | no member is a contact → `change how you take part` with ego_balance null; constraint_change −19/30 by hand; a network with only the ego → verdict null |
| [candidate](candidate/) | networks the ego is not in: `consider joining` (new 2, their_contacts 2) and `not worth joining`; constraint_change by hand for three networks |
| [partial_list](partial_list/) | `members_total` > listed → `n_members_listed`, `n_members_total`, `members_partial`; a partial list of known people (ego not in) → verdict null; keys absent when the list is complete |
| [population](population/) | no ego: IQV, unseen values, E-I index, members without ties, bridging members, overlap with a tie broken by name |
| [budget](budget/) | hours and fee budgets demote rule 2–3 networks (tie on score_per_hour broken by the lower score); goal_fit breaks a score tie in the listing |

## expected.json

`{"ego": "me" | null, "order": [...], "networks": {name: {figure: value}}}`.
Keys are the spec's JSON keys; a network lists only the figures derived by
hand for it. Numbers are compared to 1e-9. `order` is the listing order of the
spec (absent for population mode, where the spec gives none).
`held_only_here_people` / `new_to_ego_people` are sorted lists of person
**ids**. `_absent` lists keys that must not appear in that network's output.
Population mode uses keys the spec does not name (`iqv`, `iqv_everyone`,
`ei_index`, `members_without_ties[_people]`, `bridging_members[_people]`):
see population/README.md.

## Regenerate

```sh
/usr/bin/python3 testdata/evaluate/make_scenarios.py    # from the repository root
```

The script (standard library only, deterministic) rewrites every scenario
folder and this index. The expected figures come from each scenario's own
hand-stated sets (held, new, W−g, m and k per tie, Burt's terms written out),
not from a general implementation of the spec.
"""


def main():
    for make in SCENARIOS:
        write_scenario(make())
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(INDEX)


if __name__ == "__main__":
    main()
