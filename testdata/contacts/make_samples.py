#!/usr/bin/env python3
"""Writes the contact-export samples in this folder, byte for byte.

The samples are hand-written (see README.md); this script only fixes their
bytes: line ends (CRLF where the exporting program writes CRLF), byte-order
marks, and encodings (Windows-1252, UTF-16 LE) that a text editor would
silently change. Edit the content here and run

    python3 testdata/contacts/make_samples.py

from the repository root (or from this folder). Standard library only.
"""

import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=False, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def table(header, rows, delimiter=",", quote_all=False):
    """CSV text of rows given as dicts keyed by header cells (missing = empty)."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        unknown = set(r) - set(header)
        assert not unknown, unknown
        w.writerow([r.get(h, "") for h in header])
    return out.getvalue()


# --- LinkedIn Connections.csv ---------------------------------------------

LINKEDIN_NOTE = ('"When exporting your connection data, you may notice that some of the email '
                 'addresses are missing. You will only see email addresses for connections who have '
                 'allowed their connections to see or download their email address using this setting '
                 'https://www.linkedin.com/psettings/privacy/email. You can learn more here '
                 'https://www.linkedin.com/help/linkedin/answer/261"')

write("linkedin_connections.csv", f"""Notes:
{LINKEDIN_NOTE}

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Åsa,Öberg,https://www.linkedin.com/in/asa-oberg-12ab3c,,Nordvik Medical AB,Senior Product Manager,15 Mar 2024
Željko,Šimić,https://www.linkedin.com/in/zeljko-simic,zeljko.simic@adriatic-robotics.example,Adriatic Robotics d.o.o.,Chief Technology Officer,02 Nov 2021
Siobhán,O'Neil,https://www.linkedin.com/in/siobhan-oneil-7c,,"Galway Clinical Research, Ltd",Clinical Research Lead,28 Feb 2019
,,,,,,
Priya,Raman,https://www.linkedin.com/in/priya-raman-0b1,,Göta Sensor Systems AB,"Head of Data, Sensors",01 Jan 2020
,,,,,,10 Jun 2023
Mikko,Virtanen,https://www.linkedin.com/in/mikkovirtanen,,Helsinki Health Tech Oy,Director of Research,last spring
""")

write("linkedin_connections_two_notes.csv", f"""Notes:
{LINKEDIN_NOTE}
"Connections who have chosen not to share their data are not listed."

