#!/usr/bin/env python3
"""Generate a benchmark corpus of French-news-style text for `montants`.

Articles are assembled from sentence templates and word lists (budgets, companies, regions, the
EU, startups), with a money mention planted every 1-2 KB on average in the forms French text
uses (`1 500 000 €` with ordinary, no-break and narrow no-break spaces, `1,5 milliard d’euros`,
`15 M€`, `2 Md€`, `deux cents millions d’euros`, ranges, `plus de 3 M$`, `dont …` breakdowns),
and with traps that are not money (dates, years, percentages, head counts, `France 2030`, phone
numbers).

The same text is written in three forms:

    DIR/tree/xx/yy/file-000123.txt   one article per file, in nested folders
    DIR/one.txt                      every article, separated by blank lines
    DIR/stream.jsonl                 one {"id": "file-000123", "text": …} record per article
    DIR/manifest.json                the parameters, byte counts and planted mentions

Usage:
    python3 scripts/gen_corpus.py --out target/bench-corpus                 # 200 MB, 20 000 files
    python3 scripts/gen_corpus.py --out /tmp/c --size-mb 50 --files 5000
    python3 scripts/gen_corpus.py --out /tmp/big --total-mb 1024 --single-only   # one.txt only

Python 3 standard library only; the output depends only on the seed and the sizes.
"""

import argparse
import json
import os
import random
import shutil
import sys
import time

NBSP = "\u00a0"
NNBSP = "\u202f"

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

