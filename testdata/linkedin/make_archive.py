#!/usr/bin/env python3
"""Writes an invented LinkedIn data archive ("Get a copy of your data", the
larger archive) for testing ties' LinkedIn importer.

    /usr/bin/python3 testdata/linkedin/make_archive.py --out DIR [--contacts 520] [--seed 1] [--zip]

writes into DIR the files a real archive holds, with LinkedIn's exact file
names and headers (see docs/linkedin-archive.md for the sources):

    Connections.csv                 "Notes:" preamble, then the contacts
    messages.csv                    one row per message, every cell quoted
    Invitations.csv                 INCOMING and OUTGOING invitations
    Endorsement_Received_Info.csv   endorsements the ego received
    Endorsement_Given_Info.csv      endorsements the ego gave
    Recommendations_Received.csv    recommendations the ego received
    Recommendations_Given.csv       recommendations the ego wrote
    Profile.csv, Skills.csv         the ego's own data (ties ignores them)

and with --zip also DIR.zip with the same files at the root of the zip, as
LinkedIn zips them. Everything is invented; e-mail addresses use the reserved
.example domain. Every free text that ties must never store or print carries
a marker: message bodies SECRET-BODY-<n>, message subjects SECRET-SUBJECT-<n>,
invitation notes SECRET-INVITE-<n>, recommendation texts SECRET-RECO-<n>,
the profile summary SECRET-PROFILE-<n>.

Standard library only; the output depends only on the arguments (same
arguments, same bytes, also for the zip).
"""

import argparse
import base64
import csv
import datetime as dt
import io
import os
import random
import sys
import unicodedata
import urllib.parse
import uuid
import zipfile

# The day the archive was exported. Messages fall in the year before it.
EXPORT_DATE = dt.datetime(2026, 11, 20, 9, 30, 0)

PREAMBLE = ('Notes:\n'
            '"When exporting your connection data, you may notice that some of the email '
            'addresses are missing. You will only see email addresses for connections who have '
            'allowed their connections to see or download their email address using this setting '
            'https://www.linkedin.com/psettings/privacy/email. You can learn more here '
            'https://www.linkedin.com/help/linkedin/answer/261"\n'
            '\n')

H_CONNECTIONS = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
H_MESSAGES = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
              "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]
H_INVITATIONS = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"]
H_ENDORSE_RECEIVED = ["Endorsement Date", "Skill Name", "Endorser First Name", "Endorser Last Name",
                      "Endorser Public Url", "Endorsement Status"]
H_ENDORSE_GIVEN = ["Endorsement Date", "Skill Name", "Endorsee First Name", "Endorsee Last Name",
                   "Endorsee Public Url", "Endorsement Status"]
H_RECOMMENDATIONS = ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"]
H_PROFILE = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
             "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"]