First Name,Last Name,URL,Company,Position,Connected On
Åsa,Öberg,https://www.linkedin.com/in/asa-oberg-12ab3c,Nordvik Medical AB,"Senior Product Manager
Connected Care",15 Mar 2024
Željko,Šimić,https://www.linkedin.com/in/zeljko-simic,Adriatic Robotics d.o.o.,CTO,2 Nov 2021
Siobhán,O'Neil,https://www.linkedin.com/in/siobhan-oneil-7c,"Galway Clinical Research, Ltd",Clinical Research Lead,28 Feb 2019
,,,,,
Lars,Bergström,https://www.linkedin.com/in/lars-bergstrom,Volvo Cars,Lead Engineer,31 Feb 2022
""", crlf=True)

write("linkedin_connections_old.csv", """First Name,Last Name,Email Address,Company,Position,Connected On
Åsa,Öberg,asa.oberg@nordvik.example,Nordvik Medical AB,Product Manager,6/5/2017
Željko,Šimić,,Adriatic Robotics d.o.o.,Robotics Engineer,11/23/2016
Siobhán,O'Neil,,Galway Clinical Research,Research Nurse,1/30/2015
""")

# --- Google Contacts --------------------------------------------------------

GOOGLE = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
          "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
          "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
          "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,"
          "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
          "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,"
          "Website 1 - Value").split(",")

write("google_contacts.csv", table(GOOGLE, [
    {"First Name": "Åsa", "Last Name": "Öberg", "Organization Name": "Nordvik Medical AB",
     "Organization Title": "Senior Product Manager", "Organization Department": "Product",
     "Labels": "Product Circle ::: * myContacts ::: * starred",
     "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "asa.oberg@nordvik.example",
     "E-mail 2 - Label": "Home", "E-mail 2 - Value": "asa@oberg.example",
     "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+46 70 123 45 67",
     "Address 1 - Label": "Work", "Address 1 - Formatted": "Kungsgatan 12\nGöteborg 411 19\nSweden",
     "Address 1 - Street": "Kungsgatan 12", "Address 1 - City": "Göteborg",
     "Address 1 - Postal Code": "411 19", "Address 1 - Country": "Sweden"},
    {"First Name": "Željko", "Last Name": "Šimić", "Organization Name": "Adriatic Robotics d.o.o.",
     "Organization Title": "CTO", "Labels": "European MedTech Association ::: * myContacts",
     "E-mail 1 - Label": "* Work ::: Other",
     "E-mail 1 - Value": "zeljko.simic@adriatic-robotics.example ::: zeljko@simic.example",
     "Address 1 - Label": "Work", "Address 1 - City": "Zagreb", "Address 1 - Country": "Croatia"},
    {"First Name": "Siobhán", "Last Name": "O'Neil", "Organization Name": "Galway Clinical Research, Ltd",
     "Organization Title": "Clinical Research Lead", "Organization Department": "Oncology",
     "Labels": "Product Circle ::: * myContacts", "Notes": "Met at \"MedTech Summit\", Göteborg",
     "Address 1 - Label": "Home", "Address 1 - City": "Galway", "Address 1 - Country": "Ireland"},
    {"Organization Name": "Nordvik Medical AB", "Phone 1 - Label": "Work",
     "Phone 1 - Value": "+46 31 700 00 00", "Labels": "* myContacts"},
    {"E-mail 1 - Label": "Other", "E-mail 1 - Value": "mikael.f@example.se", "Labels": "* myContacts"},
    {"First Name": "Åsa", "Last Name": "Öberg", "Labels": "Slottsskogen Morning Runners ::: * myContacts",
     "E-mail 1 - Label": "Home", "E-mail 1 - Value": "asa.oberg@nordvik.example"},
]))

GOOGLE_LEGACY = ("Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
                 "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
                 "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
                 "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
                 "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,"
                 "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
                 "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
                 "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
                 "Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,"
                 "Organization 1 - Job Description,Website 1 - Type,Website 1 - Value").split(",")

write("google_contacts_legacy.csv", table(GOOGLE_LEGACY, [
    {"Name": "Åsa Öberg", "Given Name": "Åsa", "Family Name": "Öberg",
     "Group Membership": "* My Contacts ::: Slottsskogen Morning Runners",
     "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "asa.oberg@nordvik.example",
     "Address 1 - Type": "Work", "Address 1 - City": "Göteborg", "Address 1 - Country": "Sweden",
     "Organization 1 - Name": "Nordvik Medical AB", "Organization 1 - Title": "Product Manager"},
    {"Name": "Željko Šimić", "Given Name": "Željko", "Family Name": "Šimić",
     "Group Membership": "* My Contacts ::: * Coworkers",
     "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "zeljko.simic@adriatic-robotics.example",
     "Address 1 - Type": "Work", "Address 1 - Country": "Croatia",
     "Organization 1 - Name": "Adriatic Robotics d.o.o.", "Organization 1 - Department": "R&D"},
    {},
    {"Name": "Siobhán O'Neil", "Given Name": "Siobhán", "Family Name": "O'Neil",
     "Group Membership": "* Friends ::: * My Contacts",
     "Address 1 - Type": "Home", "Address 1 - Country": "Ireland",
     "Organization 1 - Name": "Galway Clinical Research, Ltd"},
]), bom=True)

# --- Outlook ----------------------------------------------------------------

OUTLOOK_EN = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
              "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
              "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
              "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street",
              "Other Street 2", "Other Street 3", "Other City", "Other State", "Other Postal Code",
              "Other Country/Region", "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2",
              "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN",
              "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone",
              "TTY/TDD Phone", "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information",
              "Birthday", "Business Address PO Box", "Categories", "Children", "Directory Server",
              "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
              "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name", "Gender",
              "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy",
              "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
              "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession",
              "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page"]


def outlook_rows(empty="0/0/00"):
    """The English rows; Outlook writes 0/0/00 for a missing date and Normal/False for defaults."""
    base = {"Anniversary": empty, "Birthday": empty, "Priority": "Normal", "Private": "False", "Sensitivity": "Normal"}
    rows = [
        {"First Name": "Åsa", "Last Name": "Öberg", "Company": "Nordvik Medical AB", "Department": "Product",
         "Job Title": "Senior Product Manager", "Business Street": "Kungsgatan 12", "Business City": "Göteborg",
         "Business Postal Code": "411 19", "Business Country/Region": "Sweden",
         "Mobile Phone": "+46 70 123 45 67", "Categories": "Product Circle;Customers",
         "E-mail Address": "asa.oberg@nordvik.example", "E-mail Type": "SMTP",
         "E-mail Display Name": "Åsa Öberg (asa.oberg@nordvik.example)", "Initials": "Å.Ö.",
         "Notes": "Met at the MedTech Summit.\r\nFollow up in May about the pilot."},
        {"First Name": "Željko", "Last Name": "Šimić", "Company": "Adriatic Robotics d.o.o.",
         "Job Title": "Chief Technology Officer", "Home City": "Zagreb", "Home Country/Region": "Croatia",
         "Categories": "European MedTech Association",
         "E-mail Address": "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=5e1c0a7b9d2f4e8a-zeljko.simi",
         "E-mail Type": "EX", "E-mail Display Name": "Željko Šimić", "Initials": "Ž.Š."},
        {"Title": "Dr.", "First Name": "Siobhán", "Last Name": "O'Neil", "Company": "Galway Clinical Research, Ltd",
         "Department": "Oncology", "Job Title": "Clinical Research Lead", "Business City": "Galway",
         "Business Country/Region": "Ireland", "Categories": "European MedTech Association, Product Circle",
         "E-mail Address": "siobhan.oneil@gcr.example", "E-mail Type": "SMTP",
         "E-mail Display Name": "Siobhán O'Neil (siobhan.oneil@gcr.example)"},
        {"Company": "Nordvik Medical AB", "Company Main Phone": "+46 31 700 00 00",
         "E-mail Address": "reception@nordvik.example", "E-mail Type": "SMTP",
         "E-mail Display Name": "Nordvik Reception (reception@nordvik.example)"},
        {},
        {"Business Phone": "+46 31 123 00 00", "Notes": "Taxi Göteborg"},
    ]
    out = []
    for r in rows:
        if r:
            r = {**base, **r}
        out.append(r)
    return out


write("outlook_en.csv", table(OUTLOOK_EN, outlook_rows(), quote_all=True), crlf=True)

write("outlook_en_utf16.csv", table(OUTLOOK_EN, [r for r in outlook_rows() if r.get("First Name")], quote_all=True),
      encoding="utf-16-le", bom=True, crlf=True)

OUTLOOK_SV = ["Tilltal", "Förnamn", "Mellannamn", "Efternamn", "Suffix", "Företag", "Avdelning", "Befattning",
              "Gatuadress, arbete", "Gatuadress 2, arbete", "Gatuadress 3, arbete", "Ort, arbete", "Region, arbete",
              "Postnummer, arbete", "Land/region, arbete", "Gatuadress, hem", "Gatuadress 2, hem",
              "Gatuadress 3, hem", "Ort, hem", "Region, hem", "Postnummer, hem", "Land/region, hem",
              "Telefon, arbete", "Telefon, hem", "Mobiltelefon", "Födelsedag", "Kategorier",
              "E-postadress", "E-posttyp", "E-postvisningsnamn", "E-postadress 2", "E-posttyp 2",
              "E-postvisningsnamn 2", "Initialer", "Anteckningar", "Prioritet", "Privat", "Känslighet", "Webbsida"]

write("outlook_sv.csv", table(OUTLOOK_SV, [
    {"Förnamn": "Åsa", "Efternamn": "Öberg", "Företag": "Nordvik Medical AB", "Avdelning": "Produkt",
     "Befattning": "Produktchef", "Gatuadress, arbete": "Kungsgatan 12", "Ort, arbete": "Göteborg",
     "Postnummer, arbete": "411 19", "Land/region, arbete": "Sverige", "Mobiltelefon": "070-123 45 67",
     "Födelsedag": "0-00-00", "Kategorier": "Kunder;Löparklubben", "E-postadress": "asa.oberg@nordvik.example",
     "E-posttyp": "SMTP", "E-postvisningsnamn": "Åsa Öberg (asa.oberg@nordvik.example)",
     "Initialer": "Å.Ö.", "Prioritet": "Normal", "Privat": "Falskt", "Känslighet": "Normal"},
    {"Tilltal": "Dr", "Förnamn": "Siobhán", "Efternamn": "O'Neil", "Företag": "Galway Clinical Research, Ltd",
     "Befattning": "Forskningsledare", "Ort, arbete": "Galway", "Land/region, arbete": "Irland",
     "Födelsedag": "0-00-00", "Kategorier": "Europeiska MedTech-föreningen",
     "E-postadress": "siobhan.oneil@gcr.example", "E-posttyp": "SMTP",
     "E-postvisningsnamn": "Siobhán O'Neil (siobhan.oneil@gcr.example)",
     "Prioritet": "Normal", "Privat": "Falskt", "Känslighet": "Normal"},
    {"Förnamn": "Björn", "Efternamn": "Ågren", "Företag": "Fjällräven Konsult AB", "Befattning": "Säljare",
     "Ort, hem": "Tromsø", "Land/region, hem": "Norge", "Födelsedag": "0-00-00",
     "Kategorier": "Kunder, Löparklubben", "Prioritet": "Normal", "Privat": "Falskt", "Känslighet": "Normal"},
], delimiter=";", quote_all=True), encoding="cp1252", crlf=True)

OUTLOOK_DE = ["Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung", "Position",
              "Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3", "Ort geschäftlich",
              "Region geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat",
              "Straße privat 2", "Straße privat 3", "Ort privat", "Bundesland/Kanton privat", "Postleitzahl privat",
              "Land/Region privat", "Weitere Straße", "Weitere Straße 2", "Weitere Straße 3", "Weiterer Ort",
              "Weiteres/r Bundesland/Kanton", "Weitere Postleitzahl", "Weiteres/e Land/Region",
              "Telefon Assistent", "Fax geschäftlich", "Telefon geschäftlich", "Telefon geschäftlich 2",
              "Rückmeldung", "Autotelefon", "Telefon Firma", "Fax privat", "Telefon privat", "Telefon privat 2",
              "ISDN", "Mobiltelefon", "Weiteres Fax", "Weiteres Telefon", "Pager", "Haupttelefon",
              "Mobiltelefon 2", "Telefon für Hörbehinderte", "Telex", "Abrechnungsinformation", "Benutzer 1",
              "Benutzer 2", "Benutzer 3", "Benutzer 4", "Beruf", "Büro", "E-Mail-Adresse", "E-Mail-Typ",
              "E-Mail: Angezeigter Name", "E-Mail 2: Adresse", "E-Mail 2: Typ", "E-Mail 2: Angezeigter Name",
              "E-Mail 3: Adresse", "E-Mail 3: Typ", "E-Mail 3: Angezeigter Name", "Empfohlen von", "Geburtstag",
              "Geschlecht", "Hobby", "Initialen", "Internet Frei/Gebucht", "Jahrestag", "Kategorien", "Kinder",
              "Konto", "Name Assistent", "Name des/der Vorgesetzten", "Notizen", "Organisationsnr.", "Ort",
              "Partner", "Postfach geschäftlich", "Postfach privat", "Priorität", "Privat", "Regierungsnr.",
              "Reisekilometer", "Sprache", "Stichwörter", "Vertraulichkeit", "Verzeichnisserver", "Webseite",
              "Weiteres Postfach"]

write("outlook_de.csv", table(OUTLOOK_DE, [
    {"Vorname": "Åsa", "Nachname": "Öberg", "Firma": "Nordvik Medical AB", "Abteilung": "Produkt",
     "Position": "Produktmanagerin", "Ort geschäftlich": "Göteborg", "Land/Region geschäftlich": "Schweden",
     "Kategorien": "Kunden;Produktkreis", "E-Mail-Adresse": "asa.oberg@nordvik.example", "E-Mail-Typ": "SMTP",
     "E-Mail: Angezeigter Name": "Åsa Öberg (asa.oberg@nordvik.example)", "Geburtstag": "0.0.00",
     "Jahrestag": "0.0.00", "Priorität": "Normal", "Privat": "Aus", "Vertraulichkeit": "Normal"},
    {"Vorname": "Željko", "Nachname": "Šimić", "Firma": "Adriatic Robotics d.o.o.",
     "Position": "Technischer Leiter", "Land/Region geschäftlich": "Kroatien", "Kategorien": "Produktkreis",
     "E-Mail-Adresse": "\"Željko Šimić\" <zeljko.simic@adriatic-robotics.example>", "E-Mail-Typ": "SMTP",
     "Geburtstag": "0.0.00", "Jahrestag": "0.0.00", "Priorität": "Normal", "Privat": "Aus",
     "Vertraulichkeit": "Normal"},
    {"Anrede": "Dr.", "Vorname": "Siobhán", "Nachname": "O'Neil", "Firma": "Galway Clinical Research, Ltd",
     "Abteilung": "Onkologie", "Position": "Leiterin klinische Forschung", "Land/Region privat": "Irland",
     "Kategorien": "Europäischer MedTech-Verband", "Geburtstag": "0.0.00", "Jahrestag": "0.0.00",
     "Priorität": "Normal", "Privat": "Aus", "Vertraulichkeit": "Normal"},
], delimiter=";", quote_all=True), bom=True, crlf=True)

OUTLOOK_COM = ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi", "Surname Yomi",
               "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone", "Home Phone 2",
               "Business Phone", "Business Phone 2", "Mobile Phone", "Car Phone", "Other Phone", "Primary Phone",
               "Pager", "Business Fax", "Home Fax", "Other Fax", "Company Main Phone", "Callback", "Radio Phone",
               "Telex", "TTY/TDD Phone", "IMAddress", "Job Title", "Department", "Company", "Office Location",
               "Manager's Name", "Assistant's Name", "Assistant's Phone", "Company Yomi", "Business Street",
               "Business City", "Business State", "Business Postal Code", "Business Country/Region",
               "Home Street", "Home City", "Home State", "Home Postal Code", "Home Country/Region",
               "Other Street", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
               "Personal Web Page", "Spouse", "Schools", "Hobby", "Location", "Web Page", "Birthday",
               "Anniversary", "Categories", "Notes"]

write("outlook_com.csv", table(OUTLOOK_COM, [
    {"First Name": "Åsa", "Last Name": "Öberg", "E-mail Address": "asa.oberg@nordvik.example",
     "Job Title": "Senior Product Manager", "Department": "Product", "Company": "Nordvik Medical AB",
     "Business City": "Göteborg", "Business Country/Region": "Sweden", "Categories": "Product Circle"},
    {"First Name": "Željko", "Last Name": "Šimić", "E-mail Address": "zeljko.simic@adriatic-robotics.example",
     "E-mail 2 Address": "zeljko@simic.example", "Job Title": "CTO", "Company": "Adriatic Robotics d.o.o.",
     "Home Country/Region": "Croatia", "Categories": "European MedTech Association;Product Circle"},
    {"First Name": "Siobhán", "Last Name": "O'Neil", "Title": "Dr.", "Job Title": "Clinical Research Lead",
     "Company": "Galway Clinical Research, Ltd", "Other Country/Region": "Ireland"},
]))

# --- vCard ------------------------------------------------------------------

write("contacts_21.vcf", """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96berg;=C3=85sa;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85sa =C3=96berg
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Nordvik Medical AB;Produkt
TITLE:Senior Product Manager
TEL;CELL:+46701234567
EMAIL;HOME:asa@oberg.example
EMAIL;WORK;PREF:asa.oberg@nordvik.example
ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Kungsgatan 12;G=C3=B6teborg;;411 19;Sverige
CATEGORIES:Product Circle,Customers
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=A0imi=C4=87;=C5=BDeljko;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=BDeljko =C5=A0im=
i=C4=87
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Adriatic Robotics d.o.o.;Istra=C5=BEivanje i razv=
oj
TITLE:CTO
EMAIL;INTERNET:zeljko.simic@adriatic-robotics.example
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Upoznali smo se na sajmu u Z=
agrebu.=0D=0APrati projekt robotike.
PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgK
 DBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJ

