#!/usr/bin/env python3
"""Generate a deterministic, social-like professional network for the peer
benchmark (testdata/peer/README.md).

    python3 testdata/peer/gen.py --n 20000 --out /tmp/peer/20000 [--seed 1]
    python3 testdata/peer/gen.py --n 200000 --zipf-memberships 300000 --zipf-largest 16050 --out /tmp/peer/zipf
    python3 testdata/peer/gen.py --linkedin --n 30000 --zipf-memberships 45000 --zipf-largest 2400 --out /tmp/peer/linkedin

writes, into --out:

  people.csv       id,profession,country,gender
  ties.csv         source,target,weight     (directed arcs)
  memberships.csv  person_id,network

The model, standard library only, the same files for the same n and seed:

* Communities of varied size (a truncated power law, 10 to 2 000 people)
  stand for workplaces, professions-in-a-city, alumni cohorts. Ties are
  homophilous: about 85 % of a person's ties stay inside their community.
* About 5 % of people also belong to a second community and send their
  outside ties there: they are the brokers who span structural holes.
* Each person has an activity drawn from a Pareto distribution (exponent
  2.2, capped), and endpoints are drawn in proportion to it (Chung-Lu inside
  a stochastic block model), so degrees are skewed: most people have a few
  ties, a few have hundreds.
* Ties: ties_per_person * n arcs in all (default 10 n). Exactly 30 % of the
  arcs are reciprocated (nx.reciprocity = 0.30): the generator draws distinct
  unordered pairs, makes 15/85 of them mutual (two arcs) and gives the rest
  one random direction. Weights are 1..5, skewed towards 1; the two arcs of
  a mutual pair get separate weights.
* Attributes: profession (15 values) and country (40 values) follow the
  community's own with probability 0.6 and 0.7, otherwise a Zipf-like draw;
  gender F/M/X. About 2 % of professions and 3 % of genders are missing.
* Memberships: about n/15 groups (associations, clubs, online groups) with
  sizes from a truncated power law (3 to 1 000 members at most, n/20 for
  small n), so most are small and a few are large; each group draws 70 % of
  its members from one community and the rest from everyone.
* Zipf memberships (--zipf-memberships M --zipf-largest L): instead, a
  member list such as a national association's. Network k (from 1) has
  round(L * k^-a) members (a = --zipf-exponent, default 0.8; at least 2)
  until the sizes sum to M, the last one cut to fit. With M = 300 000 and
  L = 16 050 that is 2 118 networks, 76 of them above 500 members, and
  292 million implied pairs (sum of s(s-1)/2), 13.6 million from the
  networks of at most 500. Each member is drawn from the network's home
  community with probability 0.7 (at most half of that community), else
  from everyone, without repeats.
* LinkedIn (--linkedin): instead of the three files above, Connections.csv
  as LinkedIn writes it (the "Notes:" preamble, then First Name, Last
  Name, URL, Email Address, Company, Position, Connected On) with n
  contacts, and memberships.csv naming them by their profile slugs (the
  ids ties gives LinkedIn contacts) in Zipf-sized networks as above, each
  member drawn from everyone; no ties file (an export has none). Companies
  have Zipf-like sizes (n/10 of them, the largest about 8 % of the
  contacts), 10 % of contacts have an e-mail address, the connection dates
  run from 2008 to 2026.
"""

import argparse
import bisect
import csv
import itertools
import os
import random
import sys

PROFESSIONS = [
    "engineer", "product manager", "designer", "data scientist", "sales",
    "marketing", "finance", "lawyer", "physician", "nurse", "teacher",
    "researcher", "consultant", "founder", "public servant",
]
COUNTRIES = [
    "Sweden", "Norway", "Denmark", "Finland", "Germany", "France", "Spain",
    "Italy", "Netherlands", "Belgium", "Poland", "United Kingdom", "Ireland",
    "United States", "Canada", "Mexico", "Brazil", "Argentina", "Chile",
    "India", "China", "Japan", "South Korea", "Vietnam", "Indonesia",
    "Australia", "New Zealand", "South Africa", "Nigeria", "Kenya", "Egypt",
    "Turkey", "Iran", "Pakistan", "Ukraine", "Portugal", "Greece", "Austria",
    "Switzerland", "Estonia",
]