H_SKILLS = ["Name"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# --- people ------------------------------------------------------------------

NAMES = {
    "se": (["Anna", "Erik", "Åsa", "Björn", "Märta", "Göran", "Sören", "Linnéa", "Maja", "Oskar",
            "Ingrid", "Pär", "Ebba", "Måns", "Karin", "Lars", "Sofia", "Jenny", "Elsa", "Anders",
            "Hanna", "Per", "Klara", "Johan", "Sara", "Mikael", "Emma", "Fredrik", "Ida", "Gustav",
            "Tove", "Nils", "Lovisa", "Henrik", "Frida", "Magnus", "Agnes", "Olle", "Malin", "Viktor",
            "Cecilia", "Jonas", "Helén", "Ulf", "Rebecka", "Mattias", "Therése", "Kalle", "Stina", "Ragnar"],
           ["Andersson", "Johansson", "Öberg", "Åberg", "Lindqvist", "Sjöström", "Bergström", "Nyström",
            "Ekström", "Håkansson", "Löfgren", "Söderberg", "Wållberg", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jönsson", "Lindberg",
            "Axelsson", "Björklund", "Hägg", "Fält", "Sandström", "Wikström", "Åkerlund", "Lundgren",
            "Holmqvist", "Strömberg", "Engström", "Dahlén", "Kjellberg", "Rosén", "Blomqvist", "Hedlund",
            "Forsberg", "Sundqvist", "Nordin", "Mårtensson", "Ångström", "Bäckström", "Wiklund", "Lövgren"]),
    "fi": (["Mikko", "Aino", "Jussi", "Päivi", "Tuomas", "Satu", "Ville", "Kaisa", "Eero", "Riikka",
            "Jaakko", "Minna", "Antti", "Hanna-Leena", "Timo", "Elina"],
           ["Virtanen", "Mäkelä", "Korhonen", "Nieminen", "Hämäläinen", "Järvinen", "Lehtonen",
            "Heikkinen", "Koskinen", "Laaksonen", "Mäkinen", "Räsänen", "Salminen", "Kärkkäinen"]),
    "de": (["Jürgen", "Katrin", "Lukas", "Anja", "Matthias", "Sabine", "Florian", "Hannah", "Jörg",
            "Ulrike", "Tobias", "Franziska", "Stefan", "Bärbel", "Moritz", "Lea"],
           ["Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Bäcker", "Schröder", "Vogel", "Hoffmann",
            "Krüger", "Schmidt", "Fischer", "Wagner", "Becker", "Zimmermann", "Hübner"]),
    "pl": (["Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Krzysztof", "Katarzyna", "Tomasz", "Joanna",
            "Michał", "Ewa", "Grzegorz", "Zofia", "Piotr", "Aleksandra"],
           ["Wiśniewski", "Kowalczyk", "Zieliński", "Wójcik", "Lewandowski", "Dąbrowska", "Kamiński",
            "Szymańska", "Nowak", "Kozłowski", "Jankowska", "Mazur", "Krawczyk", "Pietrzak"]),
    "vn": (["Minh Đức", "Thu Hà", "Văn Hùng", "Anh Tuấn", "Ngọc Mai", "Thị Lan", "Quang Huy",
            "Minh Anh", "Duc", "Linh", "Trang", "Bao", "Huong", "Thanh"],
           ["Trần", "Phạm", "Lê", "Hoàng", "Vũ", "Nguyễn", "Đặng", "Bùi", "Nguyen", "Tran", "Pham", "Le"]),
    "ar": (["Ahmed", "Fatima", "Omar", "Layla", "Yousef", "Rania", "Karim", "Nour", "Samir", "Huda",
            "Khaled", "Mariam", "Tariq", "Salma", "Hassan", "Yasmin"],
           ["Al-Sayed", "Haddad", "Khalil", "Mansour", "El-Amin", "Abdelrahman", "Benali", "Aziz",
            "Qasim", "Al-Najjar", "Hamdan", "Saleh", "El Khoury", "Farouk", "Nasser", "Ibrahim"]),
    "cn": (["Wei", "Na", "Jie", "Fang", "Yang", "Lei", "Xiaoming", "Yuting", "Hao", "Mei", "Jing",
            "Tao", "Xin", "Lan", "Wei (David)", "Yifan"],
           ["Zhang", "Li", "Chen", "Wang", "Liu", "Zhao", "Huang", "Lin", "Xu", "Sun", "Zhou", "Wu",
            "Guo", "He"]),
    # Smaller groups, each with its own names (companies from the "intl" pool).
    "en": (["James", "Emily", "Sophie", "Thomas", "Laura", "Olivia", "Daniel", "Rachel", "Ben", "Hannah"],
           ["Smith", "Brown", "Walsh", "Taylor", "Clarke", "Hughes", "Bennett", "Wright", "Murphy", "Cole"]),
    "ie": (["Siobhán", "Aoife", "Niamh", "Cillian", "Seán", "Ciara"],
           ["O'Neil", "O'Brien", "Ní Bhriain", "Ó Súilleabháin", "Gallagher", "Byrne"]),
    "in": (["Priya", "Rahul", "Arjun", "Ananya", "Vikram", "Sneha", "Karthik", "Divya"],
           ["Raman", "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Menon"]),
    "es": (["José", "Mateo", "Lucía", "Ana", "Javier", "Carmen", "Álvaro", "Inés"],
           ["Martínez", "García", "Fernández", "López", "Sánchez", "Muñoz", "Ortega", "Peña"]),
    "nord": (["Søren", "Ingeborg", "Mette", "Øyvind", "Kasper", "Sigrid", "Jørgen", "Astrid"],
             ["Kjær", "Haugen", "Sørensen", "Nørgaard", "Bakke", "Lund", "Dahl", "Østergaard"]),
    "balkan": (["Željko", "Ivana", "Dragan", "Maja", "Nikola", "Jelena"],
               ["Šimić", "Horvat", "Kovačević", "Babić", "Jurić", "Marković"]),
    "tr": (["Çağla", "Mehmet", "Ayşe", "Emre", "Zeynep", "Burak"],
           ["Yıldız", "Demir", "Şahin", "Öztürk", "Aydın", "Kaya"]),
}
CULTURE_WEIGHTS = [("se", 44), ("fi", 7), ("de", 8), ("pl", 7), ("vn", 5), ("ar", 7), ("cn", 7),
                   ("en", 5), ("ie", 1), ("in", 3), ("es", 3), ("nord", 3), ("balkan", 1), ("tr", 1)]

COMPANIES = {
    "se": ["Volvo Cars", "Volvo Car Corporation", "VOLVO CARS AB", "Volvo Group", "Ericsson", "SKF",
           "Nordvik Medical AB", "Göta Sensor Systems AB", "Kvarnberg Logistik AB", "Hisingen Mjukvara AB",
           "Älvstranden Design AB", "Sahlgrenska Universitetssjukhuset", "Chalmers tekniska högskola",
           "Göteborgs Stad", "Västra Götalandsregionen", "Polestar", "Spotify", "Klarna", "IKEA",
           "Skandia", "Hemköp", "Lindholmen Science Park AB", "Backa Bygg & Fastighet AB",
           "Mölndal Energi AB", "Fiskebäck Analytics AB", "Sveriges Radio", "Försäkringskassan",
           "Norrsken Ventures AB", "Självständig konsult", "Egenföretagare"],
    "fi": ["Helsinki Health Tech Oy", "Kone", "Nokia", "Tampere Robotics Oy", "Wärtsilä", "Supercell",
           "Aalto University", "Oulu Data Labs Oy"],
    "de": ["Rheinwerk Systems GmbH", "Siemens AG", "SAP", "Bosch", "Isar Mobility GmbH",
           "Fraunhofer IPA", "Zalando SE", "Mainfranken Medizintechnik GmbH"],
    "pl": ["Vistula Software Sp. z o.o.", "Allegro", "Kraków Cloud Works S.A.", "Comarch",
           "Gdańsk Maritime Data Sp. z o.o.", "Wrocław Robotics Sp. z o.o."],
    "vn": ["Mekong Digital JSC", "FPT Software", "VNG Corporation", "Saigon Product Studio Co., Ltd",
           "Hanoi Logistics Tech JSC"],
    "ar": ["Gulf Horizon Holdings LLC", "Emirates NBD", "Cairo Fintech Labs", "Atlas Mobility FZ-LLC",
           "Beirut Creative Agency s.a.l.", "Careem"],
    "cn": ["Shenzhen Lumen Technology Co., Ltd.", "Alibaba Group", "Huawei", "Geely Automobile",
           "Tencent", "Shanghai Orbit Data Co., Ltd.", "Volvo Cars Asia Pacific"],
    "intl": ["Brightline Analytics Inc.", "Harbourview Consulting Ltd", "Adriatic Robotics d.o.o.",
             "Kestrel & Moore LLP", "Galway Clinical Research, Ltd", "Northwind Traders Inc.",
             "Google", "Microsoft", "Amazon Web Services (AWS)", "Accenture", "McKinsey & Company",
             "Deloitte", "Self-employed", "Freelance", "Stealth Startup", "Oslo Maritime AS",
             "Copenhagen Health ApS", "Bangalore Product Labs Pvt. Ltd."],
}

TITLES_EN = [
    "Senior Product Manager", "Product Manager", "Sr. PM – Payments", "Director, Product Management",
    "Head of Product", "Chief Product Officer", "VP Eng.", "VP of Engineering", "CTO & Co-founder",
    "CTO", "CEO", "Co-Founder & CEO", "Software Engineer II", "senior software engineer",
    "Senior Software Engineer (Backend, Go)", "Staff Engineer", "Tech Lead | Java | Kotlin | AWS",
    "Engineering Manager", "Data Scientist (ML/AI) | PhD", "Data Engineer", "Analytics Lead",
    "Lead Product Designer – Design Systems", "UX Designer", "Senior UX Researcher",
    "Product Owner – Connected Car", "PO @ Connected Services", "Agile Coach / Scrum Master (SAFe SPC)",
    "Business Analyst", "Key Account Manager Nordics", "Regional Sales Director EMEA",
    "Account Executive", "Customer Success Manager", "Head of Growth 🚀", "Growth Marketing Manager",
    "HR Business Partner | Talent Acquisition | People & Culture",
    "Tech Recruiter – hiring Java devs in Gothenburg!", "Talent Acquisition Partner",
    "Founder | Speaker | Author", "Board Member", "Mentor", "Looking for new opportunities",
    "Open to work | Product | Strategy", "Consultant", "Management Consultant", "Senior Consultant",
    "Research Scientist", "Researcher", "PhD Student", "Student at Chalmers", "QA Engineer",
    "DevOps Engineer", "Solutions Architect", "Program Manager", "Project Manager",
    "Operations Manager", "Supply Chain Analyst", "Logistics Coordinator", "Marketing Manager",
    "Communications Lead", "Product Marketing Manager", "Embedded Software Engineer",
    "Head of Data & Analytics", "Director of Operations, Nordics", "Interim CTO",
    "Investor | Advisor | Ex-founder", "Frontend Developer (React, TypeScript)",
    "Mobile Developer iOS/Android", "Security Engineer", "SRE", "Sr. Manager, Strategy & Ops",
]
TITLES_SV = [
    "Produktägare", "Produktchef", "Produktledare", "Systemutvecklare", "Utvecklare",
    "Systemutvecklare / Tech Lead", "IT-arkitekt", "Projektledare inom IT", "Verksamhetsutvecklare",
    "Enhetschef", "Avdelningschef", "VD", "Vice VD", "Konsult", "Senior konsult inom produktledning",
    "Ekonomiassistent", "Controller", "Säljchef Norden", "Marknadskoordinator", "Kommunikatör",
    "UX-designer", "Tjänstedesigner", "Doktorand i maskininlärning", "Universitetslektor",
    "Legitimerad sjuksköterska", "Inköpare", "Logistikansvarig", "HR-specialist", "Rekryterare",
    "Styrelseledamot", "Egenföretagare", "Student", "Testledare", "Scrum master", "Teamlead support",
]
TITLES_MIXED = [
    "Senior UX designer | Hjälper företag att bygga tjänster som folk faktiskt vill använda",
    "Product Owner | Brinner för hållbar mobilitet",
    "Produktägare – Digital Services @ Volvo Cars",
    "Tech Lead / Systemutvecklare – Java & Kotlin",
    "Agil coach | Teamutveckling | Facilitator",
    "Data Scientist | Maskininlärning | Python",
    "Konsult inom Product Management & Agile Leadership",
    "Head of Product (föräldraledig till maj)",
    "UX/UI-designer & illustratör",
    "Business Developer | Affärsutveckling | Nordics",
    "IT-projektledare, PMP",
    "Senior Developer, Backend (Go, Rust)",
    "Produktledare, Betalningar",
    "Rekryterare IT & Tech | Vi söker utvecklare!",
]
SKILLS_EGO = [
    "Product Management", "Agile Methodologies", "User Experience (UX)", "Scrum", "Stakeholder Management",
    "Product Strategy", "Roadmapping", "Produktledning", "Projektledning", "Ledarskap", "Lean Startup",
    "Design Thinking", "SQL", "Data Analysis", "JIRA", "Kravhantering", "Business Development",
    "Affärsutveckling", "Go-to-Market Strategy", "A/B Testing", "Product Discovery", "Public Speaking",
    "Logistics", "Supply Chain Management", "Cross-functional Team Leadership",
]
SKILLS_OTHERS = [
    "Java", "Python (Programming Language)", "Software Development", "UX Design", "Figma",
    "Systemutveckling", "Sales", "Recruiting", "Machine Learning", "Cloud Computing",
    "Amazon Web Services (AWS)", "Kubernetes", "Rekrytering", "Marknadsföring", "Key Account Management",
    "Automotive", "Embedded Systems", "C++", "Leadership", "Agile Coaching", "Data Science",
    "Research", "Product Design", "Kotlin", "Go (Programming Language)", "Team Leadership",
    "Användarupplevelse", "Ekonomistyrning", "Teamledarskap", "Hållbarhet",
]

OTHERS_FIXED = [  # people who are not (or no longer) contacts
    ("Patrik", "Nyberg", "se", "TalentBridge Nordic AB", "Senior Tech Recruiter"),
    ("Jonas", "Wikström", "se", "Kvarnberg Logistik AB", "Supply Chain Analyst"),
    ("Helena", "Strand", "se", "Kvarnberg Logistik AB", "CFO"),
    ("Markus", "Brandt", "de", "Isar Mobility GmbH", "Head of Partnerships"),
    ("Chen", "Jie", "cn", "Geely Automobile", "Product Director"),
    ("Maria", "Fernández", "es", "Harbourview Consulting Ltd", "Partner"),
    ("Tuomas", "Lehtinen", "fi", "Nokia", "Program Manager"),
    ("Karolina", "Nowicka", "pl", "Allegro", "UX Researcher"),
    ("Omar", "Farouk", "ar", "Careem", "Engineering Manager"),
    ("Pham", "Quang Huy", "vn", "FPT Software", "Business Analyst"),
    ("Gunilla", "Roos", "se", "Ericsson", "Director, Product Management"),
    ("Daniel", "Okafor", "en", "Northwind Traders Inc.", "Account Executive"),
]
OTHERS_FIXED_NAMES = [f"{f} {l}" for f, l, *_ in OTHERS_FIXED]

EGO = {"first": "Elin", "last": "Åkesson", "slug": "elin-akesson-product",
       "company": "Kvarnberg Logistik AB", "title": "Senior Product Manager"}


def fold(s):
    """ASCII letters for a slug: Å -> A, ł -> l, ß -> ss."""
    s = (s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
          .replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
          .replace("ı", "i"))
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug_words(*parts, keep_unicode=False):
    words = []
    for p in parts:
        p = p if keep_unicode else fold(p)
        for w in p.lower().replace("(", " ").replace(")", " ").replace("'", "").split():
            w = "".join(c for c in w if c.isalnum() or c == "-")
            if w:
                words.append(w)
    return "-".join(words)


def profile_url(slug):
    return "https://www.linkedin.com/in/" + slug


def encoded_url(slug):
    """The URL as Connections.csv writes it: non-ASCII slugs percent-encoded."""
    return profile_url(urllib.parse.quote(slug, safe="-"))


class Person:
    pass


def make_people(rng, n):
    """The contacts, in Connections order (most recent first), and some
    non-contacts that appear in other files only."""
    used_slugs, used_names = set(), set(OTHERS_FIXED_NAMES)
    people = []

    def new_slug(first, last, unicode_slug=False):
        base = slug_words(first, last, keep_unicode=unicode_slug)
        while True:
            r = rng.random()
            if unicode_slug or r < 0.58:
                s = f"{base}-{rng.getrandbits(36):09x}"[:len(base) + 10]
            elif r < 0.70:
                s = base
            elif r < 0.80:
                s = base.replace("-", "")
            elif r < 0.88:
                s = f"{slug_words(first)}-{slug_words(last)[:1]}-{rng.getrandbits(28):07x}"
            else:
                s = f"{base}-{rng.randint(1, 99)}"
            if s not in used_slugs:
                used_slugs.add(s)
                return s

    def pick_culture():
        total = sum(w for _, w in CULTURE_WEIGHTS)
        x = rng.uniform(0, total)
        for c, w in CULTURE_WEIGHTS:
            x -= w
            if x <= 0:
                return c
        return CULTURE_WEIGHTS[-1][0]

    def pick_title(culture):
        r = rng.random()
        if r < 0.05:
            return ""
        if culture == "se":
            pool = TITLES_SV if r < 0.40 else (TITLES_MIXED if r < 0.55 else TITLES_EN)
        else:
            pool = TITLES_MIXED if r < 0.06 else TITLES_EN
        return rng.choice(pool)

    def pick_company(culture):
        r = rng.random()
        if r < 0.06:
            return ""
        if r < 0.18:
            return rng.choice(COMPANIES["intl"])
        if culture != "se" and r < 0.30:
            return rng.choice(COMPANIES["se"])
        return rng.choice(COMPANIES.get(culture, COMPANIES["intl"]))

    def connected_on():
        start = dt.datetime(2011, 3, 1)
        span = (EXPORT_DATE - start).days
        days = int(span * (rng.random() ** 0.55))  # more recent connections
        return (start + dt.timedelta(days=days)).date()

    def person(first, last, culture, **kw):
        p = Person()
        p.first, p.last, p.culture = first, last, culture
        p.name = f"{first.strip()} {last.strip()}"  # for lookups here
        p.display = f"{first} {last}"  # as LinkedIn joins it: spaces kept
        p.unicode_slug = kw.get("unicode_slug", False)
        p.slug = kw.get("slug") or new_slug(first, last, p.unicode_slug)
        used_slugs.add(p.slug)
        p.company = kw["company"] if "company" in kw else pick_company(culture)
        p.title = kw["title"] if "title" in kw else pick_title(culture)
        p.connected = kw.get("connected") or connected_on()
        p.email = kw.get("email", "")
        p.message_slug = p.slug  # the slug in messages.csv (differs for one contact)
        p.contact = kw.get("contact", True)
        return p

    # Fixed cases, the same for every seed (docs and tests can name them).
    special = [
        # The profile URL changed: messages.csv has the new slug.
        person("Sofia", "Lindgren", "se", slug="sofia-lindgren-3b1a2c4d", company="Volvo Car Corporation",
               title="Senior UX designer | Hjälper företag att bygga tjänster som folk faktiskt vill använda",
               connected=dt.date(2021, 9, 14)),
        # Two different contacts with the same name.
        person("Erik", "Johansson", "se", slug="erik-johansson-8a1f02b7", company="SKF",
               title="Inköpare", connected=dt.date(2016, 4, 2)),
        person("Erik", "Johansson", "se", slug="erikjohansson", company="Volvo Cars",
               title="Produktägare – Digital Services @ Volvo Cars", connected=dt.date(2024, 2, 19)),
        # Non-ASCII slugs: percent-encoded in Connections.csv, plain in the other files.
        person("Linnéa", "Åström", "se", slug="linnéa-åström-5c2e91a7", company="VOLVO CARS AB",
               title="Produktledare", connected=dt.date(2023, 11, 6), unicode_slug=True),
        person("Jöns", "Mårtensson", "se", slug="jöns-mårtensson", company="Göteborgs Stad",
               title="Verksamhetsutvecklare", connected=dt.date(2026, 6, 12), unicode_slug=True),
        # Credentials in the last name, a trailing space, an emoji.
        person("Agnieszka", "Kowalczyk, PhD", "pl", slug="agnieszka-kowalczyk-phd-27b4c1d9",
               company="Kraków Cloud Works S.A.", title="Head of Data & Analytics",
               connected=dt.date(2019, 5, 23)),
        person("Mikko ", "Virtanen", "fi", slug="mikkovirtanen", company="Helsinki Health Tech Oy",
               title="Director of Research", connected=dt.date(2020, 1, 30)),
        person("Nguyễn Thị", "Lan 🌱", "vn", slug="lan-nguyen-thi-4f9a0c11", company="Mekong Digital JSC",
               title="Product Designer", connected=dt.date(2025, 3, 3)),
        # With e-mail addresses (as LinkedIn exports a few of them).
        person("Åsa", "Öberg", "se", slug="asa-oberg-12ab3c", company="Nordvik Medical AB",
               title="Senior Product Manager", connected=dt.date(2018, 10, 9),
               email="asa.oberg@nordvik.example"),
        person("Željko", "Šimić", "balkan", slug="zeljko-simic", company="Adriatic Robotics d.o.o.",
               title="CTO", connected=dt.date(2022, 8, 17), email="zeljko.simic@adriatic-robotics.example"),
    ]
    for p in special:
        used_names.add(p.name)
    special[0].message_slug = "sofia-lindgren-ux"
    used_slugs.add("sofia-lindgren-ux")

    people.extend(special)
    while len(people) < n:
        c = pick_culture()
        first, last = rng.choice(NAMES[c][0]), rng.choice(NAMES[c][1])
        if c in ("vn", "cn") and rng.random() < 0.3:  # family name typed as first name
            first, last = last, first
        name = f"{first} {last}"
        if name in used_names:
            continue
        used_names.add(name)
        email = ""
        if rng.random() < 0.04:
            dom = slug_words(rng.choice(["mail", "post", "inbox", "webmail"])) + ".example"
            email = f"{slug_words(first).replace('-', '.')}.{slug_words(last).replace('-', '')}@{dom}"
        people.append(person(first, last, c, email=email))
    people = people[:n]
    people.sort(key=lambda p: (p.connected, p.slug), reverse=True)

    # People who are not (or no longer) contacts: they appear in messages,
    # invitations, endorsements and recommendations only.
    others = []
    extra = [(rng.choice(NAMES[c][0]), rng.choice(NAMES[c][1]), c, "", "")
             for c in ["se", "de", "en", "ar", "cn", "pl", "se", "fi", "in", "se", "vn", "de",
                       "se", "es", "ar", "se", "cn", "pl", "se", "nord", "de", "fi"]]
    for first, last, c, company, title in OTHERS_FIXED + extra:
        name = f"{first} {last}"
        if name in used_names and not company:
            continue
        used_names.add(name)
        p = person(first, last, c, company=company or pick_company(c), title=title or pick_title(c),
                   contact=False, connected=EXPORT_DATE.date())
        others.append(p)
    return people, others


# --- formats -----------------------------------------------------------------

def fmt_connected(d):
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def fmt_message_date(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def fmt_us_short(t, pad=False):
    """4/6/26, 2:12 PM (Invitations) or 04/15/24, 09:25 PM (Recommendations, pad=True)."""
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    if pad:
        return f"{t.month:02d}/{t.day:02d}/{t.year % 100:02d}, {h:02d}:{t.minute:02d} {ampm}"
    return f"{t.month}/{t.day}/{t.year % 100:02d}, {h}:{t.minute:02d} {ampm}"


def fmt_endorsement(t):
    return t.strftime("%Y/%m/%d %H:%M:%S") + " UTC"


def public_url(p):
    """Endorsement files: no scheme, slug not encoded."""
    return "www.linkedin.com/in/" + p.slug


def conversation_id(rng):
    u = uuid.UUID(int=rng.getrandbits(128), version=4)
    tail = rng.choice(["_010", "_012", "_013", "_100"])
    return "2-" + base64.b64encode((str(u) + tail).encode()).decode()


def table(header, rows, quote_all=False):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (header, r)
        w.writerow(r)
    return out.getvalue()


# --- text --------------------------------------------------------------------

class Markers:
    def __init__(self):
        self.n = {}

    def __call__(self, kind):
        self.n[kind] = self.n.get(kind, 0) + 1
        return f"SECRET-{kind}-{self.n[kind]}"


OPENERS_SV = [
    "Hej {first}! Tack för senast på {event}. Ska vi ta en fika nästa vecka?",
    "Hej {first}, hoppas allt är bra! Har du tid för ett kort samtal om {topic}?",
    "Tack för inbjudan {first}, kul att ses i {place}!",
    "Hej! Jag såg att ni på {company} jobbar med {topic}, hur har det gått?",
]
OPENERS_EN = [
    "Hi {first}, great to connect. Would love to hear how {company} works with {topic}.",
    "Hey {first}! Thanks for the talk at {event}, the part on {topic} was spot on.",
    "Hi {first},\n\nquick question: do you know anyone who has done {topic} at scale?\n\nCheers",
    "Hello {first}, hope you're well. Are you going to {event} this year?",
]
REPLIES = [
    "Absolut, torsdag 14:00 funkar fint för mig.",
    "Sounds good, let's do Tuesday.",
    "Tack! Jag återkommer efter semestern.",
    "Thanks, \"roadmap v2\" looks good, but let's discuss the pricing part, ok?",
    "Haha, yes, exactly that 😄",
    "Jag skickar över presentationen i eftermiddag.",
    "I'll introduce you to my colleague, she knows {topic} much better than me.",
    "Perfect, see you at {place}!",
    "Ursäkta sent svar, det har varit full rulle här.",
    "Great, thanks a lot!\nTalk soon.",
    "Kan vi flytta till nästa vecka? Något kom emellan.",
    "Here's the link to the doc, feel free to comment.",
]
TOPICS = ["product discovery", "OKR:er", "pricing", "A/B-testning", "route optimisation", "EV charging",
          "design systems", "hiring PMs", "Jobs To Be Done", "roadmaps", "dataplattformar", "onboarding"]
EVENTS = ["Product Camp Göteborg", "Nordic Product Day", "Lindholmen Open", "Mind the Product",
          "Agila Sverige", "Women in Tech Göteborg"]
PLACES = ["Lindholmen", "Stockholm", "Malmö", "Helsinki", "Berlin", "Kista", "Järntorget"]


def fill(rng, text, p):
    return text.format(first=p.first.strip().split()[0], company=p.company or "your team",
                       topic=rng.choice(TOPICS), event=rng.choice(EVENTS), place=rng.choice(PLACES))


# --- files -------------------------------------------------------------------

def ego_person():
    e = Person()
    e.first, e.last = EGO["first"], EGO["last"]
    e.name = e.display = f"{e.first} {e.last}"
    e.slug = e.message_slug = EGO["slug"]
    e.company, e.title, e.contact = EGO["company"], EGO["title"], False
    return e


def connections_rows(people):
    return [[p.first, p.last, encoded_url(p.slug), p.email, p.company, p.title, fmt_connected(p.connected)]
            for p in people]


def random_time(rng, start, end, workday=True):
    t = start + dt.timedelta(seconds=rng.randint(0, max(0, int((end - start).total_seconds()))))
    if workday:
        t = t.replace(hour=rng.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 20]))
    return t.replace(microsecond=0)


