"""A small Greek catalogue for the PDFs, made the way the shipped one is: pyside6-lupdate
extracts the reports' phrases (and the domain's enum words) with tools/translations.sh's
aliases, the messages below get their Greek, and pyside6-lrelease compiles it. Messages
left out stay English, as an unfinished translation does."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from mesolog.reports.recall_letter_text import DEFAULT_TEXT
from tests.language.qm_support import compiled

ROOT = Path(__file__).parent.parent.parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
SOURCES = [
    *sorted((ROOT / "mesolog" / "reports").glob("*.py")),
    ROOT / "mesolog" / "services" / "summary.py",
    ROOT / "mesolog" / "services" / "recall_files.py",
    ROOT / "mesolog" / "domain" / "enum_words.py",
]

GREEK_LETTER = (
    "Αγαπητή/έ {patient},\n\n"
    "Σας γράφουμε επειδή ο κατασκευαστής του {product} εξέδωσε ανακοίνωση για την παρτίδα "
    "{lot}. Σύμφωνα με τα αρχεία μας, το προϊόν χρησιμοποιήθηκε στη θεραπεία σας στο {clinic} "
    "στις {dates}:\n\n"
    "{treatments}\n\n"
    "Οι περισσότεροι δεν χρειάζεται να κάνουν τίποτα. Καλέστε μας στο {clinic_phone} αν "
    "παρατηρήσατε ερυθρότητα, οίδημα, οζίδια, πόνο ή άλλη αλλαγή στις περιοχές που "
    "θεραπεύτηκαν, ή αν έχετε οποιαδήποτε ερώτηση. Θα σας δούμε ξανά χωρίς χρέωση.\n\n"
    "Με εκτίμηση,\n\n"
    "{clinic}"
)

GREEK: dict[tuple[str, str], str | tuple[str, str]] = {
    ("Summary", "Treatment summary"): "Σύνοψη θεραπείας",
    ("Summary", "Treatment summary: {patient}"): "Σύνοψη θεραπείας: {patient}",
    ("Summary", "Patient copy"): "Αντίγραφο ασθενούς",
    (
        "Summary",
        "Clinical copy: the full record, for the healthcare professionals treating the patient",
    ): "Κλινικό αντίγραφο: ο πλήρης φάκελος, για τους επαγγελματίες υγείας που θεραπεύουν "
    "τον ασθενή",
    (
        "Summary",
        "Mesotherapy treatment summary, clinical copy",
    ): "Σύνοψη θεραπείας μεσοθεραπείας, κλινικό αντίγραφο",
    ("Summary", "Patient"): "Ασθενής",
    ("Summary", "Date of birth"): "Ημερομηνία γέννησης",
    ("Summary", "Record number"): "Αριθμός φακέλου",
    ("Summary", "Period covered"): "Περίοδος",
    ("Summary", "Allergies"): "Αλλεργίες",
    ("Summary", "none recorded"): "δεν έχουν καταγραφεί",
    ("Summary", "Sessions outside a course"): "Συνεδρίες εκτός προγράμματος",
    ("Summary", "Reactions"): "Αντιδράσεις",
    ("Summary", "Reactions after your sessions"): "Αντιδράσεις μετά τις συνεδρίες σας",
    ("Summary", "Totals"): "Σύνολα",
    ("Summary", "Sessions: {count}"): "Συνεδρίες: {count}",
    ("Summary", "Lots used"): "Παρτίδες που χρησιμοποιήθηκαν",
    ("Summary", "Page {page} of {pages}"): "Σελίδα {page} από {pages}",
    ("Summary", "Generated {moment} by {name}"): "Δημιουργήθηκε {moment} από {name}",
    (
        "Summary",
        "Confidential: medical record of the patient named above.",
    ): "Εμπιστευτικό: ιατρικός φάκελος του ασθενούς που αναφέρεται παραπάνω.",
    ("Summary", "Clinician's signature"): "Υπογραφή θεράποντος",
    ("SummaryTables", "Date"): "Ημερομηνία",
    ("SummaryTables", "Clinician"): "Θεράπων",
    ("SummaryTables", "Area"): "Περιοχή",
    ("SummaryTables", "Technique and settings"): "Τεχνική και ρυθμίσεις",
    ("SummaryTables", "Products"): "Προϊόντα",
    ("SummaryTables", "Reactions"): "Αντιδράσεις",
    ("SummaryTables", "Score"): "Βαθμός",
    ("SummaryTables", "Needle {gauge}G"): "Βελόνα {gauge}G",
    ("SummaryTables", "length {length}"): "μήκος {length}",
    ("SummaryTables", "depth {depth}"): "βάθος {depth}",
    ("SummaryTables", "lot {lot}"): "παρτίδα {lot}",
    ("SummaryTables", "Solution"): "Διάλυμα",
    ("SummaryTables", "Times used"): "Χρήσεις",
    ("SummaryTables", "Total volume"): "Συνολικός όγκος",
    ("SummaryTables", "none"): "καμία",
    ("PatientCopy", "Date"): "Ημερομηνία",
    ("PatientCopy", "Clinician"): "Θεράπων",
    ("PatientCopy", "Treated areas"): "Περιοχές",
    ("PatientCopy", "Session"): "Συνεδρία",
    ("PatientCopy", "Reaction"): "Αντίδραση",
    ("PatientCopy", "Now"): "Τώρα",
    ("PatientCopy", "still present at the last visit"): "υπήρχε ακόμη στην τελευταία επίσκεψη",
    ("PatientCopy", "Treatment"): "Θεραπεία",
    ("PatientCopy", "Products used"): "Προϊόντα",
    ("PatientCopy", "Injections with a fine needle"): "Ενέσεις με λεπτή βελόνα",
    ("PatientCopy", "lot {lot}"): "παρτίδα {lot}",
    ("Aftercare", "After your session"): "Μετά τη συνεδρία σας",
    ("Formatting", "{number} unit"): "{number} μονάδα",
    ("Formatting", "{number} units"): "{number} μονάδες",
    ("Area", "Cheeks"): "Παρειές (μάγουλα)",
    ("Area", "Neck"): "Τράχηλος (λαιμός)",
    ("Solution", "Vitamins"): "Βιταμίνες",
    ("Reaction", "Redness"): "Ερυθρότητα",
    ("Severity", "mild"): "ήπιας βαρύτητας",
    ("Solution", "Hyaluronic acid"): "Υαλουρονικό οξύ",
    ("NeedleMethod", "nappage"): "nappage",
    ("RecallLetter", DEFAULT_TEXT): GREEK_LETTER,
    ("RecallLetter", "About {product}, lot {lot}"): "Σχετικά με: {product}, παρτίδα {lot}",
    ("RecallLetter", "Recall letters: {search}"): "Επιστολές ανάκλησης: {search}",
    ("RecallLetter", 'lot "{lot}"'): "παρτίδα «{lot}»",
    ("RecallLetter", "Recall letters to %n patients"): (
        "Επιστολές ανάκλησης προς %n ασθενή",
        "Επιστολές ανάκλησης προς %n ασθενείς",
    ),
    ("RecallLetter", "Date of birth {date}"): "Ημερομηνία γέννησης {date}",
    ("RecallLetter", "Letter to {patient}"): "Επιστολή προς {patient}",
    ("RecallLetter", "Date"): "Ημερομηνία",
    ("RecallLetter", "Area"): "Περιοχή",
    ("RecallLetter", "Product"): "Προϊόν",
    ("RecallLetter", "Lot"): "Παρτίδα",
    ("RecallLetter", "Amount"): "Ποσότητα",
    (
        "RecallLetter",
        "Confidential: this letter concerns the health of the person it is addressed to.",
    ): "Εμπιστευτικό: η επιστολή αφορά την υγεία του προσώπου στο οποίο απευθύνεται.",
}


def extracted(ts: Path) -> ET.Element:
    """The catalogue pyside6-lupdate makes of SOURCES, told of the markers as
    tools/translations.sh tells it, written to `ts` and read back."""
    script = (ROOT / "tools" / "translations.sh").read_text(encoding="utf-8")
    found = re.search(r"^ALIASES=(\S+)$", script, re.MULTILINE)
    assert found is not None
    command = [str(LUPDATE), "-silent", "-locations", "none", "-tr-function-alias", found[1]]
    command += [*map(str, SOURCES), "-target-language", "el_GR", "-ts", str(ts)]
    subprocess.run(command, check=True)
    return ET.parse(ts).getroot()


def greek_words(folder: Path) -> Renderer:
    """A renderer for Greek from the extraction with GREEK's messages translated."""
    ts = folder / "reports_el.ts"
    root = extracted(ts)
    seen = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            seen.add(key)
            greek = GREEK.get(key)
            translation = message.find("translation")
            if greek is None or translation is None:
                continue
            if isinstance(greek, tuple):
                forms = translation.findall("numerusform")
                assert len(forms) == len(greek), key
                for form, text in zip(forms, greek, strict=True):
                    form.text = text
            else:
                translation.text = greek
            translation.attrib.pop("type", None)
    assert set(GREEK) <= seen, f"not extracted: {set(GREEK) - seen}"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    catalogue = Catalogue.from_qm(compiled(ts, folder).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)