CATEGORIES:European MedTech Association
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:O'Neil;Siobh=E1n;;;
FN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Siobh=E1n O'Neil
ORG:Galway Clinical Research, Ltd
TITLE:Clinical Research Lead
ADR;HOME:;;12 Quay Street;Galway;;H91 X2Y3;Ireland
TEL;CELL:+353871234567
END:VCARD
""", crlf=True)

write("contacts_30.vcf", """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:Öberg;Åsa;;;
FN:Åsa Öberg
ORG:Nordvik Medical AB;Product;
TITLE:Senior Product Manager
item1.EMAIL;type=INTERNET;type=pref:asa.oberg@nordvik.example
item1.X-ABLabel:_$!<Work>!$_
item2.ADR;type=WORK;type=pref:;;Kungsgatan 12;Göteborg;;411 19;Sweden
item2.X-ABADR:se
CATEGORIES:Product Circle,Slottsskogen Morning Runners
NOTE:Met at the MedTech Summit in Gothenburg\\, 2023. Interested in the con
 nected-care pilot\\; follow up in May.
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:Šimić;Željko;;;
FN:Željko Šimić
ORG:Adriatic Robotics d.o.o.;Research and Development
TITLE:Chief Technology Offic
 er
EMAIL;type=INTERNET;type=WORK:zeljko.simic@adriatic-robotics.example
ADR;type=HOME:;;Ulica grada Vukovara 271;Zagreb;;10000;Croatia
CATEGORIES:European MedTech Association
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:O'Neil;Siobhán;;Dr.;
FN:Siobhán O'Neil
ORG:Galway Clinical Research\\, Ltd;Oncology
TITLE:Clinical Research Lead
item1.EMAIL;type=INTERNET:siobhan.oneil@gcr.example
item1.X-ABLabel:_$!<Other>!$_
ADR;type=WORK:;;Merchants Road;Galway;;H91 X2Y3;Ireland
CATEGORIES:European MedTech Association,Product Circle
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:Runners;;;;
FN:Runners
X-ADDRESSBOOKSERVER-KIND:group
X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:8E2F3B6A-1C4D-4E5F-9A0B-1C2D3E4F5A6B
END:VCARD
""", crlf=True)

write("contacts_40.vcf", """BEGIN:VCARD
VERSION:4.0
KIND:individual
FN:Åsa Öberg
N:Öberg;Åsa;;;
ORG:Nordvik Medical AB;Product
TITLE:Senior Product Manager
EMAIL;TYPE=work;PREF=1:asa.oberg@nordvik.example
EMAIL;TYPE=home:asa@oberg.example
ADR;TYPE=work;LABEL="Kungsgatan 12\\n411 19 Göteborg\\nSweden":;;Kungsgatan 12;Göteborg;;411 19;Sweden
CATEGORIES:Product Circle,Customers
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Željko Šimić
N:Šimić;Željko;;;
ORG:Adriatic Robotics d.o.o.
TITLE:CTO
EMAIL:zeljko@simic.example
EMAIL;PREF=1:zeljko.simic@adriatic-robotics.example
ADR;TYPE=home:;;;Zagreb;;;Croatia
CATEGORIES:European MedTech Association
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Siobhán O'Neil
N:O'Neil;Siobhán;;;
ORG:Galway Clinical Research\\, Ltd
ROLE:Clinical Research Lead
ADR;TYPE=home:;;;Newry;;;United Kingdom
ADR;TYPE=work:;;;Galway;;;Ireland
CATEGORIES:European MedTech Association
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Nordvik Medical AB
ORG:Nordvik Medical AB
END:VCARD
""")

write("contacts_broken.vcf", """BEGIN:VCARD
VERSION:3.0
FN:Åsa Öberg
EMAIL:asa.oberg@nordvik.example
END:VCARD
This line was pasted here by mistake
BEGIN:VCARD
VERSION:3.0
FN:Željko Šimić
ORG:Adriatic Robotics d.o.o.
BEGIN:VCARD
VERSION:3.0
FN:Siobhán O'Neil
this line is not a property
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:;;;;
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Mikko Virtanen
EMAIL:mikko.virtanen@hht.example
""")