def messages_rows(rng, ego, people, others, mark):
    """Conversations over the year before the export: 1:1 with contacts, a
    few groups, an InMail from a recruiter, a sponsored message and a member
    whose account is gone. Returns rows and counts."""
    year_ago = EXPORT_DATE - dt.timedelta(days=365)
    convs = []  # (id, title, [(time, sender, [recipients], subject, content)])

    def msg(sender, recipients, t, content, subject=""):
        return (t, sender, recipients, subject, content)

    # 1:1 conversations. Recent connections and a stable core get most.
    by_name = {p.name: p for p in others}
    special = [p for p in people if p.slug in ("sofia-lindgren-3b1a2c4d", "erikjohansson",
                                               "linnéa-åström-5c2e91a7", "jöns-mårtensson",
                                               "agnieszka-kowalczyk-phd-27b4c1d9", "mikkovirtanen")]
    pool = [p for p in people if p not in special]
    partners = special + pick(rng, pool, 84)
    for p in partners:
        cid = conversation_id(rng)
        n = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 14, 20])
        start = max(year_ago, dt.datetime.combine(p.connected, dt.time()))
        t = random_time(rng, start, EXPORT_DATE - dt.timedelta(days=1))
        ego_first = rng.random() < 0.5
        items = []
        for i in range(n):
            from_ego = (i % 2 == 0) == ego_first
            if rng.random() < 0.2:
                from_ego = not from_ego  # two in a row from the same side
            sender, to = (ego, p) if from_ego else (p, ego)
            text = fill(rng, rng.choice(OPENERS_SV if p.culture == "se" else OPENERS_EN) if i == 0
                        else rng.choice(REPLIES), to)
            items.append(msg(sender, [to], t, f"{text} {mark('BODY')}"))
            t += dt.timedelta(minutes=rng.randint(2, 60 * 24 * rng.choice([1, 1, 2, 5])))
            if t > EXPORT_DATE:
                break
        convs.append((cid, "", items))

    # Group conversations; one has a person who is not a contact.
    contacts_se = [p for p in people if p.culture == "se"]
    groups = [
        ("Produktgruppen Q3", pick(rng, contacts_se, 4)),
        ("", pick(rng, people, 3)),
        ("Nordic Product Day – speakers", pick(rng, people, 5)),
        ("Fika-planering 🍰", pick(rng, contacts_se, 3) + [by_name["Jonas Wikström"]]),
        ("", pick(rng, people, 2) + [by_name["Helena Strand"]]),
        ("Alumni PM-nätverket", pick(rng, people, 4)),
    ]
    for title, members in groups:
        cid = conversation_id(rng)
        everyone = [ego] + members
        t = random_time(rng, year_ago, EXPORT_DATE - dt.timedelta(days=20))
        items = []
        for i in range(rng.randint(6, 16)):
            sender = ego if i == 0 else rng.choice(everyone)
            recipients = [q for q in everyone if q is not sender]
            text = fill(rng, rng.choice(REPLIES), rng.choice(recipients))
            items.append(msg(sender, recipients, t, f"{text} {mark('BODY')}"))
            t += dt.timedelta(minutes=rng.randint(1, 60 * 30))
        convs.append((cid, title, items))

    # An InMail from a recruiter who is not a contact; the ego answers once.
    rec = by_name["Patrik Nyberg"]
    subject = f"Spännande roll som Head of Product – Göteborg {mark('SUBJECT')}"
    t = random_time(rng, EXPORT_DATE - dt.timedelta(days=120), EXPORT_DATE - dt.timedelta(days=60))
    items = [msg(rec, [ego], t, f"Hej Elin,\n\njag har ett uppdrag som kan passa dig perfekt: "
                                f"Head of Product på ett växande scale-up-bolag.\n\nHörs gärna! "
                                f"{mark('BODY')}", subject),
             msg(ego, [rec], t + dt.timedelta(hours=20), f"Tack Patrik, inte aktuellt just nu. {mark('BODY')}",
                 subject)]
    convs.append((conversation_id(rng), subject, items))

    # A second recruiter message, never answered.
    t = random_time(rng, EXPORT_DATE - dt.timedelta(days=40), EXPORT_DATE - dt.timedelta(days=10))
    subject2 = f"Product roles in Berlin {mark('SUBJECT')}"
    convs.append((conversation_id(rng), subject2,
                  [msg(by_name["Markus Brandt"], [ego], t, f"Hi Elin, are you open to relocating? {mark('BODY')}",
                       subject2)]))

    # Sponsored messages: no sender URL, "LinkedIn Member".
    member = Person()
    member.name = member.display = "LinkedIn Member"
    member.message_slug = ""
    for _ in range(3):
        t = random_time(rng, year_ago, EXPORT_DATE)
        html = ('<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p>'
                '<p class="spinmail-quill-editor__spin-break"><br></p>'
                '<p class="spinmail-quill-editor__spin-break">Join our free webinar on supply chain '
                f'visibility &amp; AI. {mark("BODY")}</p>')
        convs.append((conversation_id(rng), "Sponsored Conversation", [msg(member, [ego], t, html)]))

    # A member whose account is gone: no name, no URL, on both sides.
    t = random_time(rng, year_ago, EXPORT_DATE)
    convs.append((conversation_id(rng), "", [
        msg(member, [ego], t, f"Hej Elin, tack för att du accepterade! {mark('BODY')}"),
        msg(ego, [member], t + dt.timedelta(hours=3), f"Hej! Trevligt att ha kontakt. {mark('BODY')}"),
    ]))

    # Newest conversation first, newest message first inside each.
    convs.sort(key=lambda c: max(m[0] for m in c[2]), reverse=True)
    rows = []
    for cid, title, items in convs:
        for t, sender, recipients, subject, content in sorted(items, key=lambda m: m[0], reverse=True):
            url = "" if not sender.message_slug else profile_url(sender.message_slug)
            rows.append([cid, title, sender.display, url,
                         ",".join(q.display for q in recipients),
                         ",".join(profile_url(q.message_slug) if q.message_slug else "" for q in recipients),
                         fmt_message_date(t), subject, content, "INBOX", ""])
    counts = {"conversations": len(convs), "groups": len(groups), "sponsored": 3}
    return rows, counts