def pareto_int(rng, lo, hi, alpha):
    """An integer in [lo, hi] from a Pareto tail with exponent alpha."""
    while True:
        v = int(lo * rng.paretovariate(alpha))
        if v <= hi:
            return v


def zipf_cum(k, s=1.0):
    return list(itertools.accumulate(1.0 / (r + 1) ** s for r in range(k)))


def zipf_sizes(total, largest, exponent=0.8):
    """Network sizes round(largest * k^-exponent), k = 1, 2, ..., at least
    2, summing to total (the last one cut to fit)."""
    sizes = []
    left = total
    k = 1
    while left > 0:
        s = min(max(2, int(round(largest * k ** -exponent))), left)
        sizes.append(s)
        left -= s
        k += 1
    return sizes


def generate(n, seed=1, ties_per_person=10.0, reciprocated=0.30,
             zipf_memberships=0, zipf_largest=0, zipf_exponent=0.8):
    rng = random.Random(seed)

    # Communities.
    sizes = []
    total = 0
    max_size = max(10, min(2000, n // 10))
    while total < n:
        s = min(pareto_int(rng, 10, max_size, 1.3), n - total)
        sizes.append(s)
        total += s
    comm = []
    for c, s in enumerate(sizes):
        comm.extend([c] * s)
    rng.shuffle(comm)
    members = [[] for _ in sizes]
    for i, c in enumerate(comm):
        members[c].append(i)

    # Brokers: a second community for about 5 % of people.
    second = [-1] * n
    ncomm = len(sizes)
    if ncomm > 1:
        for i in range(n):
            if rng.random() < 0.05:
                c2 = rng.randrange(ncomm - 1)
                second[i] = c2 if c2 < comm[i] else c2 + 1

    # Activity (degree propensity).
    cap = max(20.0, n ** 0.5)
    act = [min(rng.paretovariate(1.2), cap) for _ in range(n)]
    cum_all = list(itertools.accumulate(act))
    cum_comm = [list(itertools.accumulate(act[i] for i in m)) for m in members]

    def draw(cum, pool=None):
        k = bisect.bisect_left(cum, rng.random() * cum[-1])
        k = min(k, len(cum) - 1)
        return pool[k] if pool is not None else k

    # Distinct unordered pairs: m arcs = U + R with 2R = reciprocated * m.
    m = int(round(ties_per_person * n))
    mutual = int(round(reciprocated * m / 2))
    upairs = m - mutual
    seen = set()
    pairs = []
    max_pairs = n * (n - 1) // 2
    upairs = min(upairs, max_pairs)
    while len(pairs) < upairs:
        a = draw(cum_all)
        u = rng.random()
        if u < 0.85 or ncomm == 1:
            c = comm[a]
        elif second[a] >= 0:
            c = second[a]
        else:
            c = -1
        b = draw(cum_all) if c < 0 else draw(cum_comm[c], members[c])
        if a == b:
            continue
        key = a * n + b if a < b else b * n + a
        if key in seen:
            continue
        seen.add(key)
        pairs.append((a, b))
    del seen

    wcum = list(itertools.accumulate([0.45, 0.25, 0.15, 0.10, 0.05]))

    def weight():
        return bisect.bisect_left(wcum, rng.random() * wcum[-1]) + 1

    mutual = min(mutual, len(pairs))
    is_mutual = [False] * len(pairs)
    for k in rng.sample(range(len(pairs)), mutual):
        is_mutual[k] = True
    arcs = []
    for k, (a, b) in enumerate(pairs):
        if is_mutual[k]:
            arcs.append((a, b, weight()))
            arcs.append((b, a, weight()))
        elif rng.random() < 0.5:
            arcs.append((a, b, weight()))
        else:
            arcs.append((b, a, weight()))
    rng.shuffle(arcs)

    # Attributes.
    pcum = zipf_cum(len(PROFESSIONS), 0.8)
    ccum = zipf_cum(len(COUNTRIES), 1.0)
    comm_prof = [draw(pcum) for _ in sizes]
    comm_country = [draw(ccum) for _ in sizes]
    people = []
    for i in range(n):
        c = comm[i]
        r = rng.random()
        if r < 0.02:
            prof = ""
        elif r < 0.62:
            prof = PROFESSIONS[comm_prof[c]]
        else:
            prof = PROFESSIONS[draw(pcum)]
        country = COUNTRIES[comm_country[c] if rng.random() < 0.7 else draw(ccum)]
        g = rng.random()
        gender = "" if g < 0.03 else ("F" if g < 0.515 else ("M" if g < 0.99 else "X"))
        people.append((prof, country, gender))

    if zipf_memberships > 0:
        memberships = []
        for g, size in enumerate(zipf_sizes(zipf_memberships, zipf_largest, zipf_exponent)):
            home = rng.randrange(ncomm)
            from_home = len(members[home]) // 2
            chosen = set()
            while len(chosen) < size:
                if from_home > 0 and rng.random() < 0.7:
                    p = draw(cum_comm[home], members[home])
                    if p not in chosen:
                        from_home -= 1
                else:
                    p = rng.randrange(n)
                chosen.add(p)
            memberships.extend((p, g) for p in sorted(chosen))
        return people, arcs, memberships

    # Groups.
    ngroups = max(1, n // 15)
    gmax = max(3, min(1000, n // 20))
    memberships = []
    for g in range(ngroups):
        size = pareto_int(rng, 3, gmax, 1.1)
        home = rng.randrange(ncomm)
        chosen = set()
        tries = 0
        while len(chosen) < size and tries < 20 * size:
            tries += 1
            if rng.random() < 0.7:
                chosen.add(draw(cum_comm[home], members[home]))
            else:
                chosen.add(rng.randrange(n))
        for p in sorted(chosen):
            memberships.append((p, g))

    return people, arcs, memberships


def pid(i):
    return "p%06d" % i


def write(out, people, arcs, memberships):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "people.csv"), "w", newline="") as f:
        f.write("id,profession,country,gender\n")
        f.writelines("%s,%s,%s,%s\n" % (pid(i), p, c, g) for i, (p, c, g) in enumerate(people))
    with open(os.path.join(out, "ties.csv"), "w", newline="") as f:
        f.write("source,target,weight\n")
        f.writelines("%s,%s,%d\n" % (pid(a), pid(b), w) for a, b, w in arcs)
    with open(os.path.join(out, "memberships.csv"), "w", newline="") as f:
        f.write("person_id,network\n")
        f.writelines("%s,g%05d\n" % (pid(p), g) for p, g in memberships)


FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Fang", "Omar", "Rachel", "Bärbel", "Ahmed",
         "Sofia", "Mikael", "Li", "Priya", "Jonas", "Elin", "David", "Sara", "Ali", "Emma", "Noah",
         "Åsa", "Željko", "Chen", "Fatima", "Oskar", "Ingrid", "Pedro", "Yuki"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "He", "Al-Najjar", "Clarke",
        "Krüger", "Öberg", "Šimić", "Wang", "Patel", "Silva", "Tanaka", "Berg", "Lind", "Holm",
        "Khan", "Smith", "García", "Müller", "Rossi", "Novak", "Kowalski"]
POSITIONS = ["Software Engineer", "Senior Software Engineer", "Engineering Manager", "Product Manager",
             "Project Manager", "Data Scientist", "Designer", "Sales Manager", "Marketing Manager",
             "Consultant", "CEO", "CTO", "Founder", "Researcher", "Lawyer", "Controller",
             "HR Business Partner", "Nurse", "Teacher", "Head of Operations"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LINKEDIN_NOTES = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
                  'addresses are missing. You will only see email addresses for connections who have '
                  'allowed their connections to see or download their email address using this setting '
                  'https://www.linkedin.com/psettings/privacy/email. You can learn more here '
                  'https://www.linkedin.com/help/linkedin/answer/261"\n\n')


def slugify(s):
    table = str.maketrans("äåáàöóøüúéèšžćčñíß", "aaaaooouueeszccnis")
    return "".join(c if c.isalnum() else "-" for c in s.lower().translate(table))


def generate_linkedin(out, n, seed, zipf_memberships, zipf_largest, zipf_exponent):
    """Connections.csv and memberships.csv of a LinkedIn export of n contacts."""
    rng = random.Random(seed)
    ncomp = max(1, n // 10)
    ccum = zipf_cum(ncomp, 0.9)
    companies = ["Company %d AB" % (c + 1) for c in range(ncomp)]
    slugs = []
    rows = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        slug = "%s-%s-%09x" % (slugify(first), slugify(last), rng.getrandbits(36))
        slugs.append(slug)
        email = "%s.%s%d@example.com" % (slugify(first), slugify(last), i) if rng.random() < 0.1 else ""
        company = companies[bisect.bisect_left(ccum, rng.random() * ccum[-1])]
        date = "%02d %s %d" % (rng.randint(1, 28), MONTHS[rng.randrange(12)], rng.randint(2008, 2026))
        rows.append((first, last, "https://www.linkedin.com/in/" + slug, email, company,
                     rng.choice(POSITIONS), date))
    memberships = []
    if zipf_memberships > 0:
        for g, size in enumerate(zipf_sizes(zipf_memberships, zipf_largest, zipf_exponent)):
            memberships.extend((p, g) for p in sorted(rng.sample(range(n), min(size, n))))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "Connections.csv"), "w", newline="", encoding="utf-8") as f:
        f.write(LINKEDIN_NOTES)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        w.writerows(rows)
    with open(os.path.join(out, "memberships.csv"), "w", newline="") as f:
        f.write("person_id,network\n")
        f.writelines("%s,g%05d\n" % (slugs[p], g) for p, g in memberships)
    return len(rows), len(memberships)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of people")
    ap.add_argument("--out", required=True, help="folder to write the CSV files into")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ties-per-person", type=float, default=10.0, help="arcs per person (default 10)")
    ap.add_argument("--reciprocated", type=float, default=0.30, help="share of arcs reciprocated (default 0.30)")
    ap.add_argument("--zipf-memberships", type=int, default=0, metavar="M",
                    help="instead of the default groups, M memberships in Zipf-sized networks")
    ap.add_argument("--zipf-largest", type=int, default=0, metavar="L",
                    help="members of the largest Zipf-sized network (with --zipf-memberships)")
    ap.add_argument("--zipf-exponent", type=float, default=0.8,
                    help="network k has round(L * k^-exponent) members (default 0.8)")
    ap.add_argument("--linkedin", action="store_true",
                    help="write a LinkedIn Connections.csv of n contacts and their memberships instead")
    a = ap.parse_args(argv)
    if a.n < 2:
        ap.error("--n must be at least 2")
    if a.zipf_memberships < 0 or (a.zipf_memberships > 0 and not 2 <= a.zipf_largest <= a.n):
        ap.error("--zipf-memberships needs --zipf-largest from 2 to --n")
    if a.linkedin:
        contacts, nm = generate_linkedin(a.out, a.n, a.seed, a.zipf_memberships, a.zipf_largest, a.zipf_exponent)
        print("%s: %d LinkedIn contacts, %d memberships" % (a.out, contacts, nm), file=sys.stderr)
        return
    people, arcs, memberships = generate(a.n, a.seed, a.ties_per_person, a.reciprocated,
                                         a.zipf_memberships, a.zipf_largest, a.zipf_exponent)
    write(a.out, people, arcs, memberships)
    print("%s: %d people, %d ties, %d memberships" % (a.out, len(people), len(arcs), len(memberships)), file=sys.stderr)


if __name__ == "__main__":
    main()
