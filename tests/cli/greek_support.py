"""A small Greek catalogue of the command line's words, and a mesolog that finds it.

The catalogue is made as tools/translations.sh makes mesolog_el.ts: lupdate reads the
command line's modules with phrase() and phrase_n() as its markers; a few of the messages
it finds are then given Greek, and lrelease compiles the file. A message GREEK names that
lupdate did not find fails the test that asked for it.

mesolog finds its catalogues in the resources folder beside mesolog/resource_files.py
(mesolog/resources in a wheel). `installed_with` lays out a mesolog whose modules are the
checkout's, linked, but for resource_files.py, copied, so that its resources folder is
one of the test's own: the checkout's resources, linked, with the test's translations.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree

from tests.language.qm_support import compiled

ROOT = Path(__file__).parent.parent.parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
ALIASES = "QT_TRANSLATE_NOOP+=phrase,translate+=phrase_n"

Translation = str | tuple[str, str]
"""Greek for a message: one text, or the forms for 1 and for any other number."""

GREEK: dict[tuple[str, str], Translation] = {
    ("argparse", "usage: "): "χρήση: ",
    ("argparse", "options"): "επιλογές",
    ("argparse", "positional arguments"): "ορίσματα θέσης",
    ("argparse", "show this help message and exit"): "εμφανίζει αυτή τη βοήθεια και τερματίζει",
    ("argparse", "%(prog)s: error: %(message)s\n"): "%(prog)s: σφάλμα: %(message)s\n",
    (
        "argparse",
        "argument %(argument_name)s: %(message)s",
    ): "όρισμα %(argument_name)s: %(message)s",
    (
        "argparse",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ): "μη έγκυρη επιλογή: %(value)r (επιλέξτε από %(choices)s)",
    (
        "cli.main",
        "Treatment records for mesotherapy and micro-needling clinics. Without a command, "
        "opens the window.",
    ): "Αρχείο θεραπειών για ιατρεία μεσοθεραπείας και μικροβελονισμού. Χωρίς εντολή "
    "ανοίγει το παράθυρο.",
    (
        "cli.records",
        "{location}: schema {before} -> {after}",
    ): "{location}: σχήμα {before} -> {after}",
    ("cli.records", "none"): "κανένα",
    ("cli.records", "{location}: up to date"): "{location}: ενημερωμένη",
    ("cli.records", "%n protocol templates added (Settings > Templates)"): (
        "Προστέθηκε %n πρότυπο πρωτοκόλλου (Ρυθμίσεις > Πρότυπα)",
        "Προστέθηκαν %n πρότυπα πρωτοκόλλων (Ρυθμίσεις > Πρότυπα)",
    ),
    ("cli.recall", "Give --lot LOT, --product NAME or both."): (
        "Δώστε --lot LOT, --product NAME ή και τα δύο."
    ),
    ("cli.options", "{text} is not a day; write it as YYYY-MM-DD"): (
        "το {text} δεν είναι ημέρα· γράψτε την ως ΕΕΕΕ-ΜΜ-ΗΗ"
    ),
}


def extracted(folder: Path) -> Path:
    """The command line's marked messages, as lupdate files them into a Greek .ts."""
    files = folder / "files"
    files.write_text(
        "\n".join(str(path) for path in sorted((ROOT / "mesolog" / "cli").glob("*.py"))),
        encoding="utf-8",
    )
    ts = folder / "mesolog_el.ts"
    subprocess.run(
        [
            *(str(LUPDATE), "-silent", "-locations", "none", "-tr-function-alias", ALIASES),
            *(f"@{files}", "-target-language", "el_GR", "-ts", str(ts)),
        ],
        check=True,
    )
    return ts


def greek_catalogue(folder: Path, greek: Mapping[tuple[str, str], Translation] = GREEK) -> Path:
    """mesolog_el.qm with `greek` given to the messages lupdate found in the command line."""
    ts = extracted(folder)
    tree = ElementTree.parse(ts)
    found = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key not in greek:
                continue
            found.add(key)
            _translate(message, greek[key])
    missing = sorted(set(greek) - found)
    assert missing == [], f"lupdate found no such message: {missing}"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return compiled(ts, folder)


def _translate(message: ElementTree.Element, greek: Translation) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if isinstance(greek, str):
        assert message.get("numerus") != "yes", greek
        translation.text = greek
        return
    assert message.get("numerus") == "yes", greek
    forms = translation.findall("numerusform")
    assert len(forms) == 2
    for form, text in zip(forms, greek, strict=True):
        form.text = text


def installed_with(folder: Path, qm: Path | None) -> Path:
    """A folder to run `python -m mesolog` in: the checkout's mesolog finding its
    resources, and `qm` as mesolog_el.qm (no catalogue at all when None), under `folder`."""
    package = folder / "mesolog"
    package.mkdir(parents=True)
    for entry in (ROOT / "mesolog").iterdir():
        if entry.name == "resource_files.py":
            shutil.copy(entry, package / entry.name)
        elif entry.name not in ("__pycache__", "resources"):
            (package / entry.name).symlink_to(entry)
    resources = package / "resources"
    resources.mkdir()
    for entry in (ROOT / "resources").iterdir():
        if entry.name != "translations":
            (resources / entry.name).symlink_to(entry)
    translations = resources / "translations"
    translations.mkdir()
    if qm is not None:
        shutil.copy(qm, translations / "mesolog_el.qm")
    return folder


def mesolog(where: Path, *args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """`python -m mesolog ARGS` run in `where`, with `environment` added to a clean one:
    no language, database or stored choice of the developer's own."""
    base = {
        key: value
        for key, value in os.environ.items()
        if key not in ("MESOLOG_LANGUAGE", "MESOLOG_DB", "LANGUAGE", "LC_MESSAGES")
    }
    config = where / "config"
    config.mkdir(exist_ok=True)
    env = {
        **base,
        "LANG": "en_GB.UTF-8",
        "LC_ALL": "en_GB.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "XDG_CONFIG_HOME": str(config),
        "COLUMNS": "100",
        **environment,
    }
    return subprocess.run(
        [sys.executable, "-m", "mesolog", *args],
        cwd=where,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