def invitations_rows(rng, ego, people, others, mark):
    """Invitations of the last ~seven months: accepted ones (the contact is in
    Connections, connected a few days later) and ones never accepted."""
    since = (EXPORT_DATE - dt.timedelta(days=210)).date()
    out, inc = [], []

    def row(sender, receiver, t, direction):
        note = ""
        if rng.random() < 0.25:
            note = fill(rng, rng.choice([
                "Hi {first}, we met at {event} – would be great to stay in touch!",
                "Hej {first}! Vi pratades vid på {event}, kul att ses.",
                "Hi, I'm building a product team in Gothenburg and would love to connect.",
            ]), receiver) + " " + mark("INVITE")
        return [sender.display, receiver.display, fmt_us_short(t), note, direction,
                profile_url(sender.slug), profile_url(receiver.slug)]

    for p in people:
        if p.connected < since:
            continue
        sent = dt.datetime.combine(p.connected, dt.time()) - dt.timedelta(
            days=rng.randint(0, 9), minutes=rng.randint(0, 1439))
        if rng.random() < 0.45:
            out.append((sent, row(ego, p, sent, "OUTGOING")))
        else:
            inc.append((sent, row(p, ego, sent, "INCOMING")))
    # Never accepted: most of the named non-contacts, a third of the others.
    pending = [q for i, q in enumerate(others)
               if q.name != "Gunilla Roos" and (i < len(OTHERS_FIXED) or i % 3 == 0)]
    for i, q in enumerate(pending):
        t = random_time(rng, EXPORT_DATE - dt.timedelta(days=200), EXPORT_DATE, workday=False)
        if i % 2:
            out.append((t, row(ego, q, t, "OUTGOING")))
        else:
            inc.append((t, row(q, ego, t, "INCOMING")))
    out.sort(key=lambda x: x[0], reverse=True)
    inc.sort(key=lambda x: x[0], reverse=True)
    return [r for _, r in out] + [r for _, r in inc], len(out), len(inc)