PEOPLE = [
    "Emmanuel Macron", "Bruno Le Maire", "Ursula von der Leyen", "Élisabeth Borne",
    "Gabriel Attal", "Michel Barnier", "Thierry Breton", "Christine Lagarde",
    "Carole Delga", "Valérie Pécresse", "Laurent Wauquiez", "Xavier Bertrand",
    "Anne Hidalgo", "Martine Aubry", "Arthur Mensch", "Xavier Niel", "Nicolas Dufourcq",
    "Clara Chappaz", "Roland Lescure", "Agnès Pannier-Runacher", "Jean-Pierre Farandou",
    "Patrick Pouyanné", "Guillaume Faury", "Marie Dupont", "Sophie Martin", "Luc Bernard",
]
TITLED = [
    "le ministre de l’Économie", "la présidente de la Commission européenne",
    "le président de la région", "la maire de la ville", "le directeur général de Bpifrance",
    "la secrétaire d’État chargée du numérique", "le préfet de région",
    "le rapporteur général du budget", "la directrice financière du groupe",
    "M. Durand", "Mme Lefèvre", "le Premier ministre",
]
COMPANIES = [
    "Mistral AI", "TotalEnergies", "Airbus", "BNP Paribas", "Doctolib", "Ynsect", "Back Market",
    "Sanofi", "Renault", "Stellantis", "Orange", "Capgemini", "Dassault Systèmes", "Alstom",
    "EDF", "Engie", "Veolia", "Schneider Electric", "Michelin", "Safran", "Thales", "OVHcloud",
    "Qonto", "Alan", "Contentsquare", "Ledger", "Pasqal", "Verkor", "Exotrail", "Sorare",
    "Lydia", "Pigment", "ManoMano", "Vinted", "BlaBlaCar", "la SNCF", "La Poste", "Naval Group",
]
STARTUPS = [
    "Mistral AI", "H Company", "Pasqal", "Verkor", "Qonto", "Alan", "Pigment", "Exotrail",
    "Alice & Bob", "Quandela", "Flying Whales", "Electra", "Agricool", "Cajoo", "Sweep",
    "Dust", "Nabla", "Owkin", "Poolside", "Kyutai", "Hugging Face", "Photoroom", "Swile",
]
INVESTORS = [
    "Bpifrance", "Eurazeo", "Partech", "Idinvest", "Lightspeed", "Andreessen Horowitz",
    "General Catalyst", "Index Ventures", "Sequoia", "Tikehau Capital", "Ardian", "Kima Ventures",
    "la Caisse des dépôts", "la Banque européenne d’investissement", "Temasek", "Salesforce Ventures",
]
REGIONS = [
    "Occitanie", "Bretagne", "Grand Est", "Auvergne-Rhône-Alpes", "Nouvelle-Aquitaine",
    "Hauts-de-France", "Normandie", "Île-de-France", "Provence-Alpes-Côte d’Azur",
    "Pays de la Loire", "Centre-Val de Loire", "Bourgogne-Franche-Comté", "Corse",
]
CITIES = [
    "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg",
    "Rennes", "Grenoble", "Montpellier", "Nice", "Dijon", "Brest", "Clermont-Ferrand", "Rouen",
    "Bruxelles", "Luxembourg", "Francfort", "Berlin", "Madrid", "Rome",
]
EU_BODIES = [
    "la Commission européenne", "l’Union européenne", "la Banque européenne d’investissement",
    "le Parlement européen", "le Conseil de l’UE", "le Fonds européen d’investissement",
    "la BEI", "l’UE",
]
PUBLIC_BODIES = [
    "l’État", "le gouvernement", "la région", "le conseil départemental", "la métropole",
    "Bpifrance", "la Caisse des dépôts", "la Banque des territoires", "l’Ademe", "le ministère",
]
PROGRAMMES = [
    "France 2030", "InvestAI", "Horizon Europe", "NextGenerationEU", "le plan de relance",
    "le programme Digital Europe", "le Fonds pour l’innovation", "le plan Écophyto",
    "le Ségur de la santé", "le fonds Tech Souveraineté", "le programme LIFE",
]
SECTORS = [
    "l’intelligence artificielle", "l’hydrogène vert", "les batteries électriques",
    "la rénovation énergétique des bâtiments", "les semi-conducteurs", "le ferroviaire",
    "la santé numérique", "l’agriculture durable", "les réseaux de chaleur", "le spatial",
    "l’informatique quantique", "la cybersécurité", "les transports en commun",
    "la formation professionnelle", "le logement social", "l’eau potable", "les hôpitaux",
]
OBJECTS = [
    "une gigafactory", "un centre de données", "une usine de batteries", "un nouveau campus",
    "un programme de recherche", "la modernisation du réseau", "un incubateur",
    "la construction d’un lycée", "un parc éolien en mer", "une ligne de tramway",
    "un laboratoire commun", "la réhabilitation de la gare", "un fonds d’amorçage",
]
MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
VERBS_ANNOUNCE = [
    "a annoncé", "a confirmé", "a dévoilé", "a présenté", "a promis", "a officialisé",
    "a détaillé", "prévoit", "envisage",
]
HEADLINES = [
    "Un investissement historique pour {region}", "{company} accélère sa croissance",
    "Budget {year} : les arbitrages se précisent", "{startup} lève des fonds",
    "L’Europe mise sur {sector}", "{programme} : premiers lauréats",
    "Les collectivités face à la hausse des coûts", "Réindustrialisation : le bilan",
    "Le grand plan pour {sector}", "Ce qu’il faut retenir du conseil régional de {region}",
]

# Amounts written as words (the scale is added by the caller).
WORD_NUMBERS = [
    "deux cents", "trois", "cinq", "dix", "douze", "quinze", "vingt", "vingt-cinq", "trente",
    "cinquante", "cent", "cent cinquante", "trois cents", "quatre cents", "un demi",
]

# Sentences with no money and no trap.
FILLERS = [
    "Les discussions se poursuivent entre les partenaires sociaux et la direction.",
    "Le calendrier des travaux doit encore être validé par le conseil d’administration.",
    "Plusieurs élus de l’opposition ont dénoncé un manque de transparence.",
    "La mesure doit entrer en vigueur au début de l’année prochaine.",
    "Les syndicats ont salué une « avancée significative » tout en restant prudents.",
    "Le dossier sera examiné en commission avant d’être soumis au vote.",
    "Les acteurs de la filière attendent désormais des précisions sur la mise en œuvre.",
    "Cette annonce intervient dans un contexte de forte concurrence internationale.",
    "Les associations d’usagers réclament davantage de concertation.",
    "Le projet s’inscrit dans la stratégie nationale de réindustrialisation.",
    "La question de la souveraineté technologique reste au cœur des débats.",
    "Un premier bilan sera présenté devant l’assemblée régionale à l’automne.",
    "L’appel à projets est ouvert aux entreprises de toutes tailles.",
    "Les critères d’éligibilité ont été assouplis après la consultation publique.",
    "Sur le terrain, les habitants restent partagés sur l’intérêt du chantier.",
    "« Nous devons aller plus vite et plus loin », a insisté l’élu.",
    "La Cour des comptes avait pointé des retards importants dans un rapport précédent.",
    "Les négociations avec les partenaires européens devraient aboutir avant l’été.",
]


