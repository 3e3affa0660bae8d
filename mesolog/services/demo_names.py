"""Invented people for the demo clinic (data only): names by country, phone numbers, clinicians.

Every name is made up; no real patient, clinic or clinician is meant. Family
names are given as (male form, female form). The demo's clinical content is in
services.demo_clinical.
"""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    phone_format: str
    """Each `#` becomes a digit."""
    family_names: tuple[tuple[str, str], ...]
    female_given: tuple[str, ...]
    male_given: tuple[str, ...]


GREECE = Country(
    phone_format="+30 69## ### ###",
    family_names=(
        ("Παπαδόπουλος", "Παπαδοπούλου"),
        ("Γεωργίου", "Γεωργίου"),
        ("Νικολάου", "Νικολάου"),
        ("Δημητρίου", "Δημητρίου"),
        ("Οικονόμου", "Οικονόμου"),
        ("Βασιλείου", "Βασιλείου"),
        ("Μαυρίδης", "Μαυρίδου"),
        ("Καραγιάννης", "Καραγιάννη"),
        ("Σταματόπουλος", "Σταματοπούλου"),
        ("Χριστοδούλου", "Χριστοδούλου"),
        ("Μιχαηλίδης", "Μιχαηλίδου"),
        ("Πετρόπουλος", "Πετροπούλου"),
        ("Λαμπράκης", "Λαμπράκη"),
        ("Θεοδωρίδης", "Θεοδωρίδου"),
        ("Σπυρόπουλος", "Σπυροπούλου"),
        ("Αναστασίου", "Αναστασίου"),
        ("Τζαννετάκης", "Τζαννετάκη"),
        ("Μαργαρίτης", "Μαργαρίτη"),
        ("Ζαχαρίου", "Ζαχαρίου"),
        ("Κουτσούκος", "Κουτσούκου"),
        ("Αλεξανδρόπουλος", "Αλεξανδροπούλου"),
        ("Ραφαηλίδης", "Ραφαηλίδου"),
    ),
    female_given=(
        "Ελένη",
        "Μαρία",
        "Αικατερίνη",
        "Σοφία",
        "Γεωργία",
        "Δέσποινα",
        "Ευαγγελία",
        "Χριστίνα",
        "Αναστασία",
        "Ιωάννα",
        "Βασιλική",
        "Κωνσταντίνα",
        "Δήμητρα",
        "Αθηνά",
        "Παναγιώτα",
        "Φωτεινή",
        "Ειρήνη",
        "Μαρίνα",
        "Θεοδώρα",
        "Αγγελική",
    ),
    male_given=(
        "Γεώργιος",
        "Δημήτριος",
        "Κωνσταντίνος",
        "Νικόλαος",
        "Ιωάννης",
        "Παναγιώτης",
        "Αλέξανδρος",
        "Σπυρίδων",
        "Μιχάλης",
        "Αθανάσιος",
        "Χρήστος",
        "Στέφανος",
    ),
)

ABROAD: tuple[Country, ...] = (
    Country(
        "+49 15# #### ####",
        (
            ("Müller", "Müller"),
            ("Schröder", "Schröder"),
            ("Weiß", "Weiß"),
            ("Krüger", "Krüger"),
            ("Becker", "Becker"),
        ),
        ("Käthe", "Sabine", "Lena", "Jördis", "Anja"),
        ("Jürgen", "Günther", "Tobias"),
    ),
    Country(
        "+33 6 ## ## ## ##",
        (("Dubois", "Dubois"), ("Lefèvre", "Lefèvre"), ("Moreau", "Moreau"), ("Girard", "Girard")),
        ("Élodie", "Camille", "Hélène", "Chloé", "Anaïs"),
        ("Jérôme", "François"),
    ),
    Country(
        "+34 6## ### ###",
        (("García", "García"), ("Núñez", "Núñez"), ("Ibáñez", "Ibáñez"), ("Martínez", "Martínez")),
        ("Lucía", "Inés", "Begoña", "María José"),
        ("Álvaro", "Íñigo"),
    ),
    Country(
        "+46 70 ### ## ##",
        (("Åkesson", "Åkesson"), ("Sjöberg", "Sjöberg"), ("Lindqvist", "Lindqvist")),
        ("Åsa", "Linnéa", "Ingrid"),
        ("Björn", "Örjan"),
    ),
    Country(
        "+420 6## ### ###",
        (
            ("Novák", "Nováková"),
            ("Dvořák", "Dvořáková"),
            ("Černý", "Černá"),
            ("Svoboda", "Svobodová"),
        ),
        ("Tereza", "Kateřina", "Zuzana"),
        ("Jiří", "Tomáš"),
    ),
    Country(
        "+45 ## ## ## ##",
        (("Østergaard", "Østergaard"), ("Sørensen", "Sørensen"), ("Jørgensen", "Jørgensen")),
        ("Mette", "Signe", "Sølvi"),
        ("Søren", "Mikkel"),
    ),
    Country(
        "+39 3## ### ####",
        (("Esposito", "Esposito"), ("De Luca", "De Luca"), ("Ricci", "Ricci")),
        ("Giulia", "Francesca", "Chiara"),
        ("Niccolò", "Luca"),
    ),
    Country(
        "+48 5## ### ###",
        (("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Kowalczyk", "Kowalczyk")),
        ("Małgorzata", "Agnieszka", "Żaneta"),
        ("Łukasz", "Paweł"),
    ),
    Country(
        "+351 91# ### ###",
        (("Gonçalves", "Gonçalves"), ("Conceição", "Conceição")),
        ("Inês", "Joana"),
        ("João",),
    ),
    Country(
        "+353 8# ### ####",
        (("O'Sullivan", "O'Sullivan"), ("Ní Bhriain", "Ní Bhriain")),
        ("Siobhán", "Niamh"),
        ("Seán",),
    ),
)

TRANSLITERATION: dict[str, str] = {
    "ου": "ou",
    "αυ": "av",
    "ευ": "ev",
    "ø": "o",
    "ł": "l",
    "æ": "ae",
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
"""Enough of ELOT 743 (and a few Latin letters without accents to strip) for e-mail addresses;
digraphs first."""

EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

CLINICIANS = ("Dr. Eleni Markou", "Dr. Jonas Albrecht")