def since_connected(p, earliest):
    """The span in which a contact can endorse or recommend (after connecting);
    for a former contact, some years before the export."""
    if p.contact:
        return max(earliest, dt.datetime.combine(p.connected, dt.time()) + dt.timedelta(days=3)), EXPORT_DATE
    return earliest, dt.datetime(2024, 6, 30)


def endorsement_rows(rng, endorsers, skills):
    """Clusters: each endorser endorses a few skills within seconds, once or
    twice over the years."""
    rows = []
    for p in endorsers:
        start, end = since_connected(p, dt.datetime(2015, 1, 1))
        for _ in range(rng.choice([1, 1, 1, 2])):
            t = random_time(rng, start, end, workday=False)
            for s in rng.sample(skills, rng.randint(1, 6)):
                rows.append((t, s, p))
                t += dt.timedelta(seconds=rng.randint(1, 9))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    return [[fmt_endorsement(t), s, p.first, p.last, public_url(p), "ACCEPTED"] for t, s, p in rows]


RECO_RECEIVED = [
    "{ego} is the product manager every engineering team hopes for: clear about the why, "
    "humble about the how, and relentless about talking to customers.",
    "Jag hade förmånen att arbeta med {ego} i två år. Hon får team att fokusera på rätt saker "
    "och gör det med värme och humor.",
    "When our roadmap was a wish list, {ego} turned it into a plan that sales, support and "
    "engineering all believed in. Highly recommended.",
    "{ego} led the discovery work for our route-planning product. Thorough, fast, and always "
    "kind to the people she interviewed.",
    "Few people combine data literacy and empathy like {ego} does.",
    "Elin är en trygg ledare och en skarp produktmänniska, \"rätt person i rätt roll\".",
]
RECO_GIVEN = [
    "{name} is a designer who makes research impossible to ignore. Our team shipped better because of her.",
    "Jag rekommenderar {name} varmt: noggrann, snabb och alltid hjälpsam.",
    "{name} mentored three junior engineers on my team while delivering the hardest migration of the year.",
    "I worked with {name} on a cross-border logistics pilot; calm under pressure and great with partners.",
]