def cap(s):
    """`s` with its first letter in capitals."""
    return s[:1].upper() + s[1:]


def de(s):
    """`de` before `s`, with French elision and contraction (`du`, `des`, `d’`)."""
    if s.startswith("le "):
        return "du " + s[3:]
    if s.startswith("les "):
        return "des " + s[4:]
    if s[:1].lower() in "aeiouéèêh" and not s.startswith("H "):
        return "d’" + s
    return "de " + s


def to(s):
    """`à` before `s`, with contraction (`au`, `aux`)."""
    if s.startswith("le "):
        return "au " + s[3:]
    if s.startswith("les "):
        return "aux " + s[4:]
    return "à " + s


class Gen:
    """Sentence and article builders around one seeded random generator."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.mentions = 0  # money mentions planted

    # -- small helpers ---------------------------------------------------------------------

    def c(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def year(self):
        return str(self.r.randint(2015, 2031))

    def date(self):
        return f"{self.r.randint(1, 28)} {self.c(MONTHS)} {self.year()}"

    def pct(self):
        r = self.r
        if r.random() < 0.5:
            return f"{r.randint(1, 40)} %"
        return f"{r.randint(0, 12)},{r.randint(1, 9)}{self.c([' ', NBSP, NNBSP])}%"

    def sep(self):
        """A thousands separator: ordinary, no-break or narrow no-break space."""
        x = self.r.random()
        return " " if x < 0.5 else (NBSP if x < 0.75 else NNBSP)

    def grouped(self, n):
        """`n` with French digit grouping (`1 500 000`)."""
        s = str(n)
        head = len(s) % 3 or 3
        parts = [s[:head]] + [s[i:i + 3] for i in range(head, len(s), 3)]
        return self.sep().join(parts)

    def apos(self):
        return "’" if self.r.random() < 0.8 else "'"

    def actor(self):
        x = self.r.random()
        if x < 0.25:
            return self.c(PEOPLE)
        if x < 0.45:
            return self.c(COMPANIES)
        if x < 0.6:
            return self.c(EU_BODIES)
        if x < 0.8:
            return self.c(PUBLIC_BODIES)
        if x < 0.9:
            return "la région " + self.c(REGIONS)
        return self.c(TITLED)

    def decimal_scaled(self):
        r = self.r
        whole = self.c([1, 1, 2, 3, 4, 5, 7, 8, 12, 15, 20, 45, 120, 250, 600])
        if r.random() < 0.4:
            return f"{whole},{r.randint(1, 9)}"
        return str(whole)

    # -- money -----------------------------------------------------------------------------

    def money(self):
        """One money mention, in one of the forms French text uses."""
        self.mentions += 1
        r = self.r
        x = r.random()
        a = self.apos()
        if x < 0.18:  # 1 500 000 €  /  1 500 000 euros
            n = r.randint(1, 999) * self.c([1000, 1000, 10000, 100000, 1000000])
            cur = self.c(["€", "€", "euros", "EUR"])
            if cur == "EUR" and r.random() < 0.5:
                return f"EUR {self.grouped(n)}"
            return f"{self.grouped(n)}{self.sep()}{cur}"
        if x < 0.38:  # 1,5 milliard d’euros
            num = self.decimal_scaled()
            scale = self.c(["million", "milliard"])
            if num not in ("1", "1,1", "1,2", "1,3", "1,4", "1,5", "1,6", "1,7", "1,8", "1,9"):
                scale += "s"
            cur = self.c([f"d{a}euros", f"d{a}euros", "de dollars", "de livres sterling",
                          "de francs CFA", "de francs suisses"])
            return f"{num} {scale} {cur}"
        if x < 0.50:  # 15 M€ / 2 Md€ / 3 Mds$ / 800 k€
            num = self.decimal_scaled()
            unit = self.c(["M€", "M€", "Md€", "Mds€", "M$", "Mds$", "k€", "Md$"])
            return f"{num}{self.c([' ', NBSP, NNBSP, ''])}{unit}"
        if x < 0.60:  # deux cents millions d’euros
            words = self.c(WORD_NUMBERS)
            if words == "un demi":
                return self.c([f"un demi-milliard d{a}euros", f"un demi-million d{a}euros"])
            scale = self.c(["millions", "milliards", "mille"])
            cur = f"d{a}euros" if scale != "mille" else "euros"
            return f"{words} {scale} {cur}"
        if x < 0.70:  # entre 5 et 10 millions d’euros
            lo = r.randint(1, 50)
            hi = lo + r.randint(1, 50)
            scale = self.c(["millions", "milliards"])
            if r.random() < 0.5:
                return f"entre {lo} et {hi} {scale} d{a}euros"
            return f"de {lo} à {hi} {scale} d{a}euros"
        if x < 0.80:  # plus de 3 M$ / environ 40 millions d’euros
            q = self.c(["plus de", "près de", "environ", "au moins", "jusqu’à", "moins de",
                        "quelque"])
            num = self.decimal_scaled()
            unit = self.c([" M$", " M€", f" millions d{a}euros", " milliards de dollars"])
            return f"{q} {num}{unit}"
        if x < 0.88:  # 3,2 milliards d’euros par an
            num = self.decimal_scaled()
            per = self.c(["par an", "par mois", "annuels", "chaque année"])
            return f"{num} millions d{a}euros {per}"
        if x < 0.94:  # 250 000 dollars / 12 000 CHF / $10 millions
            n = r.randint(2, 999) * 1000
            cur = self.c(["dollars", "CHF", "£", "FCFA", "$"])
            if cur == "$" and r.random() < 0.5:
                return f"${r.randint(2, 90)} millions"
            return f"{self.grouped(n)} {cur}"
        # 1500000 euros, 4.5 millions, 12 euros 50
        return self.c([
            f"{r.randint(100000, 9999999)} euros",
            f"{r.randint(2, 99)} euros {r.randint(10, 99)}",
            f"{r.randint(1, 9)},{r.randint(10, 99)} €",
            f"{r.randint(2, 90)} millions de dollars US",
        ])

    def money_sentence(self):
        """A sentence holding one to three amounts."""
        r = self.r
        x = r.random()
        if x < 0.13:
            return (f"{cap(self.actor())} {self.c(VERBS_ANNOUNCE)} un investissement "
                    f"de {self.money()} dans {self.c(SECTORS)}.")
        if x < 0.24:
            return (f"Le budget de la région {self.c(REGIONS)} pour {self.year()} atteint "
                    f"{self.money()}, en hausse de {self.pct()} par rapport à l{self.apos()}an "
                    f"dernier.")
        if x < 0.35:
            return (f"La start-up {self.c(STARTUPS)} a levé {self.money()} auprès "
                    f"{de(self.c(INVESTORS))} et {de(self.c(INVESTORS))}, a-t-elle annoncé le "
                    f"{self.date()}.")
        if x < 0.45:  # breakdown: total, then `dont …` with and without a currency
            total = r.randint(20, 300)
            part = r.randint(1, total - 1)
            a = self.apos()
            self.mentions += 3
            if r.random() < 0.5:
                return (f"Le plan prévoit {total} milliards d{a}euros, dont {part} milliards "
                        f"proviennent de fonds publics et {total - part} milliards d{a}euros de "
                        f"fonds privés.")
            return (f"{cap(self.c(PROGRAMMES))} mobilise {total} millions "
                    f"d{a}euros, dont {part} millions d{a}euros pour {self.c(SECTORS)} et "
                    f"{total - part} M€ pour {self.c(SECTORS)}.")
        if x < 0.53:
            return (f"Le coût {de(self.c(OBJECTS))} à {self.c(CITIES)} est estimé à "
                    f"{self.money()}, selon {self.c(PEOPLE)}.")
        if x < 0.61:
            return (f"{cap(self.c(COMPANIES))} a réalisé un chiffre d{self.apos()}"
                    f"affaires de {self.money()} en {self.year()}, pour un résultat net de "
                    f"{self.money()}.")
        if x < 0.69:
            return (f"Dans le cadre {de(self.c(PROGRAMMES))}, {self.c(PUBLIC_BODIES)} accorde une "
                    f"subvention de {self.money()} {to(self.c(COMPANIES))}.")
        if x < 0.77:
            return (f"{cap(self.c(EU_BODIES))} débloque {self.money()} pour "
                    f"{self.c(SECTORS)} dans {r.randint(3, 27)} États membres.")
        if x < 0.84:
            return (f"Selon {self.c(TITLED)}, le déficit atteindrait {self.money()} fin "
                    f"{self.year()}, soit {self.pct()} du PIB.")
        if x < 0.91:
            return (f"{cap(self.c(INVESTORS))} a pris une participation de "
                    f"{self.money()} dans {self.c(STARTUPS)}, valorisée {self.money()}.")
        return (f"« Nous mettons {self.money()} sur la table », a déclaré {self.c(PEOPLE)} "
                f"{self.c(DAYS)} à {self.c(CITIES)}.")

    # -- no money (some with traps) --------------------------------------------------------

    def plain_sentence(self):
        r = self.r
        x = r.random()
        if x < 0.35:
            return self.c(FILLERS)
        if x < 0.43:
            return (f"{cap(self.c(COMPANIES))} emploie {self.grouped(r.randint(120, 90000))} "
                    f"salariés, dont {self.grouped(r.randint(50, 5000))} en {self.c(REGIONS)}.")
        if x < 0.50:
            return (f"Le taux de chômage en {self.c(REGIONS)} a reculé de {self.pct()} en "
                    f"{self.year()}, à {self.pct()} de la population active.")
        if x < 0.56:
            return (f"Le programme France 2030 a déjà soutenu {self.grouped(r.randint(40, 4000))} "
                    f"projets depuis {self.year()}.")
        if x < 0.61:
            ph = f"0{r.randint(1, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
            return f"Pour tout renseignement, contactez le service presse au {ph}."
        if x < 0.68:
            return (f"La réunion se tiendra le {self.c(DAYS)} {self.date()} à {self.c(CITIES)}, "
                    f"en présence {de(self.c(PEOPLE))}.")
        if x < 0.74:
            return (f"Quelque {self.grouped(r.randint(1000, 200000))} visiteurs sont attendus au "
                    f"salon VivaTech, soit {self.pct()} de plus qu{self.apos()}en {self.year()}.")
        if x < 0.80:
            return (f"{self.c(PEOPLE)} a rappelé que la croissance devrait atteindre {self.pct()} "
                    f"en {self.year()} et {self.pct()} en {self.year()}.")
        if x < 0.85:
            return (f"Le projet de loi n° {r.randint(100, 2999)} a été adopté par "
                    f"{r.randint(200, 577)} voix contre {r.randint(10, 200)}.")
        if x < 0.90:
            return (f"Le site de {self.c(CITIES)} couvre {self.grouped(r.randint(2, 900) * 1000)} m² "
                    f"et accueillera {r.randint(20, 3000)} chercheurs d{self.apos()}ici "
                    f"{self.year()}.")
        if x < 0.95:
            return (f"{self.c(STARTUPS)} compte {r.randint(5, 900)} collaborateurs et "
                    f"{self.grouped(r.randint(1000, 5000000))} utilisateurs dans "
                    f"{r.randint(2, 80)} pays.")
        return (f"Les {r.randint(3, 40)} lauréats {de(self.c(PROGRAMMES))} seront connus le "
                f"{self.date()}, a précisé {self.c(TITLED)}.")

    # -- articles --------------------------------------------------------------------------

    def next_gap(self):
        """Bytes of text before the next money sentence: 1.5 KB on average."""
        return self.r.randint(600, 2400)

    def article(self, target_bytes):
        """One article of about `target_bytes` UTF-8 bytes (title, date line, paragraphs)."""
        r = self.r
        head = self.c(HEADLINES).format(
            region=self.c(REGIONS), company=self.c(COMPANIES), year=self.year(),
            startup=self.c(STARTUPS), sector=self.c(SECTORS), programme=self.c(PROGRAMMES),
        )
        parts = [head[0].upper() + head[1:], "", f"{self.c(CITIES)}, le {self.date()}.", ""]
        size = sum(len(p.encode()) + 1 for p in parts)
        gap = self.next_gap()
        para = []
        para_len = r.randint(3, 7)
        while size < target_bytes:
            if gap <= 0:
                s = self.money_sentence()
                gap = self.next_gap()
            else:
                s = self.plain_sentence()
            n = len(s.encode())
            gap -= n + 1
            size += n + 1
            para.append(s)
            if len(para) >= para_len:
                parts.append(" ".join(para))
                parts.append("")
                para = []
                para_len = r.randint(3, 7)
        if para:
            parts.append(" ".join(para))
            parts.append("")
        return "\n".join(parts)


def tree_path(root, i):
    """`root/xx/yy/file-000123.txt`: 16 × 16 folders, files spread by a fixed hash."""
    h = (i * 2654435761) & 0xFFFFFFFF
    return os.path.join(root, f"{(h >> 24) & 0xF:02x}", f"{(h >> 16) & 0xF:02x}",
                        f"file-{i:06d}.txt")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    p.add_argument("--size-mb", "--total-mb", dest="size_mb", type=float, default=200,
                   help="total size of the text in MB (10^6 bytes; default 200)")
    p.add_argument("--files", type=int, default=20000,
                   help="number of articles (files in tree/, records in stream.jsonl; "
                        "default 20000). With --single-only and no --files, articles "
                        "average 10 KB")
    p.add_argument("--single-only", action="store_true",
                   help="write only DIR/one.txt (for the big single-file memory test)")
    args = p.parse_args()

    total = int(args.size_mb * 1_000_000)
    files = args.files
    if args.single_only and "--files" not in sys.argv:
        files = max(1, total // 10_000)
    if files < 1 or total < files:
        p.error("need at least one file and one byte per file")
    mean = total / files

    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    tree = os.path.join(args.out, "tree")
    if not args.single_only:
        if os.path.isdir(tree):
            shutil.rmtree(tree)
        for a in range(16):
            for b in range(16):
                os.makedirs(os.path.join(tree, f"{a:02x}", f"{b:02x}"), exist_ok=True)

    g = Gen(args.seed)
    one_path = os.path.join(args.out, "one.txt")
    jsonl_path = os.path.join(args.out, "stream.jsonl")
    one = open(one_path + ".tmp", "w", encoding="utf-8", newline="\n", buffering=1 << 20)
    jl = None
    if not args.single_only:
        jl = open(jsonl_path + ".tmp", "w", encoding="utf-8", newline="\n", buffering=1 << 20)
    written = 0
    for i in range(files):
        # Article sizes vary from half to one and a half times the mean; the last ones make up
        # the total.
        remaining = total - written
        left = files - i
        target = remaining / left * g.r.uniform(0.5, 1.5) if left > 1 else remaining
        text = g.article(max(200, int(target)))
        data = text.encode("utf-8")
        written += len(data) + 1
        one.write(text)
        one.write("\n")
        if jl is not None:
            doc_id = f"file-{i:06d}"
            jl.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False))
            jl.write("\n")
            with open(tree_path(tree, i), "wb") as f:
                f.write(data)
        if sys.stderr.isatty() and i % 1000 == 0:
            print(f"\r{written / 1e6:8.1f} MB", end="", file=sys.stderr)
    one.close()
    os.replace(one_path + ".tmp", one_path)
    if jl is not None:
        jl.close()
        os.replace(jsonl_path + ".tmp", jsonl_path)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)

    manifest = {
        "seed": args.seed,
        "size_mb": args.size_mb,
        "files": files,
        "single_only": args.single_only,
        "bytes_one_txt": os.path.getsize(one_path),
        "bytes_stream_jsonl": None if jl is None else os.path.getsize(jsonl_path),
        "money_mentions_planted": g.mentions,
        "mean_article_bytes": round(mean),
        "seconds": round(time.time() - t0, 1),
    }
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"gen_corpus: {manifest['bytes_one_txt'] / 1e6:.1f} MB, {files} articles, "
          f"{g.mentions} money mentions planted, {manifest['seconds']} s → {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