def recommendations_rows(rng, people, mark, texts, ego_name, status, name_field):
    rows = []
    for p, text in zip(people, texts):
        t = random_time(rng, *since_connected(p, dt.datetime(2016, 1, 1)), workday=False)
        body = text.format(ego=ego_name, name=name_field(p)) + " " + mark("RECO")
        company, title = RECO_AT_THE_TIME.get(p.name, (p.company, p.title))
        rows.append((t, [p.first, p.last, company, title, body, fmt_us_short(t, pad=True), status]))
    rows.sort(key=lambda r: r[0], reverse=True)
    return [r for _, r in rows]


def pick(rng, seq, k):
    """k distinct items of seq (fewer if seq is shorter), in a seeded order."""
    return rng.sample(list(seq), min(k, len(seq)))


def tail(people, k):
    """people after the k most recent connections (all of them if there are few)."""
    return people[k:] if len(people) > k + 30 else people[len(people) // 3:]


# Company and title in a recommendation are those at the time it was
# written, not today's Connections values.
RECO_AT_THE_TIME = {"Sofia Lindgren": ("Volvo Cars", "UX Designer"),
                    "Åsa Öberg": ("Nordvik Medical", "Product Manager")}


def build(out, n, seed, make_zip):
    rng = random.Random(seed)
    mark = Markers()
    ego = ego_person()
    people, others = make_people(rng, n)
    by_name = {p.name: p for p in people + others}
    files = {}

    files["Connections.csv"] = PREAMBLE + table(H_CONNECTIONS, connections_rows(people))
    msgs, mc = messages_rows(rng, ego, people, others, mark)
    files["messages.csv"] = table(H_MESSAGES, msgs, quote_all=True)
    inv, n_out, n_in = invitations_rows(rng, ego, people, others, mark)
    files["Invitations.csv"] = table(H_INVITATIONS, inv)

    not_contacts = [by_name[x] for x in ("Gunilla Roos", "Maria Fernández", "Tuomas Lehtinen")]
    endorsers = pick(rng, tail(people, 40), 30) \
        + [by_name["Åsa Öberg"], by_name["Agnieszka Kowalczyk, PhD"]] + not_contacts
    er = endorsement_rows(rng, endorsers, SKILLS_EGO)
    files["Endorsement_Received_Info.csv"] = table(H_ENDORSE_RECEIVED, er)
    endorsees = pick(rng, tail(people, 20), 22) + [by_name["Linnéa Åström"], by_name["Željko Šimić"]] \
        + [by_name["Omar Farouk"], by_name["Karolina Nowicka"]]
    eg = endorsement_rows(rng, endorsees, SKILLS_OTHERS)
    files["Endorsement_Given_Info.csv"] = table(H_ENDORSE_GIVEN, eg)

    recommenders = [by_name["Åsa Öberg"], by_name["Sofia Lindgren"], by_name["Mikko Virtanen"],
                    rng.choice(tail(people, 100)), by_name["Gunilla Roos"], rng.choice(tail(people, 200))]
    rr = recommendations_rows(rng, recommenders, mark, RECO_RECEIVED, f"{ego.first}", "VISIBLE",
                              lambda p: p.first)
    files["Recommendations_Received.csv"] = table(H_RECOMMENDATIONS, rr)
    recommended = [by_name["Nguyễn Thị Lan 🌱"], by_name["Linnéa Åström"], by_name["Jonas Wikström"],
                   rng.choice(tail(people, 50))]
    rg = recommendations_rows(rng, recommended, mark, RECO_GIVEN, ego.first, "", lambda p: p.first.strip())
    files["Recommendations_Given.csv"] = table(H_RECOMMENDATIONS, rg)

    files["Profile.csv"] = table(H_PROFILE, [[
        ego.first, ego.last, "", "", "",
        "Senior Product Manager @ Kvarnberg Logistik | Produktledning | Logistics tech",
        "Produktledare som gillar svåra logistikproblem. " + mark("PROFILE"),
        "Transportation, Logistics, Supply Chain and Storage", "41756", "Gothenburg, Västra Götaland County, Sweden",
        "", "[PORTFOLIO:https://elin.example]", ""]])
    files["Skills.csv"] = table(H_SKILLS, [[s] for s in SKILLS_EGO])

    os.makedirs(out, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    summary = {
        "Connections.csv": f"{len(people)} rows after a 3-line Notes: preamble",
        "messages.csv": f"{len(msgs)} rows in {mc['conversations']} conversations "
                        f"({mc['groups']} group, {mc['sponsored']} sponsored)",
        "Invitations.csv": f"{len(inv)} rows ({n_out} OUTGOING, {n_in} INCOMING)",
        "Endorsement_Received_Info.csv": f"{len(er)} rows from {len(endorsers)} endorsers",
        "Endorsement_Given_Info.csv": f"{len(eg)} rows to {len(endorsees)} endorsees",
        "Recommendations_Received.csv": f"{len(rr)} rows",
        "Recommendations_Given.csv": f"{len(rg)} rows",
        "Profile.csv": "1 row (ignored by ties)",
        "Skills.csv": f"{len(SKILLS_EGO)} rows (ignored by ties)",
    }
    for name in files:
        print(f"{name}: {summary[name]}")

    if make_zip:
        path = out.rstrip("/\\") + ".zip"
        stamp = EXPORT_DATE.timetuple()[:6]
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name in sorted(files):
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, files[name].encode("utf-8"))
        print(f"{os.path.basename(path)}: {len(files)} files at the root of the zip")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="folder to write the unpacked archive into")
    ap.add_argument("--contacts", type=int, default=520, help="number of connections (at least 20)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (same seed, same files)")
    ap.add_argument("--zip", action="store_true", help="also write OUT.zip with the same files")
    a = ap.parse_args(argv)
    if a.contacts < 20:
        ap.error("--contacts must be at least 20")
    build(a.out, a.contacts, a.seed, a.zip)


if __name__ == "__main__":
    sys.exit(main())
